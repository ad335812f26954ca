package dev.modelyard.bench.http;

import java.nio.charset.StandardCharsets;

/**
 * Frames one HTTP/1.1 answer in bytes as they arrive on a non-blocking connection: {@link #parse} says
 * whether the answer is complete (Content-Length or chunked body) and, once it is, its status and
 * whether the server will close the connection. Minimal on purpose: the load generator's own cost
 * must stay small next to the server's on a small machine.
 */
final class HttpAnswer {
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
    private static final byte[] LINE_END = {'\r', '\n'};
    private int status;
    private boolean close;

    /** The length of the complete answer at the start of {@code b[0..n)}, or -1 while more bytes are needed. */
    int parse(byte[] b, int n) {
        int headerEnd = indexOf(b, 0, n, HEADER_END);
        if (headerEnd < 0) {
            return -1;
        }
        String head = new String(b, 0, headerEnd, StandardCharsets.ISO_8859_1);
        if (!head.startsWith("HTTP/1.") || head.length() < 12) {
            throw new IllegalStateException("not an HTTP/1.x answer: " + head.lines().findFirst().orElse(""));
        }
        status = Integer.parseInt(head.substring(9, 12));
        long length = 0;
        boolean chunked = false;
        close = false;
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.toLowerCase().contains("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                close = value.equalsIgnoreCase("close");
            }
        }
        int body = headerEnd + HEADER_END.length;
        if (!chunked) {
            return body + length <= n ? (int) (body + length) : -1;
        }
        int pos = body;
        while (true) {
            int eol = indexOf(b, pos, n, LINE_END);
            if (eol < 0) {
                return -1;
            }
            String size = new String(b, pos, eol - pos, StandardCharsets.ISO_8859_1);
            int semi = size.indexOf(';');
            long chunk = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
            pos = eol + LINE_END.length;
            if (chunk == 0) {
                // optional trailers, then an empty line
                if (pos + 2 <= n && b[pos] == '\r' && b[pos + 1] == '\n') {
                    return pos + 2;
                }
                int end = indexOf(b, pos, n, HEADER_END);
                return end < 0 ? -1 : end + HEADER_END.length;
            }
            pos += (int) chunk + LINE_END.length;
            if (pos > n) {
                return -1;
            }
        }
    }

    /** Status code of the last complete answer. */
    int status() { return status; }

    /** The last complete answer said {@code Connection: close}. */
    boolean closing() { return close; }

    private static int indexOf(byte[] b, int from, int n, byte[] what) {
        outer:
        for (int i = from; i + what.length <= n; i++) {
            for (int k = 0; k < what.length; k++) {
                if (b[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
