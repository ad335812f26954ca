package dev.modelyard.evaluate.leakage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.TimestampColumn;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FutureTimestampTest {
    private static final long DAY = 86_400_000L;

    @Test
    void flagsTimestampsAfterThePredictionTime() {
        int n = 1000;
        Random r = new Random(3);
        long[] when = new long[n];
        long[] closedAt = new long[n];
        long[] createdAt = new long[n];
        long[] rarelyLater = new long[n];
        double[] x = new double[n];
        double[] y = new double[n];
        BitSet closedNull = new BitSet();
        for (int i = 0; i < n; i++) {
            when[i] = 1_700_000_000_000L + r.nextInt(365) * DAY;
            closedAt[i] = when[i] + (i % 10 < 3 ? DAY : -DAY); // later in 30% of rows
            if (i % 20 == 0) {
                closedNull.set(i); // nulls are not compared
            }
            createdAt[i] = when[i] - r.nextInt(100) * DAY;
            rarelyLater[i] = when[i] + (i % 200 == 0 ? 1 : -1); // later in 0.5%: clock noise
            x[i] = r.nextGaussian();
            y[i] = r.nextInt(2);
        }
        Frame f = Frame.of(TimestampColumn.of("when", when, new BitSet()), TimestampColumn.of("closed_at", closedAt, closedNull),
                TimestampColumn.of("created_at", createdAt, new BitSet()), TimestampColumn.of("rarely_later", rarelyLater, new BitSet()),
                DoubleColumn.of("x", x));
        Target t = new Target("y", Task.BINARY, y, List.of("0", "1"));

        List<LeakageFinding> findings = LeakageChecks.run(f, t, LeakageOptions.defaults().withTimeColumn("when"));

        assertThat(findings).hasSize(1);
        LeakageFinding finding = findings.get(0);
        assertThat(finding.kind()).isEqualTo("future_timestamp");
        assertThat(finding.column()).isEqualTo("closed_at");
        // rows 0, 20, 40, ... (50 rows) are null, all of them among the 300 later ones: 250 of 950 compared
        assertThat(finding.score()).isEqualTo(250.0 / 950);
        assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(finding.message()).isEqualTo(
                "feature 'closed_at' is later than the prediction time 'when' in 250 of 950 rows (26.3%): it would not be known when predicting");

        assertThat(LeakageChecks.run(f, t, LeakageOptions.defaults())).isEmpty();
    }
}
