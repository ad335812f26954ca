package dev.modelyard.tracking.validation;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.api.Metric;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimitsTest {
    /** MLflow's rule as a regular expression: the reference the hand-written check must agree with. */
    private static final Pattern ALPHABET = Pattern.compile("[\\p{L}\\p{N}_\\-. :/]+");

    private static boolean reference(String key) {
        if (!ALPHABET.matcher(key).matches() || key.startsWith("/") || key.endsWith("/") || key.contains("//")) {
            return false;
        }
        for (String segment : key.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static boolean accepted(String key) {
        try {
            Limits.key("metric", key);
            return true;
        } catch (ModelyardException e) {
            return false;
        }
    }

    @Test
    void keyCheckAgreesWithMlflowsRuleOnRandomKeys() {
        String pieces = "aZ09_-. :/\\#?%$\u00e9\u4e2d\u0661\u2167\u00b2\u02b0\ud835\udc00\ud83d\ude00\ud800x\udc00\u0000\t\n..";
        Random random = new Random(42);
        int rejected = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(8);
            for (int i = 0; i < len; i++) {
                sb.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String key = sb.toString();
            boolean expected = reference(key);
            assertThat(accepted(key)).as("key %s", key.codePoints().mapToObj(Integer::toHexString).toList()).isEqualTo(expected);
            rejected += expected ? 0 : 1;
        }
        assertThat(rejected).isBetween(10_000, 190_000); // both outcomes were exercised
    }

    @Test
    void namedKeysAreJudgedLikeMlflow() {
        for (String ok : List.of("loss", "val/loss", "a.b", "x:y z", "\u00e9t\u00e9", "\ud835\udc00", "...", "a/.../b", ".a/b.")) {
            assertThat(accepted(ok)).as(ok).isTrue();
        }
        for (String bad : List.of("", "/abs", "dir/", "a//b", "..", "a/../b", "./a", "a/.", "a\\b", "a#b", "a?b", "\ud800", "tab\t")) {
            assertThat(accepted(bad)).as(bad).isFalse();
        }
    }

    @Test
    void everyDistinctKeyOfABatchIsChecked() {
        List<Metric> metrics = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            metrics.add(new Metric("loss", i, 0, i));
        }
        metrics.add(new Metric("bad/../key", 1, 0, 0));
        metrics.add(new Metric("loss", 1, 0, 11));
        assertThatThrownBy(() -> Limits.batch(metrics, List.of(), List.of())).hasMessageContaining("bad/../key");
        metrics.remove(10);
        Limits.batch(metrics, List.of(), List.of());
    }
}
