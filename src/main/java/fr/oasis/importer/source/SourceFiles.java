package fr.oasis.importer.source;

import fr.oasis.importer.problem.ImportException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** File-level checks shared by the readers: naming, size limit, sniffing. Stateless. */
final class SourceFiles {
    /** Enough to see a CSV header or the first GeoJSON feature's properties. */
    static final int SNIFF_BYTES = 8192;

    private SourceFiles() {
    }

    /** The file name only: error messages reach users and must not reveal server paths. */
    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /**
     * Checks that the file exists and is within the size limit, and opens the problem list for it.
     *
     * @throws ImportException if the file is missing, unreadable or too large
     */
    static Problems open(Path file, ReadLimits limits) {
        Problems problems = new Problems(name(file), limits.maxProblems());
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw problems.fatal("", "", "file not found or not readable");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw problems.fatal("", "", "cannot read file size: " + e.getMessage());
        }
        if (size > limits.maxBytes()) {
            throw problems.fatal("", "", String.format(Locale.ROOT,
                    "file is %,d bytes, larger than the %,d-byte limit; refused without parsing",
                    size, limits.maxBytes()));
        }
        if (size == 0) {
            throw problems.fatal("", "", "file is empty");
        }
        return problems;
    }

    static boolean hasExtension(Path file, String... extensions) {
        String name = name(file).toLowerCase(Locale.ROOT);
        for (String ext : extensions) {
            if (name.endsWith("." + ext)) {
                return true;
            }
        }
        return false;
    }

    /** The first bytes of the file, or an empty array if it cannot be read. */
    static byte[] head(Path file, int bytes) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(bytes);
        } catch (IOException | RuntimeException e) {
            return new byte[0];
        }
    }

    /** The first bytes decoded leniently as UTF-8, for sniffing only. */
    static String headText(Path file) {
        return new String(head(file, SNIFF_BYTES), StandardCharsets.UTF_8);
    }

    /** The first line of the file (without BOM), or "" if unreadable; for sniffing CSV headers. */
    static String firstLine(Path file) {
        String text = headText(file);
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.replace("\uFEFF", "").strip();
    }
}
