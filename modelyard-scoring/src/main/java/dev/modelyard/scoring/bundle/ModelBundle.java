package dev.modelyard.scoring.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.core.json.Json;
import dev.modelyard.core.provenance.Fingerprint;
import dev.modelyard.core.provenance.Provenance;
import dev.modelyard.scoring.api.Model;
import dev.modelyard.scoring.api.Transformer;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import dev.modelyard.scoring.pipeline.InputSignature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A saved model: the fitted pipeline plus its manifest (provenance, evaluation, leakage findings).
 * Written as a zip of a JSON manifest and checksummed binary payloads (see {@link BundleFormat});
 * reading never executes anything from the file.
 */
public final class ModelBundle {
    private final FittedPipeline pipeline;
    private final ObjectNode manifest;
    private final Map<String, byte[]> sections;

    private ModelBundle(FittedPipeline pipeline, ObjectNode manifest, Map<String, byte[]> sections) {
        this.pipeline = pipeline;
        this.manifest = manifest;
        this.sections = sections;
    }

    /**
     * A named extra section (for example the reference profile monitoring compares with), checksum-verified;
     * empty when the bundle has none, as bundles written before sections existed.
     */
    public java.util.Optional<byte[]> section(String name) {
        byte[] b = sections.get(name);
        return b == null ? java.util.Optional.empty() : java.util.Optional.of(b.clone());
    }

    public FittedPipeline pipeline() { return pipeline; }

    /** The whole manifest (a copy). */
    public ObjectNode manifest() { return manifest.deepCopy(); }

    /** The {@code evaluation} section written by the trainer (leaderboard, metrics, leakage), or an empty object. */
    public ObjectNode evaluation() {
        JsonNode e = manifest.get("evaluation");
        return e instanceof ObjectNode o ? o.deepCopy() : Json.object();
    }

    /** Writes {@code pipeline} to {@code out} atomically (temp file, then rename). */
    public static void write(Path out, FittedPipeline pipeline, Provenance provenance, ObjectNode evaluation) {
        write(out, pipeline, provenance, evaluation, Map.of());
    }

