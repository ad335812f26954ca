package dev.modelyard.data.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceProfileTest {
    private static Frame data(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        long[] k = new long[n];
        String[] c = new String[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 10 == 0 ? Double.NaN : r.nextDouble() * 10;
            k[i] = r.nextInt(5);
            c[i] = i % 7 == 0 ? null : (r.nextDouble() < 0.7 ? "a" : "b<&>");
        }
        return Frame.of(DoubleColumn.of("x", x), LongColumn.of("k", k), CategoricalColumn.fromStrings("c", c));
    }

    @Test
    void profilesNumbersAndCategories() {
        Frame f = data(5_000, 1);
        ReferenceProfile p = ProfileBuilder.reference(f, "y", f.column("x"), f, 3);
        NumericProfile x = (NumericProfile) p.feature("x").orElseThrow();
        assertThat(x.count()).isEqualTo(4_500);
        assertThat(x.missing()).isEqualTo(500);
        assertThat(x.missingRate()).isCloseTo(0.1, within(1e-12));
        assertThat(x.mean()).isCloseTo(5, within(0.2));
        assertThat(x.std()).isCloseTo(Math.sqrt(100 / 12.0), within(0.1));
        CategoricalProfile c = (CategoricalProfile) p.feature("c").orElseThrow();
        assertThat(c.counts().counts().keySet()).containsExactly("a", "b<&>");
        assertThat(c.counts().n() + c.missing()).isEqualTo(5_000);
        assertThat(p.prediction().name()).isEqualTo(ReferenceProfile.PREDICTION);
        assertThat(p.sample().rowCount()).isEqualTo(ProfileBuilder.SAMPLE_ROWS);
    }

    @Test
    void codecRoundTripsEverything(@TempDir Path dir) {
        Frame f = data(3_000, 2);
        ReferenceProfile p = ProfileBuilder.reference(f, "y", f.column("x"), f, 3);
        Path file = dir.resolve("profile.json");
        ProfileCodec.write(p, file);
        ReferenceProfile q = ProfileCodec.read(file);
        assertThat(q.signature()).isEqualTo(p.signature());
        assertThat(q.rows()).isEqualTo(3_000);
        assertThat(q.featureNames()).containsExactly("x", "k", "c");
        NumericProfile a = (NumericProfile) p.feature("x").orElseThrow();
        NumericProfile b = (NumericProfile) q.feature("x").orElseThrow();
        assertThat(b.sketch().items()).containsExactly(a.sketch().items());
        assertThat(b.mean()).isEqualTo(a.mean());
        assertThat(q.feature("c").orElseThrow()).isEqualTo(p.feature("c").orElseThrow());
        assertThat(q.sample().rowCount()).isEqualTo(p.sample().rowCount());
        for (int i = 0; i < 50; i++) {
            assertThat(q.sample().column("c").getString(i)).isEqualTo(p.sample().column("c").getString(i));
            assertThat(q.sample().column("k").getDouble(i)).isEqualTo(p.sample().column("k").getDouble(i));
            assertThat(q.sample().column("x").isNull(i)).isEqualTo(p.sample().column("x").isNull(i));
        }
    }

    @Test
    void mergeAddsCountsAndRejectsOtherFeatureSets() {
        ReferenceProfile a = ProfileBuilder.reference(data(2_000, 3), null, null, null, 1);
        ReferenceProfile b = ProfileBuilder.reference(data(3_000, 4), null, null, null, 1);
        ReferenceProfile m = a.merge(b);
        assertThat(m.rows()).isEqualTo(5_000);
        NumericProfile x = (NumericProfile) m.feature("x").orElseThrow();
        assertThat(x.count()).isEqualTo(1_800 + 2_700);
        assertThat(x.sketch().n()).isEqualTo(4_500);
        NumericProfile xa = (NumericProfile) a.feature("x").orElseThrow();
        NumericProfile xb = (NumericProfile) b.feature("x").orElseThrow();
        assertThat(x.mean()).isCloseTo((xa.mean() * 1_800 + xb.mean() * 2_700) / 4_500, within(1e-9));
        CategoricalProfile c = (CategoricalProfile) m.feature("c").orElseThrow();
        assertThat(c.counts().n()).isEqualTo(((CategoricalProfile) a.feature("c").orElseThrow()).counts().n()
                + ((CategoricalProfile) b.feature("c").orElseThrow()).counts().n());
        ReferenceProfile other = ProfileBuilder.reference(data(100, 5).without("k"), null, null, null, 1);
        assertThatThrownBy(() -> a.merge(other)).isInstanceOf(ModelyardException.class).hasMessageContaining("different feature sets");
    }

    @Test
    void malformedFilesGetClearErrors(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{not json", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProfileCodec.read(f)).isInstanceOf(ModelyardException.class).hasMessageContaining("not valid JSON");
        Files.writeString(f, "{\"format\":\"other\"}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProfileCodec.read(f)).hasMessageContaining("not a Modelyard reference profile");
        Files.writeString(f, "{\"format\":\"modelyard-profile\",\"version\":1,\"features\":[{\"name\":\"x\",\"type\":\"double\","
                + "\"kind\":\"numeric\",\"count\":2,\"missing\":0,\"sketch\":{\"items\":[2,1],\"weights\":[1,1]}}]}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProfileCodec.read(f)).hasMessageContaining("feature 'x'").hasMessageContaining("sorted");
        assertThatThrownBy(() -> ProfileCodec.read(dir.resolve("absent.json"))).hasMessageContaining("not found");
    }

    @Test
    void sampleRowsAreDistinctSortedAndSeeded() {
        int[] a = ProfileBuilder.sampleRows(100_000, 2_000, 7);
        assertThat(a).hasSize(2_000).isSorted().doesNotHaveDuplicates();
        assertThat(ProfileBuilder.sampleRows(100_000, 2_000, 7)).containsExactly(a);
        assertThat(ProfileBuilder.sampleRows(10, 2_000, 7)).hasSize(10);
        assertThat(a[a.length - 1]).isGreaterThan(90_000);
    }
}
