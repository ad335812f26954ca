package dev.modelyard.learn.linear;

/**
 * A solver's result in the standardised scale: one weight row and intercept per output (one for
 * regression and binary, one per class for multinomial), the passes used and whether it converged.
 */
record Solution(double[][] beta, double[] b0, int iterations, boolean converged) {}
