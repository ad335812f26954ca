package dev.modelyard.tracking.search;

import java.util.List;

/** A parsed search filter: comparisons joined by AND and OR (OR binds weaker), with parentheses. */
public sealed interface Filter {

    record Or(List<Filter> parts) implements Filter {
        public Or { parts = List.copyOf(parts); }
    }

    record And(List<Filter> parts) implements Filter {
        public And { parts = List.copyOf(parts); }
    }

    /**
     * {@code identifier op value} or {@code identifier [NOT] IN (v, …)}. Values are {@link String} or
     * {@link Double}; {@code position} is the 1-based character where the comparison starts.
     */
    record Comparison(Identifier identifier, Op op, List<Object> values, int position) implements Filter {
        public Comparison { values = List.copyOf(values); }
    }

    /** {@code type.key} (type null for a bare name such as {@code name}); position is 1-based. */
    record Identifier(String type, String key, int position) {
        @Override
        public String toString() { return type == null ? key : type + "." + key; }
    }

    enum Op {
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), LIKE("LIKE"), ILIKE("ILIKE"), IN("IN"), NOT_IN("NOT IN");

        private final String text;

        Op(String text) { this.text = text; }

        public String text() { return text; }

        public boolean ordering() { return this == LT || this == LE || this == GT || this == GE; }
    }
}
