/**
 * Shared HTTP plumbing on Helidon SE: starting and stopping a server ({@link dev.modelyard.server.http.HttpServer}),
 * one handler shape with typed JSON decoding ({@link dev.modelyard.server.http.Routes}), bearer-token access
 * control ({@link dev.modelyard.server.http.TokenAuth}), body limits, and one error mapper per protocol
 * ({@link dev.modelyard.server.http.ErrorMapper}). Protocol packages (tracking, serving) build on it.
 */
package dev.modelyard.server.http;
