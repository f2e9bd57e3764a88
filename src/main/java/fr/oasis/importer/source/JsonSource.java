package fr.oasis.importer.source;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.function.ObjIntConsumer;

/**
 * Streams the items of a JSON file with Jackson 3: a top-level array of objects (etalab
 * decoupage-administratif), the {@code features} of a GeoJSON FeatureCollection, or the members of
 * a top-level object keyed by territory code. Only one item
 * is held as a tree at a time, so memory grows with the records produced, not with the file.
 * <p>
 * Malformed or truncated JSON becomes a problem located at the line and column Jackson reports.
 * Jackson's {@code StreamReadConstraints} (nesting depth, number lengths, and strings of at most
 * {@link #MAX_STRING_CHARS} characters) bound what a crafted file can make the parser allocate. Stateless and thread-safe.
 */
final class JsonSource {
    /**
     * The longest JSON string read: far above any name or code, far below Jackson's default (tens
     * of millions of characters), so a property of megabytes stops the read at once, named.
     */
    static final int MAX_STRING_CHARS = 1 << 20;
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS).build())
            .build()).build();

    private JsonSource() {
    }

    /** Receives the top-level members of a FeatureCollection other than {@code features}. */
    interface MemberHandler {
        void accept(String name, JsonNode value);
    }

    /**
     * Calls {@code action} with each element of the top-level array and its number, counted from 1.
     * A non-object element is an error.
     */
    static void forEachObject(Path file, Problems problems, ObjIntConsumer<JsonNode> action) {
        try (JsonParser parser = MAPPER.createParser(file)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw problems.fatal(at(parser), "", "expected a JSON array of objects");
            }
            readArray(parser, problems, "object", action);
        } catch (JacksonException e) {
            throw malformed(problems, e);
        }
    }

    /**
     * Calls {@code action} with the name and value of each member of a top-level object (a file
     * keyed by territory code), one value tree at a time. A top-level value that is not an object
     * is fatal.
     */
    static void forEachMember(Path file, Problems problems, java.util.function.BiConsumer<String, JsonNode> action) {
        try (JsonParser parser = MAPPER.createParser(file)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw problems.fatal(at(parser), "", "expected a JSON object keyed by territory code, found "
                        + describe(parser.currentToken()));
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                action.accept(name, parser.readValueAsTree());
            }
        } catch (JacksonException e) {
            throw malformed(problems, e);
        }
    }

    /**
     * Calls {@code action} with each feature of a FeatureCollection and its number, counted from 1,
     * and {@code members} with the other top-level members (e.g. {@code crs}) in file order.
     */
    static void forEachFeature(Path file, Problems problems, MemberHandler members, ObjIntConsumer<JsonNode> action) {
        boolean sawFeatures = false;
        try (JsonParser parser = MAPPER.createParser(file)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw problems.fatal(at(parser), "", "expected a GeoJSON FeatureCollection object");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("features".equals(name) && value == JsonToken.START_ARRAY) {
                    sawFeatures = true;
                    readArray(parser, problems, "feature", action);
                } else if ("features".equals(name)) {
                    throw problems.fatal(at(parser), "features", "expected an array of features");
                } else {
                    members.accept(name, parser.readValueAsTree());
                }
            }
        } catch (JacksonException e) {
            throw malformed(problems, e);
        }
        if (!sawFeatures) {
            throw problems.fatal("", "features", "no 'features' array: not a GeoJSON FeatureCollection");
        }
    }

    /** The member as text, or null when absent, JSON null, or not a scalar. */
    static String text(JsonNode object, String member) {
        JsonNode value = object.get(member);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asString();
    }

    private static void readArray(JsonParser parser, Problems problems, String kind, ObjIntConsumer<JsonNode> action) {
        int number = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            number++;
            JsonNode item;
            try {
                item = parser.readValueAsTree();
            } catch (JacksonException e) {
                // Located at the item, with the member being read (e.g. a string of megabytes in "nom").
                String field = parser.currentName() == null ? "" : parser.currentName();
                throw problems.fatal(at(parser), field, "malformed JSON in " + kind + " " + number + ": "
                        + firstSentence(e));
            }
            if (item.isObject()) {
                action.accept(item, number);
            } else {
                problems.error(kind + " " + number, "", "expected a JSON object, found " + item.getNodeType());
            }
        }
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String at(JsonParser parser) {
        TokenStreamLocation where = parser.currentTokenLocation();
        return "line " + where.getLineNr() + ", column " + where.getColumnNr();
    }

    private static fr.oasis.importer.problem.ImportException malformed(Problems problems, JacksonException e) {
        JsonParser parser = e.processor() instanceof JsonParser p ? p : null;
        String where = e.getLocation() != null ? "line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() : parser != null ? at(parser) : "";
        String field = parser != null && parser.currentName() != null ? parser.currentName() : "";
        return problems.fatal(where, field, "malformed JSON: " + firstSentence(e));
    }

    /** Jackson appends the source and location on further lines; the first, short sentence. */
    private static String firstSentence(JacksonException e) {
        String message = e.getOriginalMessage();
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
