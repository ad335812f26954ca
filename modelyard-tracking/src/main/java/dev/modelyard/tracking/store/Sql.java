package dev.modelyard.tracking.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers: every value is bound, never concatenated into SQL. */
final class Sql {
    private Sql() {}

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static void bind(PreparedStatement ps, List<?> binds) throws SQLException {
        for (int i = 0; i < binds.size(); i++) {
            Object v = binds.get(i);
            switch (v) {
                case null -> ps.setObject(i + 1, null);
                case Double d -> ps.setDouble(i + 1, d);
                case Long l -> ps.setLong(i + 1, l);
                case Integer n -> ps.setLong(i + 1, n);
                case String s -> ps.setString(i + 1, s);
                default -> throw new IllegalArgumentException("cannot bind " + v.getClass());
            }
        }
    }

    static <T> List<T> query(Connection c, String sql, List<?> binds, Row<T> row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, binds);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        }
    }

    /** The first row's mapping, or null when there is none. */
    static <T> T one(Connection c, String sql, List<?> binds, Row<T> row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, binds);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? row.map(rs) : null;
            }
        }
    }

    static int update(Connection c, String sql, Object... binds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, List.of(binds));
            return ps.executeUpdate();
        }
    }

    /** Same as {@link #update} but allowing null binds. */
    static int updateNullable(Connection c, String sql, List<?> binds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, binds);
            return ps.executeUpdate();
        }
    }

    /** "?, ?, …" with n placeholders. */
    static String placeholders(int n) {
        return "?" + ", ?".repeat(n - 1);
    }

    /** A nullable long column. */
    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
