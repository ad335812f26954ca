package dev.modelyard.monitoring.window;

import java.time.Instant;

/**
 * One window of rows.
 *
 * @param label a name for people: {@code 2012-03}, {@code 2012-03-05}, {@code 2012-03-05T06:00Z}, {@code rows 0-4999}
 * @param start for time windows the window's start; for count windows the earliest time in it (null without a time column)
 * @param end   for time windows the window's end, exclusive; for count windows the latest time in it (null likewise)
 * @param rows  indices of the window's rows in the split frame, ascending
 */
public record Window(String label, Instant start, Instant end, int[] rows) {
    public int size() {
        return rows.length;
    }
}
