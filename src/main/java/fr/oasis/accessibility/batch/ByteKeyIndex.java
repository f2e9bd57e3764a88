package fr.oasis.accessibility.batch;

import fr.oasis.tabular.DelimitedFile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Numbers distinct byte strings (commune codes, practitioner ids, profession codes as they appear
 * in a file) densely from 0, in insertion order, without one object per key: keys are copied
 * into one byte pool and found by open addressing. Lookups take a range of any byte array, so a
 * field is looked up where it lies in the file buffer. Not thread-safe.
 */
final class ByteKeyIndex {

    private byte[] pool;
    private int poolSize;
    private int[] keyStart;
    private int[] keyLength;
    private int size;
    private int[] slots; // key index + 1, 0 = empty; at most half full
    private int mask;

    ByteKeyIndex() {
        this(256);
    }

    /** Sized for about {@code expectedKeys} keys up front: no regrowth garbage while a file is read. */
    ByteKeyIndex(int expectedKeys) {
        int keys = Math.max(16, expectedKeys);
        pool = new byte[keys * 8];
        keyStart = new int[keys];
        keyLength = new int[keys];
        slots = new int[Integer.highestOneBit(keys * 2 - 1) << 1];
        mask = slots.length - 1;
    }

    int size() {
        return size;
    }

    /** Index of the key, or -1. */
    int get(byte[] source, int from, int to) {
        for (int slot = hash(source, from, to) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if (matches(entry - 1, source, from, to)) {
                return entry - 1;
            }
        }
    }

    /** Index of the key, added with the next index if new; {@code -(index + 1)} if it was already there. */
    int add(byte[] source, int from, int to) {
        int slot = hash(source, from, to) & mask;
        for (; slots[slot] != 0; slot = (slot + 1) & mask) {
            if (matches(slots[slot] - 1, source, from, to)) {
                return -slots[slot];
            }
        }
        int length = to - from;
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(source, from, pool, poolSize, length);
        if (size == keyStart.length) {
            keyStart = Arrays.copyOf(keyStart, size * 2);
            keyLength = Arrays.copyOf(keyLength, size * 2);
        }
        keyStart[size] = poolSize;
        keyLength[size] = length;
        poolSize += length;
        slots[slot] = ++size;
        if (2 * size > slots.length) {
            rehash();
        }
        return size - 1;
    }

    /** Index of a field's value (trimmed) of the file's current line, or -1; no allocation unless it holds doubled quotes. */
    int get(DelimitedFile file, int field) {
        if (!file.verbatim(field)) {
            byte[] key = file.text(field).strip().getBytes(StandardCharsets.UTF_8);
            return get(key, 0, key.length);
        }
        return get(file.bytes(), file.start(field), file.end(field));
    }

    /** Adds a field's value (trimmed) of the file's current line: see {@link #add(byte[], int, int)}. */
    int add(DelimitedFile file, int field) {
        if (!file.verbatim(field)) {
            byte[] key = file.text(field).strip().getBytes(StandardCharsets.UTF_8);
            return add(key, 0, key.length);
        }
        return add(file.bytes(), file.start(field), file.end(field));
    }

    /** The key of an index, as text. */
    String key(int index) {
        return new String(pool, keyStart[index], keyLength[index], StandardCharsets.UTF_8);
    }

    private boolean matches(int index, byte[] source, int from, int to) {
        return keyLength[index] == to - from
                && Arrays.equals(pool, keyStart[index], keyStart[index] + keyLength[index], source, from, to);
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        mask = slots.length - 1;
        for (int k = 0; k < size; k++) {
            int slot = hash(pool, keyStart[k], keyStart[k] + keyLength[k]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = k + 1;
        }
    }

    private static int hash(byte[] source, int from, int to) {
        int h = 0x811C9DC5;
        for (int p = from; p < to; p++) {
            h = (h ^ source[p]) * 0x01000193; // FNV-1a
        }
        return h ^ (h >>> 16);
    }
}
