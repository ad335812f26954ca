package dev.modelyard.tracking.search;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.search.Filter.Comparison;
import dev.modelyard.tracking.search.Filter.Identifier;
import dev.modelyard.tracking.search.Filter.Op;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses MLflow's search filter grammar ({@code metrics.auc > 0.9 and params.lr = '0.1'}), extended with OR,
 * parentheses and IN/NOT IN for every field. Keys may be quoted with backticks or double quotes. Errors name
 * the 1-based character position and what was expected there.
 */
public final class FilterParser {
    private final String text;
    private int pos;

    private FilterParser(String text) {
        this.text = text;
    }

    /** The parsed filter, or null for a null/blank filter. */
    public static Filter parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        FilterParser p = new FilterParser(filter);
        Filter f = p.or();
        p.skipSpace();
        if (p.pos < filter.length()) {
            throw p.error("expected AND, OR or the end of the filter");
        }
        return f;
    }

    /** Parses one {@code order_by} entry such as {@code metrics.`my auc` DESC}. */
    public static OrderBy parseOrderBy(String entry) {
        FilterParser p = new FilterParser(entry);
        p.skipSpace();
        Identifier id = p.identifier();
        boolean ascending = true;
        if (p.keyword("DESC")) {
            ascending = false;
        } else {
            p.keyword("ASC");
        }
        p.skipSpace();
        if (p.pos < entry.length()) {
            throw p.orderError("expected ASC, DESC or the end of the order_by entry");
        }
        return new OrderBy(id, ascending);
    }

    private ModelyardException orderError(String expected) {
        return ModelyardException.invalid("invalid order_by at character " + (pos + 1) + ": " + expected + " in: " + text);
    }

    private Filter or() {
        List<Filter> parts = new ArrayList<>();
        parts.add(and());
        while (keyword("OR")) {
            parts.add(and());
        }
        return parts.size() == 1 ? parts.getFirst() : new Filter.Or(parts);
    }

    private Filter and() {
        List<Filter> parts = new ArrayList<>();
        parts.add(primary());
        while (keyword("AND")) {
            parts.add(primary());
        }
        return parts.size() == 1 ? parts.getFirst() : new Filter.And(parts);
    }

    private Filter primary() {
        skipSpace();
        if (peek() == '(') {
            pos++;
            Filter inner = or();
            skipSpace();
            expect(')', "')' to close the parenthesis");
            return inner;
        }
        return comparison();
    }

    private Comparison comparison() {
        skipSpace();
        int start = pos;
        Identifier id = identifier();
        skipSpace();
        Op op = operator(id);
        skipSpace();
        List<Object> values = new ArrayList<>();
        if (op == Op.IN || op == Op.NOT_IN) {
            expect('(', "'(' to start the value list of " + op.text());
            do {
                skipSpace();
                values.add(value());
                skipSpace();
            } while (consume(','));
            expect(')', "',' or ')' in the value list");
        } else {
            values.add(value());
        }
        return new Comparison(id, op, values, start + 1);
    }

    private Identifier identifier() {
        int start = pos;
        String head;
        if (peek() == '`' || peek() == '"') {
            head = quoted(peek());
        } else {
            head = word();
            if (head.isEmpty()) {
                throw error("expected a field such as metrics.<key>, params.<key>, tags.<key> or attributes.<name>");
            }
        }
        if (peek() != '.') {
            return new Identifier(null, head, start + 1);
        }
        pos++;
        String key;
        if (peek() == '`' || peek() == '"') {
            key = quoted(peek());
        } else {
            int k = pos;
            while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && "=!<>(),'".indexOf(text.charAt(pos)) < 0) {
                pos++;
            }
            key = text.substring(k, pos);
            if (key.isEmpty()) {
                throw error("expected a key after '" + head + ".'");
            }
        }
        return new Identifier(head.toLowerCase(Locale.ROOT), key, start + 1);
    }

    private Op operator(Identifier id) {
        String two = pos + 2 <= text.length() ? text.substring(pos, pos + 2) : "";
        switch (two) {
            case "!=", "<>" -> { pos += 2; return Op.NE; }
            case "<=" -> { pos += 2; return Op.LE; }
            case ">=" -> { pos += 2; return Op.GE; }
            case "==" -> { pos += 2; return Op.EQ; }
            default -> { }
        }
        char c = peek();
        if (c == '=' || c == '<' || c == '>') {
            pos++;
            return c == '=' ? Op.EQ : c == '<' ? Op.LT : Op.GT;
        }
        if (keyword("LIKE")) {
            return Op.LIKE;
        }
        if (keyword("ILIKE")) {
            return Op.ILIKE;
        }
        if (keyword("IN")) {
            return Op.IN;
        }
        if (keyword("NOT")) {
            if (keyword("IN")) {
                return Op.NOT_IN;
            }
            throw error("expected IN after NOT");
        }
        throw error("expected a comparison operator (=, !=, <, <=, >, >=, LIKE, ILIKE, IN, NOT IN) after '" + id + "'");
    }

    private Object value() {
        char c = peek();
        if (c == '\'' || c == '"') {
            return quoted(c);
        }
        int start = pos;
        if (c == '-' || c == '+') {
            pos++;
        }
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || ".eE".indexOf(text.charAt(pos)) >= 0
                || ((text.charAt(pos) == '-' || text.charAt(pos) == '+') && "eE".indexOf(text.charAt(pos - 1)) >= 0))) {
            pos++;
        }
        String num = text.substring(start, pos);
        try {
            if (num.isEmpty()) {
                throw new NumberFormatException();
            }
            return Double.parseDouble(num);
        } catch (NumberFormatException e) {
            pos = start;
            throw error("expected a number or a quoted string");
        }
    }

    /** A quoted string; the quote character doubled inside stands for itself; backslash escapes the next character. */
    private String quoted(char quote) {
        int start = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                sb.append(text.charAt(pos++));
            } else if (c == quote) {
                if (peek() == quote) {
                    sb.append(quote);
                    pos++;
                } else {
                    return sb.toString();
                }
            } else {
                sb.append(c);
            }
        }
        pos = start;
        throw error("unterminated " + quote + "-quoted text");
    }

    private String word() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    /** Consumes a case-insensitive keyword followed by a non-word character. */
    private boolean keyword(String kw) {
        skipSpace();
        int end = pos + kw.length();
        if (end <= text.length() && text.regionMatches(true, pos, kw, 0, kw.length())
                && (end == text.length() || !(Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'))) {
            pos = end;
            return true;
        }
        return false;
    }

    private void expect(char c, String what) {
        skipSpace();
        if (!consume(c)) {
            throw error("expected " + what);
        }
    }

    private boolean consume(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private ModelyardException error(String expected) {
        String found = pos < text.length() ? "'" + text.substring(pos, Math.min(text.length(), pos + 12)) + "'" : "the end";
        return ModelyardException.invalid("invalid filter at character " + (pos + 1) + ": " + expected + ", found "
                + found + " in: " + text);
    }

    /** An error about a whole comparison (unknown field, wrong value type), at its position. */
    public static ModelyardException errorAt(String filter, int position, String message) {
        return ModelyardException.invalid("invalid filter at character " + position + ": " + message + " in: " + filter);
    }
}
