package dev.modelyard.serving.predict;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;

/** A request that ran past the server's request timeout; the server answers 503 and the client may retry. */
public final class RequestTimeout extends ModelyardException {
    public RequestTimeout(long timeoutMillis, int scoredRows, int rows) {
        super(ErrorCode.CANCELLED, "the request took longer than the timeout of " + timeoutMillis + " ms (scored " + scoredRows
                + " of " + rows + " rows); send fewer rows per request");
    }
}
