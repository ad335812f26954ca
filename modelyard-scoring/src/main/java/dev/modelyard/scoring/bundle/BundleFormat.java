package dev.modelyard.scoring.bundle;

/**
 * The layout of {@code model.zip}, in one place.
 *
 * <pre>
 * manifest.json                 format, formatVersion, target, input signature, steps[], model,
 *                               provenance, evaluation; every payload listed with path, bytes, sha256
 * payloads/NN-kind/name         binary payloads (little-endian arrays, native booster files)
 * payloads/sections/name        named extra sections listed in the manifest's {@code sections}
 *                               (e.g. reference-profile.json for monitoring); optional
 * </pre>
 *
 * Readers accept only these entry names, verify every checksum, and refuse a newer format version.
 */
public final class BundleFormat {
    private BundleFormat() {}

    public static final String FORMAT = "modelyard-bundle";
    /** Version written by this build; readers accept this and older ones. */
    public static final int VERSION = 1;
    public static final String MANIFEST = "manifest.json";
    public static final String PAYLOAD_DIR = "payloads/";
    /** Where named sections live; "sections" cannot clash with step folders, which start with two digits. */
    public static final String SECTION_DIR = PAYLOAD_DIR + "sections/";
    /** Largest single entry a reader will inflate (guards against zip bombs). */
    public static final long MAX_ENTRY_BYTES = 1L << 30;
    /** Largest total a reader will inflate. */
    public static final long MAX_TOTAL_BYTES = 2L << 30;
    public static final int MAX_ENTRIES = 10_000;

    /** Payload names are plain file names. */
    static boolean validName(String name) {
        return name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}") && !name.contains("..");
    }
}
