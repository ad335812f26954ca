package dev.modelyard.serving.predict;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Request ids: random version-4 UUIDs from a non-blocking source (a SecureRandom per request would contend). */
public final class RequestIds {
    private RequestIds() {}

    public static String next() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }
}
