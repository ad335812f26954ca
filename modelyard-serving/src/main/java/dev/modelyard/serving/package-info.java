/**
 * The serving engine, without HTTP: loaded models and their atomic swaps ({@code model}), request decoding into
 * typed rows ({@code input}), scoring and answers ({@code predict}), A/B and shadow routing ({@code routing}),
 * the asynchronous prediction and feedback logs ({@code log}), registry alias following ({@code reload}) and
 * Micrometer metrics ({@code metrics}). The HTTP protocols live in {@code dev.modelyard.server.serving}.
 */
package dev.modelyard.serving;
