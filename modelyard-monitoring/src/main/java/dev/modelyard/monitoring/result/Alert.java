package dev.modelyard.monitoring.result;

/**
 * One alert raised by a rule on a window.
 *
 * @param rule     rule name from the alert config
 * @param severity "warning" or "critical"
 * @param window   window label
 * @param message  what happened, for people
 * @param value    the observed value
 * @param threshold the rule's threshold
 */
public record Alert(String rule, String severity, String window, String message, double value, double threshold) {}
