package dev.modelyard.data.io;

import java.util.Arrays;

/**
 * Distinct byte strings to dense codes in first-seen order, with a count per code. The reader's per-cell path
 * for text: cells arrive as UTF-8 bytes and are decoded once per distinct value, not once per row (decoding
 * every cell into a String was half of the read time of a categorical-heavy file).
 */
final class ByteDictionary {
    private byte[][] keys = new byte[16][];
    private int[] hashes = new int[16];
    private int[] counts = new int[16];
    /** Open addressing: code + 1 per slot, 0 for empty; kept at most half full. */
    private int[] table = new int[32];
    private int size;

    /** The code of {@code bytes}, added when new; counts one more occurrence. */
    int add(byte[] bytes) {
        int h = mix(Arrays.hashCode(bytes));
        int mask = table.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int slot = table[i];
            if (slot == 0) {
                int code = insert(bytes, h);
                table[i] = code + 1;
                if (size * 2 > table.length) {
                    rehash();
                }
                return code;
            }
            int code = slot - 1;
            if (hashes[code] == h && Arrays.equals(keys[code], bytes)) {
                counts[code]++;
                return code;
            }
        }
    }

    int size() { return size; }

    byte[] key(int code) { return keys[code]; }

    /** How many times {@link #add} saw the value of {@code code}. */
    int count(int code) { return counts[code]; }

    private int insert(byte[] bytes, int h) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        keys[size] = bytes;
        hashes[size] = h;
        counts[size] = 1;
        return size++;
    }

    private void rehash() {
        int[] t = new int[table.length * 2];
        int mask = t.length - 1;
        for (int code = 0; code < size; code++) {
            int i = hashes[code] & mask;
            while (t[i] != 0) {
                i = (i + 1) & mask;
            }
            t[i] = code + 1;
        }
        table = t;
    }

    /** Spreads the high bits down: {@code Arrays.hashCode} of short strings differs mostly in its low bits. */
    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
