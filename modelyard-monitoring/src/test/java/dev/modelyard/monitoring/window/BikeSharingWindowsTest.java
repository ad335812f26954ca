package dev.modelyard.monitoring.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.testing.Datasets;
import dev.modelyard.data.io.DataReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real data: the bike-sharing hours (2011–2012) by calendar month on their {@code dteday} date column. */
class BikeSharingWindowsTest {
    @Test
    void twoYearsMakeTwentyFourMonthsHoldingEveryRowOnce() {
        Frame hours = DataReader.read(Datasets.require("bike-sharing/hour.csv"));
        WindowSplit s = Windows.split(hours, "dteday", WindowSpec.parse("1mo"));
        List<Window> months = s.windows();
        assertThat(months).hasSize(24);
        assertThat(months.get(0).label()).isEqualTo("2011-01");
        assertThat(months.get(23).label()).isEqualTo("2012-12");
        assertThat(months.get(12).start()).isEqualTo(Instant.parse("2012-01-01T00:00:00Z"));
        assertThat(s.rowsWithoutTime()).isZero();
        assertThat(months.stream().mapToInt(Window::size).sum()).isEqualTo(hours.rowCount());
        // Hourly data: a 31-day month holds at most 31 * 24 rows, and the source misses only a few hours.
        assertThat(months).allSatisfy(m -> assertThat(m.size()).isBetween(600, 744));
        Column mnth = hours.column("mnth");
        for (Window m : months) {
            int month = Integer.parseInt(m.label().substring(5));
            assertThat(mnth.getDouble(m.rows()[0])).as(m.label()).isEqualTo(month);
            assertThat(mnth.getDouble(m.rows()[m.size() - 1])).as(m.label()).isEqualTo(month);
        }
    }
}
