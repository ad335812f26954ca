package dev.modelyard.server.tracking;

import dev.modelyard.tracking.api.TrackingStore;

/** Where a model version's files can be downloaded: {@code runs:/<id>/<path>} resolves to the run's artifact URI. */
final class DownloadUris {
    private static final String RUNS = "runs:/";

    private DownloadUris() {}

    static String resolve(String source, TrackingStore store) {
        if (source == null || !source.startsWith(RUNS)) {
            return source;
        }
        String rest = source.substring(RUNS.length());
        int slash = rest.indexOf('/');
        String runId = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);
        String base = store.getRun(runId).info().artifactUri();
        return path.isEmpty() ? base : base + "/" + path;
    }
}
