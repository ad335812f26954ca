package dev.modelyard.monitoring.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.json.Json;
import dev.modelyard.monitoring.report.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small JSON files that are replaced whole: written to a temporary file next to them, then renamed over. */
final class JsonFiles {
    private JsonFiles() {}

    /** The file's JSON, or null when it does not exist; {@code what} names it in errors. */
    static JsonNode read(Path file, String what) {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return Json.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw ModelyardException.invalid(what + " " + file + " is not valid JSON (" + e.getOriginalMessage()
                    + "); fix or delete it");
        } catch (IOException e) {
            throw ModelyardException.invalid("cannot read " + what + " " + file + ": " + e.getMessage());
        }
    }

    /** Replaces the file so that readers see the old or the new content, never a part. */
    static void write(Path file, JsonNode json) throws IOException {
        ReportFiles.replace(file, Json.write(json));
    }
}
