package dev.modelyard.data.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Distinct byte strings to dense codes in first-seen order, with a count per code. The reader's per-cell path
 * for text: cells arrive as UTF-8 bytes and are decoded once per distinct value, not once per row (decoding
 * every cell into a String was half of the read time of a categorical-heavy file).
 */
final class ByteDictionary {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private byte[][] keys = new byte[16][];
    private int[] hashes = new int[16];
    private int[] counts = new int[16];
    /** Open addressing: code + 1 per slot, 0 for empty; kept at most half full. */
    private int[] table = new int[32];
    private int size;

    /** The code of {@code bytes}, added when new; counts one more occurrence. */
    int add(byte[] bytes) {
        return add(bytes, 0, bytes.length, true);
    }

    /** The code of {@code buf[from, to)}, added (as a copy) when new; counts one more occurrence. */
    int add(byte[] buf, int from, int to) {
        return add(buf, from, to, false);
    }

    private int add(byte[] buf, int from, int to, boolean owned) {
        int h = hash(buf, from, to);
        int mask = table.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int slot = table[i];
            if (slot == 0) {
                int code = insert(owned ? buf : Arrays.copyOfRange(buf, from, to), h);
                table[i] = code + 1;
                if (size * 2 > table.length) {
                    rehash();
                }
                return code;
            }
            int code = slot - 1;
            byte[] key = keys[code];
            if (hashes[code] == h && same(key, buf, from, to)) {
                counts[code]++;
                return code;
            }
        }
    }

    /** A hash of a slice, eight bytes at a step (a byte-at-a-time hash was a fifth of reading a text-heavy file). */
    private static int hash(byte[] b, int from, int to) {
        long h = to - from;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = (h ^ (long) LONGS.get(b, i)) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
        }
        long tail = 0;
        for (int k = to - 1; k >= i; k--) {
            tail = tail << 8 | (b[k] & 0xff);
        }
        h = (h ^ tail) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** Whether the stored key equals the slice; a plain loop for short keys, where the library's vectorized compare costs more to set up. */
    private static boolean same(byte[] key, byte[] b, int from, int to) {
        int n = key.length;
        if (n != to - from) {
            return false;
        }
        if (n > 16) {
            return Arrays.equals(key, 0, n, b, from, to);
        }
        for (int i = 0; i < n; i++) {
            if (key[i] != b[from + i]) {
                return false;
            }
        }
        return true;
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
}
