package dev.modelyard.tracking.search;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.search.Filter.Identifier;

import java.util.ArrayList;
import java.util.List;

/** One {@code order_by} entry: {@code <field> [ASC|DESC]}. */
public record OrderBy(Identifier identifier, boolean ascending) {

    /** Parses every entry; errors name the entry and the character position in it. */
    public static List<OrderBy> parseAll(List<String> orderBy) {
        List<OrderBy> out = new ArrayList<>();
        for (String s : orderBy) {
            if (s == null || s.isBlank()) {
                throw ModelyardException.invalid("invalid order_by: empty entry");
            }
            out.add(FilterParser.parseOrderBy(s));
        }
        return out;
    }
}
