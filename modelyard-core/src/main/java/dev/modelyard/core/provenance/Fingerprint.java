package dev.modelyard.core.provenance;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints of data: the same rows and columns, in the same order, give the same hash. */
public final class Fingerprint {
    private Fingerprint() {}

    /** Hash of a frame's schema and every cell, as hex. */
    public static String of(Frame frame) {
        MessageDigest md = sha256();
        byte[] buf = new byte[8];
        for (Column c : frame.columns()) {
            md.update(c.name().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(c.type().label().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            for (int i = 0; i < c.size(); i++) {
                if (c.type().isNumericSlot()) {
                    long bits = Double.doubleToLongBits(c.getDouble(i));
                    for (int k = 0; k < 8; k++) {
                        buf[k] = (byte) (bits >>> (8 * k));
                    }
                    md.update(buf);
                } else {
                    String s = c.getString(i);
                    if (s == null) {
                        md.update((byte) 1);
                    } else {
                        md.update((byte) 2);
                        md.update(s.getBytes(StandardCharsets.UTF_8));
                        md.update((byte) 0);
                    }
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Hash of bytes, as hex. */
    public static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(sha256().digest(data));
    }

    /** A fresh SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
