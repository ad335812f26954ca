package dev.modelyard.server.http;

/** What a route needs from the caller's token. */
public enum Access {
    /** Open to everyone, e.g. a health probe. */
    PUBLIC,
    /** Reads: allowed with the write token or a read-only token. */
    READ,
    /** Writes: allowed with the write token only. */
    WRITE
}
