package dev.modelyard.serving.input;

import dev.modelyard.core.frame.ColumnType;
import java.util.Locale;

/** Open Inference Protocol v2 tensor datatypes, and which feature types each may feed. */
public enum Datatype {
    BOOL, UINT8, UINT16, UINT32, UINT64, INT8, INT16, INT32, INT64, FP16, FP32, FP64, BYTES;

    public static Datatype parse(String s, String tensor) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InputError(tensor, "tensor '" + tensor + "': unknown datatype '" + s
                    + "' (expected BOOL, INT8…INT64, UINT8…UINT64, FP16, FP32, FP64 or BYTES)");
        }
    }

    public boolean isInteger() { return name().contains("INT"); }

    public boolean isFloat() { return name().startsWith("FP"); }

    /** True when a tensor of this datatype may carry values of a feature of {@code type}. */
    public boolean feeds(ColumnType type) {
        return switch (type) {
            case DOUBLE, LONG -> isInteger() || isFloat();
            case TIMESTAMP -> isInteger() || this == BYTES;
            case BOOLEAN -> this == BOOL || isInteger();
            case CATEGORICAL, TEXT -> this == BYTES;
        };
    }

    /** The datatype a feature of {@code type} is described with in model metadata. */
    public static Datatype of(ColumnType type) {
        return switch (type) {
            case DOUBLE -> FP64;
            case LONG, TIMESTAMP -> INT64;
            case BOOLEAN -> BOOL;
            case CATEGORICAL, TEXT -> BYTES;
        };
    }
}
