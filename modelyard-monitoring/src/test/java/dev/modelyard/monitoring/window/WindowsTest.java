package dev.modelyard.monitoring.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.core.frame.TimestampColumn;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WindowsTest {
    private static long ms(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void monthsFromIsoDateTextInTimeOrderSkippingEmptyMonths() {
        String[] dates = {"2012-03-05", "2012-01-31", "2012-03-31", "2012-01-01", "2012-05-10", null};
        Frame f = Frame.of(CategoricalColumn.fromStrings("day", dates), DoubleColumn.of("x", new double[6]));
        WindowSplit s = Windows.split(f, "day", WindowSpec.parse("1mo"));
        assertThat(s.windows()).extracting(Window::label).containsExactly("2012-01", "2012-03", "2012-05");
        assertThat(s.windows().get(0).rows()).containsExactly(1, 3);
        assertThat(s.windows().get(1).rows()).containsExactly(0, 2);
        assertThat(s.windows().get(1).start()).isEqualTo(Instant.parse("2012-03-01T00:00:00Z"));
        assertThat(s.windows().get(1).end()).isEqualTo(Instant.parse("2012-04-01T00:00:00Z"));
        assertThat(s.rowsWithoutTime()).isEqualTo(1);
    }

    @Test
    void hoursAndDaysAlignToUtcBoundaries() {
        long[] t = {ms("2012-03-05T05:59:59Z"), ms("2012-03-05T06:00:00Z"), ms("2012-03-05T17:30:00Z"), ms("2012-03-06T00:00:00Z")};
        Frame f = Frame.of(TimestampColumn.of("ts", t, new BitSet()));
        List<Window> six = Windows.split(f, "ts", WindowSpec.parse("6h")).windows();
        assertThat(six).extracting(Window::label)
                .containsExactly("2012-03-05T00:00Z", "2012-03-05T06:00Z", "2012-03-05T12:00Z", "2012-03-06T00:00Z");
        assertThat(six.get(2).end()).isEqualTo(Instant.parse("2012-03-05T18:00:00Z"));
        List<Window> days = Windows.split(f, "ts", WindowSpec.parse("1d")).windows();
        assertThat(days).extracting(Window::label).containsExactly("2012-03-05", "2012-03-06");
        assertThat(days.get(0).rows()).containsExactly(0, 1, 2);
    }

    @Test
    void weeksStartOnMonday() {
        // 2012-03-07 is a Wednesday; its week runs from Monday 2012-03-05.
        Frame f = Frame.of(LongColumn.of("epoch", new long[] {ms("2012-03-07T10:00:00Z"), ms("2012-03-12T00:00:00Z")}));
        List<Window> w = Windows.split(f, "epoch", WindowSpec.parse("1w")).windows();
        assertThat(w).extracting(Window::label).containsExactly("2012-03-05", "2012-03-12");
        assertThat(w.get(0).start()).isEqualTo(Instant.parse("2012-03-05T00:00:00Z"));
    }

    @Test
    void everyRowWithATimeLandsInExactlyOneWindowThatContainsIt() {
        Random r = new Random(7);
        long from = ms("2011-01-01T00:00:00Z");
        long[] t = new long[2000];
        for (int i = 0; i < t.length; i++) {
            t[i] = from + (long) (r.nextDouble() * 400L * 86_400_000L);
        }
        Frame f = Frame.of(TimestampColumn.of("ts", t, new BitSet()));
        for (String spec : new String[] {"1mo", "3mo", "1d", "7d", "6h"}) {
            List<Window> ws = Windows.split(f, "ts", WindowSpec.parse(spec)).windows();
            assertThat(ws.stream().mapToInt(Window::size).sum()).as(spec).isEqualTo(t.length);
            Instant prevEnd = Instant.MIN;
            for (Window w : ws) {
                assertThat(w.start()).as(spec).isAfterOrEqualTo(prevEnd);
                prevEnd = w.end();
                for (int row : w.rows()) {
                    Instant at = Instant.ofEpochMilli(t[row]);
                    assertThat(at).as(spec + " " + w.label()).isAfterOrEqualTo(w.start()).isBefore(w.end());
                }
            }
        }
    }

    @Test
    void quartersAreLabelledByTheirMonths() {
        Frame f = Frame.of(TextColumn.of("d", new String[] {"2012-05-17 13:00", "2012-04-01T00:00:00+02:00"}));
        List<Window> w = Windows.split(f, "d", WindowSpec.parse("3mo")).windows();
        // 2012-04-01T00:00+02:00 is still March in UTC.
        assertThat(w).extracting(Window::label).containsExactly("2012-01..2012-03", "2012-04..2012-06");
    }

    @Test
    void countWindowsFollowRowOrderAndCarryTheirTimeRange() {
        long[] t = IntStream.range(0, 12).mapToLong(i -> ms("2012-01-01T00:00:00Z") + (11 - i) * 3_600_000L).toArray();
        Frame f = Frame.of(TimestampColumn.of("ts", t, new BitSet()));
        List<Window> w = Windows.split(f, "ts", WindowSpec.parse("5")).windows();
        assertThat(w).extracting(Window::label).containsExactly("rows 0-4", "rows 5-9", "rows 10-11");
        assertThat(w.get(2).rows()).containsExactly(10, 11);
        assertThat(w.get(0).start()).isEqualTo(Instant.ofEpochMilli(t[4]));
        assertThat(w.get(0).end()).isEqualTo(Instant.ofEpochMilli(t[0]));
        List<Window> noTime = Windows.split(f, null, WindowSpec.parse("all")).windows();
        assertThat(noTime).singleElement().satisfies(x -> {
            assertThat(x.label()).isEqualTo("all");
            assertThat(x.size()).isEqualTo(12);
            assertThat(x.start()).isNull();
        });
    }

    @Test
    void clearErrorsForAbsentColumnsAndBadValues() {
        Frame f = Frame.of(TextColumn.of("dteday", new String[] {"2012-01-01", "2012-13-45"}), DoubleColumn.of("cnt", new double[2]));
        assertThatThrownBy(() -> Windows.split(f, "dtday", WindowSpec.parse("1d"))).isInstanceOf(ModelyardException.class)
                .hasMessageContaining("'dtday'").hasMessageContaining("dteday").hasMessageContaining("cnt");
        assertThatThrownBy(() -> Windows.split(f, null, WindowSpec.parse("1d"))).isInstanceOf(ModelyardException.class)
                .hasMessageContaining("time column").hasMessageContaining("dteday");
        assertThatThrownBy(() -> Windows.split(f, "dteday", WindowSpec.parse("1d"))).isInstanceOf(ModelyardException.class)
                .hasMessageContaining("data row 2").hasMessageContaining("2012-13-45");
    }
}
