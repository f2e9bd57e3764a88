package fr.oasis.tabular;

/**
 * Strict UTF-8 validation of a byte range (RFC 3629: shortest forms only, no surrogates, nothing
 * above U+10FFFF), without decoding: a file in Latin-1 or Windows-1252 (a spreadsheet's "CSV"
 * export) must be refused, not read with replacement characters. Stateless.
 */
final class Utf8 {

    private Utf8() {
    }

    static boolean valid(byte[] b, int from, int to) {
        int p = from;
        while (p < to) {
            int c = b[p] & 0xFF;
            if (c < 0x80) {
                p++;
                continue;
            }
            int extra;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (p + extra >= to) {
                return false;
            }
            int code = c & (0x3F >> extra);
            for (int k = 1; k <= extra; k++) {
                int next = b[p + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return false;
                }
                code = (code << 6) | (next & 0x3F);
            }
            if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
                return false;
            }
            p += extra + 1;
        }
        return true;
    }
}