    /**
     * Writes {@code pipeline} with extra named sections (opaque bytes kept under {@code payloads/sections/},
     * listed in the manifest's {@code sections} with size and SHA-256; names are plain file names).
     */
    public static void write(Path out, FittedPipeline pipeline, Provenance provenance, ObjectNode evaluation,
                             Map<String, byte[]> sections) {
        if (Files.isDirectory(out)) {
            throw ModelyardException.invalid("cannot write bundle: " + out + " is a folder; name a file instead, e.g. "
                    + out.resolve("model.zip"));
        }
        ObjectNode m = Json.object();
        m.put("format", BundleFormat.FORMAT);
        m.put("formatVersion", BundleFormat.VERSION);
        ObjectNode target = m.putObject("target");
        target.put("name", pipeline.targetName());
        target.put("task", pipeline.task().label());
        ArrayNode classes = target.putArray("classes");
        pipeline.classes().forEach(classes::add);
        m.set("input", signatureJson(pipeline.signature()));
        Map<String, byte[]> files = new LinkedHashMap<>();
        ArrayNode steps = m.putArray("steps");
        int i = 0;
        for (Transformer t : pipeline.steps()) {
            steps.add(stepJson(t.save(), i++, files));
        }
        m.set("model", stepJson(pipeline.model().save(), i, files));
        m.set("provenance", Json.mapper().valueToTree(provenance));
        m.set("evaluation", evaluation == null ? Json.object() : evaluation);
        ObjectNode sec = m.putObject("sections");
        for (Map.Entry<String, byte[]> e : sections.entrySet()) {
            if (!BundleFormat.validName(e.getKey())) {
                throw new IllegalArgumentException("section name '" + e.getKey() + "' is not a plain file name");
            }
            String path = BundleFormat.SECTION_DIR + e.getKey();
            ObjectNode d = sec.putObject(e.getKey());
            d.put("path", path);
            d.put("bytes", e.getValue().length);
            d.put("sha256", Fingerprint.sha256Hex(e.getValue()));
            files.put(path, e.getValue());
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            // Not createTempFile: its owner-only mode would survive the rename, and a bundle is meant to be
            // shared (serving replicas, other users); a plain new file gets the usual umask permissions.
            Path tmp = parent.resolve(".model-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".zip.tmp");
            try {
                try (OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                     ZipOutputStream zip = new ZipOutputStream(os)) {
                    zip.putNextEntry(new ZipEntry(BundleFormat.MANIFEST));
                    zip.write(Json.write(m).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                    for (Map.Entry<String, byte[]> f : files.entrySet()) {
                        zip.putNextEntry(new ZipEntry(f.getKey()));
                        zip.write(f.getValue());
                        zip.closeEntry();
                    }
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                // After a failed write (disk full, bad target) no half-written temporary file is left behind.
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw ModelyardException.invalid("cannot write bundle " + out + ": " + e.getMessage());
        }
    }

    private static ObjectNode stepJson(StepState s, int index, Map<String, byte[]> files) {
        ObjectNode n = Json.object();
        n.put("kind", s.kind());
        n.set("params", s.params());
        ObjectNode p = n.putObject("payloads");
        for (Map.Entry<String, byte[]> e : s.payloads().entrySet()) {
            if (!BundleFormat.validName(e.getKey())) {
                throw new IllegalArgumentException("payload name '" + e.getKey() + "' of step " + s.kind() + " is not a plain file name");
            }
            String path = BundleFormat.PAYLOAD_DIR + String.format("%02d-%s/%s", index, s.kind(), e.getKey());
            ObjectNode d = p.putObject(e.getKey());
            d.put("path", path);
            d.put("bytes", e.getValue().length);
            d.put("sha256", Fingerprint.sha256Hex(e.getValue()));
            files.put(path, e.getValue());
        }
        return n;
    }

    private static ObjectNode signatureJson(InputSignature sig) {
        ObjectNode in = Json.object();
        ArrayNode cols = in.putArray("columns");
        for (Field f : sig.schema().fields()) {
            ObjectNode c = cols.addObject();
            c.put("name", f.name());
            c.put("type", f.type().label());
            c.put("required", sig.required().contains(f.name()));
            List<String> cats = sig.categories().get(f.name());
            if (cats != null) {
                ArrayNode a = c.putArray("categories");
                cats.forEach(a::add);
            }
        }
        return in;
    }

    /** Reads and verifies a bundle: clear CORRUPT_BUNDLE / UNSUPPORTED_VERSION / NOT_FOUND errors, never a stack trace. */
    public static ModelBundle read(Path file) {
        Map<String, byte[]> entries = readEntries(file);
        byte[] manifestBytes = entries.get(BundleFormat.MANIFEST);
        if (manifestBytes == null) {
            throw corrupt(file, "no " + BundleFormat.MANIFEST + " inside (is this a Modelyard bundle?)");
        }
        ObjectNode m;
        try {
            JsonNode n = Json.read(new String(manifestBytes, StandardCharsets.UTF_8));
            if (!(n instanceof ObjectNode o)) {
                throw corrupt(file, "manifest is not a JSON object");
            }
            m = o;
        } catch (IOException e) {
            throw corrupt(file, "manifest is not valid JSON: " + e.getMessage());
        }
        if (!BundleFormat.FORMAT.equals(m.path("format").asText())) {
            throw corrupt(file, "manifest format is '" + m.path("format").asText() + "', expected '" + BundleFormat.FORMAT + "'");
        }
        int version = m.path("formatVersion").asInt(-1);
        if (version < 1) {
            throw corrupt(file, "manifest has no valid formatVersion");
        }
        if (version > BundleFormat.VERSION) {
            throw new ModelyardException(ErrorCode.UNSUPPORTED_VERSION, file + ": bundle format version " + version
                    + " is newer than this Modelyard reads (" + BundleFormat.VERSION + "); upgrade Modelyard to load it");
        }
        Set<String> referenced = new HashSet<>();
        try {
            StepCodecs codecs = StepCodecs.standard();
            List<Transformer> steps = new ArrayList<>();
            for (JsonNode s : m.path("steps")) {
                steps.add(codecs.load(stepState(file, s, entries, referenced)));
            }
            Transformer model = codecs.load(stepState(file, m.path("model"), entries, referenced));
            if (!(model instanceof Model mod)) {
                throw corrupt(file, "the model entry of kind '" + model.kind() + "' is not a model");
            }
            InputSignature sig = readSignature(file, m.path("input"));
            String targetName = m.path("target").path("name").asText(null);
            Map<String, byte[]> sections = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = m.path("sections").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                sections.put(e.getKey(), verified(file, "section '" + e.getKey() + "'", e.getValue(), entries, referenced));
            }
            return new ModelBundle(new FittedPipeline(sig, targetName, steps, mod), m, Map.copyOf(sections));
        } catch (ModelyardException e) {
            if (e.code() == ErrorCode.CORRUPT_BUNDLE && !e.getMessage().startsWith(file.toString())) {
                throw new ModelyardException(ErrorCode.CORRUPT_BUNDLE, file + ": " + e.getMessage(), e);
            }
            throw e;
        }
    }

    private static StepState stepState(Path file, JsonNode s, Map<String, byte[]> entries, Set<String> referenced) {
        String kind = s.path("kind").asText(null);
        if (kind == null || !(s.path("params") instanceof ObjectNode params)) {
            throw corrupt(file, "a step has no kind or params");
        }
        Map<String, byte[]> payloads = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = s.path("payloads").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            payloads.put(e.getKey(), verified(file, "step '" + kind + "'", e.getValue(), entries, referenced));
        }
        return new StepState(kind, params, payloads);
    }

    /** The entry a manifest descriptor ({@code path}, {@code sha256}) points at, after checking it is there and intact. */
    private static byte[] verified(Path file, String owner, JsonNode descriptor, Map<String, byte[]> entries, Set<String> referenced) {
        String path = descriptor.path("path").asText("");
        byte[] data = entries.get(path);
        if (data == null) {
            throw corrupt(file, "payload '" + path + "' of " + owner + " is missing");
        }
        String expected = descriptor.path("sha256").asText("");
        String actual = Fingerprint.sha256Hex(data);
        if (!actual.equalsIgnoreCase(expected)) {
            throw corrupt(file, "checksum mismatch in '" + path + "' of " + owner + " (expected sha256 " + expected + ", found " + actual + "): the file was altered or damaged");
        }
        referenced.add(path);
        return data;
    }

    private static InputSignature readSignature(Path file, JsonNode in) {
        List<Field> fields = new ArrayList<>();
        Set<String> required = new HashSet<>();
        Map<String, List<String>> cats = new HashMap<>();
        for (JsonNode c : in.path("columns")) {
            String name = c.path("name").asText(null);
            if (name == null) {
                throw corrupt(file, "an input column has no name");
            }
            ColumnType type;
            try {
                type = ColumnType.parse(c.path("type").asText(""));
            } catch (ModelyardException e) {
                throw corrupt(file, "input column '" + name + "': " + e.getMessage());
            }
            fields.add(new Field(name, type));
            if (c.path("required").asBoolean(true)) {
                required.add(name);
            }
            if (c.has("categories")) {
                List<String> l = new ArrayList<>();
                c.get("categories").forEach(x -> l.add(x.asText()));
                cats.put(name, l);
            }
        }
        return new InputSignature(Schema.of(fields), required, cats);
    }

    private static Map<String, byte[]> readEntries(Path file) {
        Map<String, byte[]> entries = new HashMap<>();
        long total = 0;
        try (InputStream raw = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName();
                if (!name.equals(BundleFormat.MANIFEST) && !validPayloadPath(name)) {
                    throw corrupt(file, "unexpected entry '" + name + "'");
                }
                if (entries.size() >= BundleFormat.MAX_ENTRIES) {
                    throw corrupt(file, "too many entries");
                }
                byte[] data = readLimited(zip, BundleFormat.MAX_ENTRY_BYTES, file, name);
                total += data.length;
                if (total > BundleFormat.MAX_TOTAL_BYTES) {
                    throw corrupt(file, "inflates to more than " + BundleFormat.MAX_TOTAL_BYTES + " bytes");
                }
                if (entries.put(name, data) != null) {
                    throw corrupt(file, "duplicate entry '" + name + "'");
                }
            }
        } catch (NoSuchFileException e) {
            throw ModelyardException.notFound("model bundle not found: " + file);
        } catch (ZipException e) {
            throw corrupt(file, "not a valid zip archive (" + e.getMessage() + ")");
        } catch (java.io.EOFException e) {
            // A cut-off download or copy: say so instead of echoing the inflater's wording alone.
            throw corrupt(file, "is truncated or damaged (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw corrupt(file, "cannot be read (" + e.getMessage() + ")");
        }
        if (entries.isEmpty()) {
            throw corrupt(file, "not a zip archive or empty");
        }
        checkDirectory(file, entries.keySet());
        return entries;
    }

    /**
     * The streamed entries must match the zip's central directory. Streaming alone accepts a file cut
     * off after its last entry, and a directory listing other entries than the stream would let
     * other zip tools see a different bundle than the one Modelyard loads.
     */
    private static void checkDirectory(Path file, Set<String> streamed) {
        Set<String> listed = new HashSet<>();
        try (java.util.zip.ZipFile zf = new java.util.zip.ZipFile(file.toFile())) {
            zf.stream().forEach(e -> listed.add(e.getName()));
        } catch (IOException e) {
            throw corrupt(file, "is truncated or damaged (no valid zip directory: " + e.getMessage() + ")");
        }
        if (!listed.equals(streamed)) {
            throw corrupt(file, "the zip directory does not match its entries: the file was altered or damaged");
        }
    }

    private static boolean validPayloadPath(String name) {
        if (!name.startsWith(BundleFormat.PAYLOAD_DIR)) {
            return false;
        }
        String[] parts = name.substring(BundleFormat.PAYLOAD_DIR.length()).split("/", -1);
        return parts.length == 2 && BundleFormat.validName(parts[0]) && BundleFormat.validName(parts[1]);
    }

    private static byte[] readLimited(InputStream in, long limit, Path file, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long n = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            n += r;
            if (n > limit) {
                throw corrupt(file, "entry '" + name + "' is larger than " + limit + " bytes");
            }
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    private static ModelyardException corrupt(Path file, String what) {
        return new ModelyardException(ErrorCode.CORRUPT_BUNDLE, file + ": " + what);
    }
}
