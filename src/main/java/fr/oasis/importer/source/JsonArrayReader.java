package fr.oasis.importer.source;

import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of the readers of a top-level JSON array of objects (the etalab decoupage-administratif
 * files): size check, streaming, object numbering, problem collection. A subclass says how to
 * recognise its file and how to turn one object into a record. Immutable and thread-safe.
 *
 * @param <T> record type
 */
abstract class JsonArrayReader<T> implements SourceReader<T> {
    private final ReadLimits limits;

    JsonArrayReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public final boolean canRead(Path file) {
        if (!SourceFiles.hasExtension(file, "json")) {
            return false;
        }
        String head = SourceFiles.headText(file).stripLeading();
        if (!head.startsWith("[")) {
            return false;
        }
        int end = head.indexOf('}');
        return recognises(head, end < 0 ? head : head.substring(0, end));
    }

    /**
     * @param head        the first kilobytes of the file
     * @param firstObject the start of the file up to the first closing brace
     */
    abstract boolean recognises(String head, String firstObject);

    /** Turns one object into a record, or returns null after recording an error or a skip. */
    abstract T toRecord(Item item);

    @Override
    public final ReadResult<T> read(Path file) {
        Problems problems = SourceFiles.open(file, limits);
        List<T> records = new ArrayList<>();
        int[] counts = {0, 0}; // objects, skipped
        JsonSource.forEachObject(file, problems, (json, number) -> {
            counts[0] = number;
            Item item = new Item(json, number, problems, counts);
            T record = toRecord(item);
            if (record != null) {
                records.add(record);
            }
        });
        return problems.result(records, counts[0], counts[1], null);
    }

    /** One object of the array, with located accessors. */
    static final class Item {
        private final JsonNode json;
        private final int number;
        private final Problems problems;
        private final int[] counts;

        private Item(JsonNode json, int number, Problems problems, int[] counts) {
            this.json = json;
            this.number = number;
            this.problems = problems;
            this.counts = counts;
        }

        JsonNode json() {
            return json;
        }

        String location() {
            return "object " + number;
        }

        String origin() {
            return problems.file() + "#" + location();
        }

        Problems problems() {
            return problems;
        }

        String required(String member) {
            return problems.requiredText(location(), member, JsonSource.text(json, member));
        }

        String optional(String member) {
            return problems.optionalText(location(), member, JsonSource.text(json, member));
        }

        /** An optional non-negative integer member; a non-integer value is an error. */
        Integer optionalCount(String member) {
            JsonNode value = json.get(member);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
                problems.error(location(), member, "expected a non-negative integer, found " + value);
                return null;
            }
            return value.intValue();
        }

        /** An optional array of non-blank strings; absent gives an empty list. */
        List<String> optionalStrings(String member) {
            JsonNode value = json.get(member);
            List<String> out = new ArrayList<>();
            if (value == null || value.isNull()) {
                return out;
            }
            if (!value.isArray()) {
                problems.error(location(), member, "expected an array");
                return out;
            }
            for (int i = 0; i < value.size(); i++) {
                JsonNode element = value.get(i);
                String text = element.isValueNode() && !element.isNull() ? element.asString() : null;
                String s = problems.requiredText(location(), member + "[" + i + "]", text);
                if (s != null) {
                    out.add(s);
                }
            }
            return out;
        }

        /**
         * Skips, with a warning, an overseas collectivity ({@code "zone": "com"}: Saint-Pierre-et-Miquelon,
         * Polynésie, ...). etalab lists them beside départements and régions, but they are neither
         * in the COG sense and have no communes in these files.
         */
        boolean skippedAsOverseasCollectivity() {
            if ("com".equals(JsonSource.text(json, "zone"))) {
                skip("overseas collectivity " + JsonSource.text(json, "code") + " (zone com) skipped");
                return true;
            }
            return false;
        }

        /** Counts this object as deliberately skipped, with a warning. */
        void skip(String message) {
            counts[1]++;
            problems.warn(location(), "", message);
        }
    }
}
