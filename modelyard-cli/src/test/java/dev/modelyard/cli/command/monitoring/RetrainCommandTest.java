package dev.modelyard.cli.command.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.cli.ModelyardCli;
import dev.modelyard.core.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modelyard retrain} end to end: a registered champion, a dry run, a promotion, a kept champion, bad input. */
class RetrainCommandTest {
    @TempDir Path dir;
    private String uri;
    private Path artifacts;

    @BeforeEach
    void registerAChampion() throws IOException {
        uri = "sqlite:" + dir.resolve("t.db");
        artifacts = dir.resolve("art");
        Path old = csv("old.csv", 500, 1.0, 1);
        run("train", "--data", old, "--target", "y", "--learners", "linear", "--folds", "2", "-q", "--out", dir.resolve("champion.zip"),
                "--backend-store-uri", uri, "--artifacts-root", artifacts, "--register", "demo").succeeds();
        run("models", "alias", "demo", "champion", "1", "--backend-store-uri", uri, "--artifacts-root", artifacts).succeeds();
    }

    @Test
    void aDryRunReportsThenARealRunPromotes() throws IOException {
        Path changed = csv("new.csv", 500, 3.0, 2);
        Result dry = run("retrain", "--model", "demo@champion", "--data", changed, "--time-column", "t", "--tracking-uri", uri,
                "--artifacts-root", artifacts, "--out", dir.resolve("dry.zip"), "--dry-run", "-q", "--bootstrap", "300").succeeds();
        assertThat(dry.out).contains("champion", "challenger", "rmse", "p-value", "would be promoted", "Decision (dry run)")
                .doesNotContain("alias moved");
        assertThat(alias()).contains("1");

        Path json = dir.resolve("decision.json");
        Result real = run("retrain", "--model", "demo@champion", "--data", changed, "--time-column", "t", "--tracking-uri", uri,
                "--artifacts-root", artifacts, "--out", dir.resolve("challenger.zip"), "--report-json", json, "-q", "--bootstrap", "300").succeeds();
        assertThat(real.out).contains("promoted", "Registered as version 2", "alias moved", "Tracked as run");
        JsonNode d = Json.read(Files.readString(json));
        assertThat(d.path("decision").asText()).isEqualTo("promoted");
        assertThat(d.path("pValue").asDouble()).isLessThan(0.05);
        assertThat(d.path("challengerValue").asDouble()).isLessThan(d.path("championValue").asDouble());
        assertThat(d.path("evalRows").asInt()).isEqualTo(100);
        assertThat(alias()).contains("2");
        assertThat(Files.exists(dir.resolve("challenger.zip"))).isTrue();
    }

    @Test
    void aBundleChampionIsKeptAgainstAWorseChallengerWithExitCodeZero() throws IOException {
        Path noise = csv("noise.csv", 400, 0.0, 3); // a different, weaker relation
        Path like = csv("eval.csv", 300, 1.0, 4);
        Result r = run("retrain", "--model", dir.resolve("champion.zip"), "--data", noise, "--eval-data", like, "-q",
                "--out", dir.resolve("c.zip"), "--bootstrap", "200").succeeds();
        assertThat(r.out).contains("champion kept").doesNotContain("Registered").doesNotContain("Tracked");
    }

    @Test
    void badInputExitsWithCodeTwo() throws IOException {
        Path changed = csv("new.csv", 200, 3.0, 5);
        run("retrain", "--model", "demo@champion", "--data", dir.resolve("absent.csv"), "--tracking-uri", uri, "--artifacts-root", artifacts)
                .failsWith("absent.csv");
        run("retrain", "--model", "other@champion", "--data", changed, "--tracking-uri", uri, "--artifacts-root", artifacts, "-q")
                .failsWith("other@champion");
        run("retrain", "--model", "demo@champion", "--data", csvWithout("no-target.csv"), "--tracking-uri", uri, "--artifacts-root", artifacts, "-q")
                .failsWith("no target column 'y'");
        run("retrain", "--model", dir.resolve("absent.zip"), "--data", changed, "-q").failsWith("absent.zip");
        run("retrain", "--model", dir.resolve("champion.zip"), "--data", changed, "--alpha", "2", "-q").failsWith("--alpha");
    }

    private String alias() {
        return run("models", "alias", "demo", "champion", "--backend-store-uri", uri, "--artifacts-root", artifacts).succeeds().out;
    }

    /** {@code y = slope·x1 + x2 + noise}, with a row counter {@code t}. */
    private Path csv(String name, int rows, double slope, long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>(List.of("t,x1,x2,y"));
        for (int i = 0; i < rows; i++) {
            double x1 = r.nextDouble() * 4 - 2;
            double x2 = r.nextGaussian();
            lines.add(String.format(Locale.ROOT, "%d,%.5f,%.5f,%.5f", i, x1, x2, slope * x1 + x2 + 0.3 * r.nextGaussian()));
        }
        return Files.write(dir.resolve(name), lines);
    }

    private Path csvWithout(String name) throws IOException {
        return Files.write(dir.resolve(name), List.of("t,x1,x2", "0,1.0,2.0", "1,0.5,0.1", "2,0.1,0.3"));
    }

    private static Result run(Object... args) {
        String[] a = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = args[i].toString();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            code = ModelyardCli.execute(a, o, e);
        }
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
        Result succeeds() {
            assertThat(code).as("exit code; output:%n%s%s", out, err).isZero();
            assertThat(out + err).doesNotContain("\tat ").doesNotContain("Exception");
            return this;
        }

        Result failsWith(String fragment) {
            assertThat(code).as("exit code; output:%n%s%s", out, err).isEqualTo(2);
            assertThat(err).contains("error: ").contains(fragment);
            assertThat(out + err).doesNotContain("\tat ").doesNotContain("Exception");
            return this;
        }
    }
}
