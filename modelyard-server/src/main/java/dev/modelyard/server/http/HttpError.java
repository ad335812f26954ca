package dev.modelyard.server.http;

import com.fasterxml.jackson.databind.JsonNode;

/** An error response: HTTP status and the protocol's JSON body. */
public record HttpError(int status, JsonNode body) {}
