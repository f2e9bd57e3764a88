package fr.oasis.importer.source;

import java.util.HashMap;
import java.util.Map;

/**
 * Remembers where each code was first seen in a file, so that a duplicate can be reported with
 * both locations. Not thread-safe: one instance per read.
 */
final class CodeRegistry {
    private final Problems problems;
    private final Map<String, String> firstLocation = new HashMap<>();

    CodeRegistry(Problems problems) {
        this.problems = problems;
    }

    /** True the first time {@code code} is seen; otherwise records an error naming both places. */
    boolean firstUse(String code, String location, String field) {
        String previous = firstLocation.putIfAbsent(code, location);
        if (previous == null) {
            return true;
        }
        problems.error(location, field, "duplicate code " + code + ", already used by " + previous);
        return false;
    }
}
