package dev.modelyard.data.io;

/**
 * The text of one scanned CSV field: trimmed of whitespace, and with doubled quotes undone (into a scratch
 * buffer of its own, so each thread that reads fields has one of these).
 */
final class FieldText {
    private final byte delim;
    private byte[] scratch = new byte[256];

    FieldText(byte delim) {
        this.delim = delim;
    }

    /**
     * The trimmed bounds of the field {@code buf[start, end)} as {@code from << 32 | to}, in {@code buf} or, when
     * {@code escaped}, in {@link #source}'s scratch buffer after unescaping.
     */
    long bounds(byte[] buf, int start, int end, boolean escaped) {
        int s = start;
        int e = end;
        byte[] src = buf;
        if (escaped) {
            if (scratch.length < e - s) {
                scratch = new byte[Math.max(e - s, scratch.length * 2)];
            }
            int n = 0;
            for (int i = s; i < e; i++) {
                scratch[n++] = buf[i];
                if (buf[i] == '"') {
                    i++; // the second of a doubled quote
                }
            }
            s = 0;
            e = n;
            src = scratch;
        }
        while (s < e && isSpace(src[s], delim)) {
            s++;
        }
        while (e > s && isSpace(src[e - 1], delim)) {
            e--;
        }
        return (long) s << 32 | e;
    }

    /** Where the bounds of the last {@link #bounds} call point: {@code buf} or the scratch buffer. */
    byte[] source(byte[] buf, boolean escaped) {
        return escaped ? scratch : buf;
    }

    /** Whitespace that trimming removes (as {@link String#strip} does for these bytes); never the delimiter. */
    static boolean isSpace(byte c, byte delim) {
        return (c & 0xff) <= ' ' && c != delim && (c == ' ' || c == '\t' || c == '\r' || c == 0x0B || c == 0x0C);
    }
}
