package dev.modelyard.scoring.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CivilTimeTest {
    @Test
    void agreesWithJavaTimeAcrossCenturies() {
        Random r = new Random(11);
        double[] parts = new double[CivilTime.PARTS.length];
        for (int i = 0; i < 20_000; i++) {
            long ms = (long) ((r.nextDouble() * 2 - 1) * 8_000_000_000_000L); // ~1716 .. 2223
            ZonedDateTime z = Instant.ofEpochMilli(ms).atZone(ZoneOffset.UTC);
            CivilTime.expand(ms, parts, 0);
            assertThat(parts).as("instant %s", z).containsExactly(z.getYear(), z.getMonthValue(), z.getDayOfMonth(),
                    z.getDayOfWeek().getValue(), z.getHour(), z.getDayOfWeek().getValue() >= 6 ? 1 : 0);
        }
    }
}
