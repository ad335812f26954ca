package dev.modelyard.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.monitoring.result.FeatureDrift;
import dev.modelyard.monitoring.result.MonitoringReport;
import dev.modelyard.monitoring.result.WindowResult;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private final MonitoringReport report = SampleResults.report();
    private final String html = HtmlReport.render(report);

    @Test
    void showsEveryFeatureWithItsOwnChartAndEscapesDataText() {
        WindowResult latest = report.windows().get(2);
        for (FeatureDrift f : latest.drift().features()) {
            assertThat(html).contains(Html.escape(f.feature()));
        }
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("income &amp; co").doesNotContain("income & co");
        int svgs = count(html, "<svg ");
        int figures = count(html, "<figure>");
        assertThat(figures).isEqualTo(latest.drift().features().size() + 1); // + the predictions
        assertThat(svgs).isEqualTo(figures + 2); // + drift and performance timelines
        for (String level : List.of("Male", "Female", "&lt;other&gt;")) {
            assertThat(html).contains(">" + level + "</text>");
        }
    }

    @Test
    void isSelfContained() {
        assertThat(html).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:")
                .doesNotContain("src=").doesNotContain("<link").doesNotContain("@import").doesNotContain("url(");
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    }

    @Test
    void latestDriftTableListsDriftedFeaturesFirstThenByPsi() {
        String table = html.substring(html.indexOf("Drift scores in 2012-03"));
        int sex = table.indexOf("<td>sex</td>");
        int age = table.indexOf("<td>age</td>");
        int script = table.indexOf("<td>&lt;script&gt;");
        assertThat(sex).isPositive().isLessThan(age); // both drifted: sex has the larger PSI
        assertThat(age).isLessThan(script); // not drifted last
        Matcher m = Pattern.compile("<tr class=\"drifted\"><td>([^<]+)</td>").matcher(table);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("sex");
    }

    @Test
    void headerAndTimelinesCarryTheNumbers() {
        assertThat(html).contains("3f2a9c").contains("32561").contains("2012-01 to 2012-03");
        assertThat(html).contains("1 critical").contains("PSI of &#39;sex&#39; is 0.310");
        assertThat(html).contains(Html.number(0.71)).contains(Html.number(0.74)); // domain AUC and realised AUC of the last window
        assertThat(html).contains("2012-02: drift share");
    }

    @Test
    void anEmptyReportStillRenders() {
        String empty = HtmlReport.render(new MonitoringReport("m", "v", 10, Instant.EPOCH, List.of(), 0));
        assertThat(empty).contains("No alert").doesNotContain("<svg");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
