package dev.modelyard.scoring.features;

/**
 * Hashed bag of words without allocation: walks the code points of a string, treats every run of
 * letters and digits as a token (lower-cased, locale-free), and hashes it incrementally with 32-bit
 * FNV-1a over code points plus the murmur3 finaliser. The hash depends only on the characters, so
 * buckets are identical on every JVM and run.
 */
public final class TokenHasher {
    private static final int FNV_OFFSET = 0x811C9DC5;
    private static final int FNV_PRIME = 0x01000193;

    private TokenHasher() {}

    /**
     * Adds each token's count to its bucket in {@code dst[off..off+buckets)} (which the caller has
     * zeroed); with {@code signed} a hash bit decides +1 or -1, so collisions tend to cancel.
     * A null string adds nothing.
     */
    public static void count(String s, int buckets, boolean signed, double[] dst, int off) {
        if (s == null) {
            return;
        }
        int h = FNV_OFFSET;
        boolean inToken = false;
        int len = s.length();
        for (int i = 0; i < len; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                h = (h ^ Character.toLowerCase(cp)) * FNV_PRIME;
                inToken = true;
            } else if (inToken) {
                add(h, buckets, signed, dst, off);
                h = FNV_OFFSET;
                inToken = false;
            }
        }
        if (inToken) {
            add(h, buckets, signed, dst, off);
        }
    }

    /** The bucket of a single token (the first token of {@code token}), or -1 when it has none. */
    public static int bucket(String token, int buckets) {
        int h = FNV_OFFSET;
        boolean any = false;
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                h = (h ^ Character.toLowerCase(cp)) * FNV_PRIME;
                any = true;
            } else if (any) {
                break;
            }
        }
        return any ? Integer.remainderUnsigned(fmix(h), buckets) : -1;
    }

    private static void add(int h, int buckets, boolean signed, double[] dst, int off) {
        int f = fmix(h);
        int b = Integer.remainderUnsigned(f, buckets);
        dst[off + b] += signed && f < 0 ? -1.0 : 1.0;
    }

    private static int fmix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    /**
     * The tf-idf vector of {@code s} into {@code dst[off..off+idf.length)}: hashed term counts times
     * idf, L2-normalised. All zeros for null or token-free text.
     */
    static void tfidf(String s, double[] idf, boolean signed, double[] dst, int off) {
        int n = idf.length;
        for (int b = 0; b < n; b++) {
            dst[off + b] = 0.0;
        }
        count(s, n, signed, dst, off);
        double sq = 0.0;
        for (int b = 0; b < n; b++) {
            double v = dst[off + b] * idf[b];
            dst[off + b] = v;
            sq += v * v;
        }
        if (sq > 0) {
            double norm = Math.sqrt(sq);
            for (int b = 0; b < n; b++) {
                dst[off + b] /= norm;
            }
        }
    }
}
