package dev.modelyard.monitoring.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.error.ModelyardException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WindowSpecTest {
    @Test
    void parsesEveryAcceptedForm() {
        assertThat(WindowSpec.parse("30m")).isEqualTo(new WindowSpec.ByTime(Duration.ofMinutes(30)));
        assertThat(WindowSpec.parse("6h")).isEqualTo(new WindowSpec.ByTime(Duration.ofHours(6)));
        assertThat(WindowSpec.parse(" 1d ")).isEqualTo(new WindowSpec.ByTime(Duration.ofDays(1)));
        assertThat(WindowSpec.parse("7d")).isEqualTo(new WindowSpec.ByTime(Duration.ofDays(7)));
        assertThat(WindowSpec.parse("1w")).isEqualTo(new WindowSpec.ByTime(Duration.ofDays(7)));
        assertThat(WindowSpec.parse("1mo")).isEqualTo(new WindowSpec.Calendar(1));
        assertThat(WindowSpec.parse("3MO")).isEqualTo(new WindowSpec.Calendar(3));
        assertThat(WindowSpec.parse("5000rows")).isEqualTo(new WindowSpec.ByCount(5000));
        assertThat(WindowSpec.parse("5000")).isEqualTo(new WindowSpec.ByCount(5000));
        assertThat(WindowSpec.parse("all")).isEqualTo(new WindowSpec.Whole());
        assertThat(WindowSpec.parse("1d").needsTime()).isTrue();
        assertThat(WindowSpec.parse("10rows").needsTime()).isFalse();
    }

    @Test
    void rejectsOtherTextListingTheAcceptedForms() {
        for (String bad : new String[] {"", "day", "1y", "-3d", "0d", "1.5h", "99999999999"}) {
            assertThatThrownBy(() -> WindowSpec.parse(bad)).as(bad).isInstanceOf(ModelyardException.class)
                    .hasMessageContaining("1mo").hasMessageContaining("5000rows");
        }
    }
}
