package dev.modelyard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** One in-process run of the CLI: exit code and everything written to stdout and stderr. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(Object... args) {
        List<String> a = new ArrayList<>();
        for (Object o : args) {
            a.add(o.toString());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            code = ModelyardCli.execute(a.toArray(String[]::new), o, e);
        }
        return new CliRun(code, out.toString(), err.toString());
    }

    String all() {
        return out + err;
    }

    /** Asserts a bad-input failure: exit code 2, an {@code error:} line containing every fragment, no stack trace. */
    CliRun failsWith(String... fragments) {
        assertThat(exitCode).as("exit code; output:%n%s", all()).isEqualTo(2);
        assertThat(err).as("stderr").contains("error: ").contains(fragments);
        return noStackTrace();
    }

    /** Asserts a clean exit (code 0) without a stack trace. */
    CliRun succeeds() {
        assertThat(exitCode).as("exit code; output:%n%s", all()).isZero();
        return noStackTrace();
    }

    CliRun noStackTrace() {
        // A user sees messages, never Java internals: no frames and no exception class names.
        assertThat(all()).doesNotContain("\tat ").doesNotContain("Exception")
                .doesNotContainPattern("\\b[A-Z][A-Za-z]*Error\\b");
        return this;
    }
}
