package dev.modelyard.monitoring.window;

import java.util.List;

/**
 * Windows of a frame, in time (or row) order, empty ones left out.
 *
 * @param windows         the windows
 * @param rowsWithoutTime rows in no window because their time is missing (time windows only)
 */
public record WindowSplit(List<Window> windows, int rowsWithoutTime) {
    public WindowSplit {
        windows = List.copyOf(windows);
    }
}
