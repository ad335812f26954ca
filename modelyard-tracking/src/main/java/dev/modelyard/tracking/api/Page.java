package dev.modelyard.tracking.api;

import java.util.List;

/** One page of search results; {@code nextPageToken} is null on the last page, otherwise opaque. */
public record Page<T>(List<T> items, String nextPageToken) {
    public Page {
        items = List.copyOf(items);
    }
}
