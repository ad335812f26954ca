package dev.modelyard.tracking.store;

import dev.modelyard.core.error.ModelyardException;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Public ids: experiment ids are decimal strings, run ids are 32 lowercase hex digits (as in MLflow). */
final class Ids {
    private static final String[] ADJECTIVES = {"amber", "bold", "brisk", "calm", "clever", "crisp", "dapper", "eager",
        "fleet", "gentle", "honest", "jolly", "keen", "lucid", "merry", "nimble", "quiet", "rare", "sly", "tidy", "vivid", "wise"};
    private static final String[] NOUNS = {"ant", "bass", "crane", "doe", "eel", "finch", "gull", "hare", "ibis", "jay",
        "koi", "lark", "mole", "newt", "owl", "puma", "quail", "robin", "seal", "toad", "wren", "yak"};

    private Ids() {}

    static String newRunId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** A readable default run name such as {@code brisk-owl-417}. */
    static String runName() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return ADJECTIVES[r.nextInt(ADJECTIVES.length)] + "-" + NOUNS[r.nextInt(NOUNS.length)] + "-" + r.nextInt(1000);
    }

    /** The numeric id of an experiment id string, or -1 when it cannot be one (then nothing matches it). */
    static long experiment(String id) {
        if (id == null || id.isBlank() || id.length() > 18 || !id.trim().chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(id.trim());
    }

    static String requireRunId(String runId) {
        if (runId == null || runId.isBlank()) {
            throw ModelyardException.invalid("Missing value for required parameter 'run_id'");
        }
        return runId.trim().toLowerCase(Locale.ROOT);
    }
}
