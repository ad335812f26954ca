package dev.modelyard.monitoring.log;

import java.util.ArrayList;
import java.util.List;

/** Counts skipped log lines and keeps the first few reasons, as {@code file:line: what}. */
final class Problems {
    static final int KEPT = 10;

    private final List<String> first = new ArrayList<>();
    private long count;

    void add(String where, String what) {
        count++;
        if (first.size() < KEPT) {
            first.add(where + ": " + what);
        }
    }

    long count() {
        return count;
    }

    List<String> first() {
        return List.copyOf(first);
    }
}
