package dev.modelyard.scoring.tree;

/**
 * The XGBoost model a tree ensemble was read from, in the format it came in (JSON, or UBJSON from training),
 * and how many of its rounds the ensemble keeps. The JSON a bundle stores is made on demand: training exports
 * the cheaper UBJSON for every fold's model, and only the models that are saved pay for JSON and trimming.
 *
 * @param bytes     the model as exported; never handed out
 * @param rounds    rounds stored in {@code bytes}
 * @param keep      rounds the ensemble keeps ({@code rounds} when none were dropped)
 * @param keptTrees trees in the first {@code keep} rounds
 */
record XgbSource(byte[] bytes, int rounds, int keep, int keptTrees) {
    /** A JSON model kept whole (as read back from a bundle). */
    static XgbSource whole(byte[] json) {
        return new XgbSource(json, 0, 0, 0);
    }

    /** XGBoost JSON of the kept rounds, loadable by any XGBoost 2+; a fresh array on every call. */
    byte[] json() {
        byte[] json = XgbUbj.isUbj(bytes) ? XgbUbj.toJson(bytes) : bytes.clone();
        return keep == rounds ? json : XgbJsonTrim.firstRounds(json, keep, keptTrees);
    }
}
