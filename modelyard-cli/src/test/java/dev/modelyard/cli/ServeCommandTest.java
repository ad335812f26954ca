package dev.modelyard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.cli.command.ServeCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modelyard serve}: bad command lines exit with code 2 and a message naming the problem, before anything listens. */
class ServeCommandTest {
    @TempDir Path dir;

    @Test
    void nothingToServe() {
        CliRun.of("serve").failsWith("nothing to serve", "--model", "--registry");
    }

    @Test
    void missingOrCorruptBundle() throws Exception {
        CliRun.of("serve", "--model", dir.resolve("nope.zip"), "--port", "0").failsWith("not found", "nope.zip");
        Path junk = Files.writeString(dir.resolve("junk.zip"), "not a zip");
        CliRun.of("serve", "--model", "churn=" + junk, "--port", "0").failsWith("junk.zip");
    }

    @Test
    void badModelSpecRoutingAndLimits() {
        CliRun.of("serve", "--model", "bad name!=m.zip").failsWith("model name 'bad name!'");
        CliRun.of("serve", "--model", "m=").failsWith("names no file");
        CliRun.of("serve", "--model", "m.zip", "--ab", "m").failsWith("--ab expects NAME=");
        CliRun.of("serve", "--model", "m.zip", "--ab", "m=1:ninety").failsWith("'ninety'");
        CliRun.of("serve", "--model", "m.zip", "--shadow", "m").failsWith("--shadow expects");
        CliRun.of("serve", "--model", "m.zip", "--port", "70000").failsWith("--port");
        CliRun.of("serve", "--model", "m.zip", "--max-rows", "0").failsWith("--max-rows");
        CliRun.of("serve", "--registry", "churn").failsWith("NAME@ALIAS");
        CliRun.of("serve", "--model", "a=m.zip", "--model", "a@1=n.zip").failsWith("twice");
        CliRun.of("serve", "--port", "x").failsWith("--port");
    }

    @Test
    void optionsAreParsedIntoServeOptions() {
        ServeCommand cmd = new ServeCommand();
        new picocli.CommandLine(cmd).parseArgs("--model", "churn=a.zip", "--model", "churn=b.zip", "--model", "c.zip",
                "--ab", "churn=1:90,2:10", "--shadow", "churn=2", "--max-rows", "7", "--log-dir", dir.toString(), "--port", "0");
        var o = cmd.options();
        assertThat(o.models()).extracting(m -> m.name() + "@" + m.version()).containsExactly("churn@1", "churn@2", "c@1");
        assertThat(o.splits().get("churn")).hasSize(2);
        assertThat(o.shadows()).containsEntry("churn", "2");
        assertThat(o.maxRows()).isEqualTo(7);
        assertThat(o.host()).isEqualTo("127.0.0.1");
        assertThat(o.logDir()).isEqualTo(dir);
    }
}
