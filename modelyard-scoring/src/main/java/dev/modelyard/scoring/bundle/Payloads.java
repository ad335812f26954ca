package dev.modelyard.scoring.bundle;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Binary layouts of array payloads: little-endian, no header (the length follows from the size). */
public final class Payloads {
    private Payloads() {}

    public static byte[] doubles(double[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asDoubleBuffer().put(v);
        return b.array();
    }

    public static double[] toDoubles(byte[] bytes) {
        check(bytes, 8);
        double[] v = new double[bytes.length / 8];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(v);
        return v;
    }

    public static byte[] floats(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    public static float[] toFloats(byte[] bytes) {
        check(bytes, 4);
        float[] v = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }

    public static byte[] ints(int[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(v);
        return b.array();
    }

    public static int[] toInts(byte[] bytes) {
        check(bytes, 4);
        int[] v = new int[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(v);
        return v;
    }

    private static void check(byte[] bytes, int width) {
        if (bytes.length % width != 0) {
            throw new dev.modelyard.core.error.ModelyardException(dev.modelyard.core.error.ErrorCode.CORRUPT_BUNDLE,
                    "payload of " + bytes.length + " bytes is not a whole number of " + width + "-byte values");
        }
    }
}
