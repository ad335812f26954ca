package dev.modelyard.tracking.store;

/** The few SQL differences between the supported databases. */
public enum Dialect {
    SQLITE, POSTGRESQL;

    /** Flyway location of this dialect's migrations. */
    public String migrations() {
        return "classpath:db/migration/" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
