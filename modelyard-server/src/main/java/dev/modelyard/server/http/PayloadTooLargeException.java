package dev.modelyard.server.http;

import java.io.IOException;

/** Thrown by {@link LimitedInputStream} past its limit; an IOException so stream readers (Jackson, stores) pass it on. */
public final class PayloadTooLargeException extends IOException {
    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("request body is larger than the limit of " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() { return limit; }
}
