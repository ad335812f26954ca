package dev.modelyard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.provenance.Versions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code --help} of every command exits 0 and lists that command's options; {@code --version} prints the version. */
class HelpAndVersionTest {
    @ParameterizedTest
    @ValueSource(strings = {"quickstart", "train", "predict", "evaluate", "profile"})
    void helpOfEverySubcommandListsItsOptions(String name) {
        CliRun r = CliRun.of(name, "--help").succeeds();
        assertThat(r.out()).contains("Usage: modelyard " + name);
        // Every option the command declares appears in its help, so the text cannot drift from the code.
        CommandLine.Model.CommandSpec spec = new CommandLine(new ModelyardCli()).getSubcommands().get(name).getCommandSpec();
        List<String> names = spec.options().stream().map(CommandLine.Model.OptionSpec::longestName).toList();
        assertThat(names).contains("--help", "--version");
        assertThat(r.out()).contains(names);
    }

    @Test
    void topLevelHelpListsEverySubcommand() {
        CliRun r = CliRun.of("--help").succeeds();
        assertThat(r.out()).contains("quickstart", "train", "predict", "evaluate", "profile");
    }

    @Test
    void noArgumentsPrintsUsage() {
        assertThat(CliRun.of().succeeds().out()).contains("Usage: modelyard");
    }

    @Test
    void versionPrintsTheVersion() {
        CliRun r = CliRun.of("--version").succeeds();
        assertThat(r.out()).startsWith("modelyard " + Versions.modelyard()).contains("xgboost4j", "duckdb");
        assertThat(Versions.modelyard()).isNotBlank();
    }

    @Test
    void unknownSubcommandSuggests() {
        CliRun.of("trian").failsWith("trian", "train");
    }
}
