package dev.modelyard.serving.input;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;

/**
 * Bad request input, naming the field (feature, tensor or body key) and, when it concerns one row, the row
 * (0-based, as in the request's arrays). Always a 400: the client can fix it.
 */
public final class InputError extends ModelyardException {
    private final String field;
    private final int row;

    public InputError(String field, int row, String message) {
        super(ErrorCode.INVALID_INPUT, message);
        this.field = field;
        this.row = row;
    }

    public InputError(String field, String message) {
        this(field, -1, message);
    }

    /** The offending field, or null when the problem is the body as a whole. */
    public String field() { return field; }

    /** The offending row (0-based) or -1. */
    public int row() { return row; }
}
