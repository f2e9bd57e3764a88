package fr.oasis.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Sheet names a spreadsheet accepts, from section titles: at most 31 characters, none of
 * {@code : \ / ? * [ ]}, not starting or ending with an apostrophe, not "History" (reserved by
 * Excel), and unique ignoring case (Excel compares sheet names case-insensitively), a repeated
 * name getting " (2)", " (3)"… Not thread-safe: one instance per workbook.
 */
final class SheetNames {
    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    /** A safe, not yet used name for {@code wanted}; {@code fallback} when nothing usable is left. */
    String unique(String wanted, String fallback) {
        // POI names a blank wish "empty": the caller's fallback says more.
        String base = wanted == null || wanted.isBlank() ? fallback
                : WorkbookUtil.createSafeSheetName(wanted.strip(), '_').strip();
        if (base.isEmpty() || base.equalsIgnoreCase("history")) {
            base = fallback;
        }
        String name = base;
        for (int n = 2; taken.contains(key(name)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())).strip() + suffix;
        }
        taken.add(key(name));
        return name;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
