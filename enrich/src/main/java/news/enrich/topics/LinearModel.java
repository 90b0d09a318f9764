package news.enrich.topics;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * A linear model over hashed features with {@code classes} outputs: one bias, and per known feature key a scale
 * (its inverse document frequency) and a weight row. An article's input is its feature values times their scales,
 * over the known features only, scaled to unit length (TF-IDF with cosine normalisation); features the model does
 * not know are left out. Immutable and thread-safe.
 *
 * <p>Features live in one open-addressing table whose slots hold the key, the scale and the weights side by side, so
 * looking a feature up costs one memory access where separate arrays would cost three: scoring is bound by these
 * lookups.
 */
public final class LinearModel {
    private static final int USED = 0;
    private static final int KEY = 1;
    private static final int SCALE = 2;
    private static final int WEIGHTS = 3;

    private final int classes;
    private final int features;
    private final float[] bias;
    private final int stride;
    /** Per slot: 1 when used, the key, the scale's bits, then the weights' bits. */
    private final int[] table;
    private final int mask;

    /**
     * @param keys    distinct feature keys, one per row
     * @param scales  the scale of each row's feature
     * @param weights {@code keys.length * classes} weights, row after row
     */
    public LinearModel(int classes, float[] bias, int[] keys, float[] scales, float[] weights) {
        if (classes < 1 || bias.length != classes || weights.length != (long) keys.length * classes
                || scales.length != keys.length) {
            throw new IllegalArgumentException("inconsistent linear model: " + classes + " classes, " + bias.length
                    + " biases, " + keys.length + " keys, " + scales.length + " scales, " + weights.length + " weights");
        }
        this.classes = classes;
        this.features = keys.length;
        this.bias = bias.clone();
        this.stride = WEIGHTS + classes;
        int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2) - 1) << 1;
        this.mask = capacity - 1;
        this.table = new int[capacity * stride];
        for (int row = 0; row < keys.length; row++) {
            int slot = keys[row] & mask;
            while (table[slot * stride + USED] != 0) {
                if (table[slot * stride + KEY] == keys[row]) {
                    throw new IllegalArgumentException("duplicate feature key " + keys[row]);
                }
                slot = (slot + 1) & mask;
            }
            int base = slot * stride;
            table[base + USED] = 1;
            table[base + KEY] = keys[row];
            table[base + SCALE] = Float.floatToRawIntBits(scales[row]);
            for (int k = 0; k < classes; k++) {
                table[base + WEIGHTS + k] = Float.floatToRawIntBits(weights[row * classes + k]);
            }
        }
    }

    public int classes() {
        return classes;
    }

    public int features() {
        return features;
    }

    /** The slot of a feature key, or -1 when the model does not know it. */
    public int slot(int key) {
        int slot = key & mask;
        while (table[slot * stride + USED] != 0) {
            if (table[slot * stride + KEY] == key) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    public float weight(int slot, int k) {
        return Float.intBitsToFloat(table[slot * stride + WEIGHTS + k]);
    }

    public float scale(int slot) {
        return Float.intBitsToFloat(table[slot * stride + SCALE]);
    }

    /** The raw scores (bias plus weighted, normalised features) of one article, one per class. */
    public double[] scores(FeatureVector features) {
        return scores(features, null);
    }

    /**
     * The raw scores of one article, one per class.
     *
     * @param slots when not null, receives the slot of each feature (-1 for unknown ones), index for index
     */
    public double[] scores(FeatureVector features, int[] slots) {
        double[] sums = new double[classes];
        double norm = 0;
        for (int i = 0; i < features.size(); i++) {
            int slot = slot(features.key(i));
            if (slots != null) {
                slots[i] = slot;
            }
            if (slot < 0) {
                continue;
            }
            int base = slot * stride;
            double value = features.value(i) * Float.intBitsToFloat(table[base + SCALE]);
            norm += value * value;
            for (int k = 0; k < classes; k++) {
                sums[k] += Float.intBitsToFloat(table[base + WEIGHTS + k]) * value;
            }
        }
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        double[] scores = new double[classes];
        for (int k = 0; k < classes; k++) {
            scores[k] = bias[k] + sums[k] * scale;
        }
        return scores;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(classes);
        out.writeInt(features);
        for (float b : bias) {
            out.writeFloat(b);
        }
        // Rows in key order, so that the same weights always give the same bytes.
        long[] order = new long[features];
        int n = 0;
        for (int slot = 0; slot <= mask; slot++) {
            if (table[slot * stride + USED] != 0) {
                order[n++] = (long) table[slot * stride + KEY] << 32 | slot;
            }
        }
        Arrays.sort(order);
        for (long entry : order) {
            int base = (int) entry * stride;
            for (int i = KEY; i < stride; i++) {
                out.writeInt(table[base + i]);
            }
        }
    }

    static LinearModel read(DataInputStream in) throws IOException {
        int classes = in.readInt();
        int rows = in.readInt();
        if (classes < 1 || classes > 1000 || rows < 0 || rows > 50_000_000) {
            throw new IOException("not a linear model: " + classes + " classes, " + rows + " rows");
        }
        float[] bias = new float[classes];
        for (int k = 0; k < classes; k++) {
            bias[k] = in.readFloat();
        }
        int[] keys = new int[rows];
        float[] scales = new float[rows];
        float[] weights = new float[rows * classes];
        for (int row = 0; row < rows; row++) {
            keys[row] = in.readInt();
            scales[row] = in.readFloat();
            for (int k = 0; k < classes; k++) {
                weights[row * classes + k] = in.readFloat();
            }
        }
        return new LinearModel(classes, bias, keys, scales, weights);
    }
}
