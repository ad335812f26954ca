package dev.modelyard.data.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Distinct byte strings to dense codes in first-seen order, with a count per code. The reader's per-cell path
 * for text: cells arrive as UTF-8 bytes and are decoded once per distinct value, not once per row (decoding
 * every cell into a String was half of the read time of a categorical-heavy file).
 *
 * <p>A value of at most 16 bytes is identified by its length and two little-endian words (its first eight
 * bytes, zero-extended, and its last eight), kept in primitive arrays: hashing and comparing such a value is
 * two loads and a few multiplies, with no pointer to follow. Longer values are hashed and compared byte-wise.
 */
final class ByteDictionary {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int SHORT = 16;
    private byte[][] keys = new byte[16][];
    private int[] lengths = new int[16];
    private long[] firstWords = new long[16];
    private long[] lastWords = new long[16];
    private int[] hashes = new int[16];
    private int[] counts = new int[16];
    /** Open addressing: code + 1 per slot, 0 for empty; kept at most half full. */
    private int[] table = new int[32];
    private int size;
    /** The words of the value being added (set by {@link #words}). */
    private long first;
    private long last;

    /** The code of {@code bytes}, added when new; counts one more occurrence. */
    int add(byte[] bytes) {
        return add(bytes, 0, bytes.length, true);
    }

    /** The code of {@code buf[from, to)}, added (as a copy) when new; counts one more occurrence. */
    int add(byte[] buf, int from, int to) {
        return add(buf, from, to, false);
    }

    private int add(byte[] buf, int from, int to, boolean owned) {
        int len = to - from;
        int h;
        if (len <= SHORT) {
            words(buf, from, to);
            long x = (first * 0x9E3779B97F4A7C15L) ^ (last * 0xC2B2AE3D27D4EB4FL) ^ len;
            h = (int) (x ^ (x >>> 29) ^ (x >>> 47));
        } else {
            h = longHash(buf, from, to);
        }
        int mask = table.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int slot = table[i];
            if (slot == 0) {
                int code = insert(owned ? buf : Arrays.copyOfRange(buf, from, to), h, len);
                table[i] = code + 1;
                if (size * 2 > table.length) {
                    rehash();
                }
                return code;
            }
            int code = slot - 1;
            if (hashes[code] == h && lengths[code] == len
                    && (len <= SHORT ? firstWords[code] == first && lastWords[code] == last
                                     : Arrays.equals(keys[code], 0, len, buf, from, to))) {
                counts[code]++;
                return code;
            }
        }
    }

    /** Sets {@link #first} and {@link #last} for a value of at most 16 bytes. */
    private void words(byte[] b, int from, int to) {
        int len = to - from;
        if (len > 8) {
            first = (long) LONGS.get(b, from);
            last = (long) LONGS.get(b, to - 8);
        } else if (from + 8 <= b.length) {
            first = len == 0 ? 0 : (long) LONGS.get(b, from) & (-1L >>> (64 - 8 * len));
            last = 0;
        } else {
            long w = 0;
            for (int k = to - 1; k >= from; k--) {
                w = w << 8 | (b[k] & 0xff);
            }
            first = w;
            last = 0;
        }
    }

    /** A hash of a longer slice, eight bytes at a step. */
    private static int longHash(byte[] b, int from, int to) {
        long h = to - from;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = (h ^ (long) LONGS.get(b, i)) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
        }
        h = (h ^ (long) LONGS.get(b, to - 8)) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    int size() { return size; }

    byte[] key(int code) { return keys[code]; }

    /** How many times {@link #add} saw the value of {@code code}. */
    int count(int code) { return counts[code]; }

    private int insert(byte[] bytes, int h, int len) {
        if (size == keys.length) {
            int n = size * 2;
            keys = Arrays.copyOf(keys, n);
            lengths = Arrays.copyOf(lengths, n);
            firstWords = Arrays.copyOf(firstWords, n);
            lastWords = Arrays.copyOf(lastWords, n);
            hashes = Arrays.copyOf(hashes, n);
            counts = Arrays.copyOf(counts, n);
        }
        keys[size] = bytes;
        lengths[size] = len;
        firstWords[size] = len <= SHORT ? first : 0;
        lastWords[size] = len <= SHORT ? last : 0;
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
