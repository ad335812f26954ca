package dev.modelyard.evaluate.leakage;

import java.util.Locale;

/** How loudly a leakage finding should be reported. */
public enum Severity {
    /** Worth knowing; scores are probably still honest. */
    INFO,
    /** Likely to distort evaluation or fail in production; look before trusting the scores. */
    WARNING,
    /** Almost certainly leakage: the scores are not to be trusted until it is fixed. */
    CRITICAL;

    /** Lower-case name used in JSON and the CLI. */
    public String label() { return name().toLowerCase(Locale.ROOT); }
}
