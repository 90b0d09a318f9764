package news.enrich.entities.tagger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained tagger: the weight table ({@code 2^bits} rows of {@link Tags#COUNT} weights), the word clusters and the
 * gazetteer, all derived data (hashes and numbers, no text). Stored gzip-compressed: a header, the clusters and
 * gazetteer as hash/value pairs, then the non-zero rows, their indexes delta-coded and their weights quantised to
 * 16 bits. In memory the weights stay 16-bit integers (one scale for all): half the memory traffic of floats,
 * and the tagger adds them exactly; only the rows that are not all zero are kept ({@link WeightTable}). Immutable
 * once built.
 */
public final class TaggerModel {
    private static final int MAGIC = 0x4e46_4e52; // "NFNR"
    private static final int VERSION = 1;

    private final Features features;
    private final Gazetteer gazetteer;
    private final WeightTable weights;
    private final float scale;

    /** A model from trained weights, quantised to 16 bits. */
    public TaggerModel(Features features, Gazetteer gazetteer, float[] trained) {
        this(features, gazetteer, WeightTable.of(quantise(trained, scaleOf(trained))), scaleOf(trained));
    }

    private TaggerModel(Features features, Gazetteer gazetteer, WeightTable weights, float scale) {
        if (weights.rows() != 1 << features.bits()) {
            throw new IllegalArgumentException("weights for 2^" + features.bits() + " rows expected");
        }
        this.features = features;
        this.gazetteer = gazetteer;
        this.weights = weights;
        this.scale = scale;
    }

    private static float scaleOf(float[] trained) {
        float max = 0;
        for (float w : trained) {
            max = Math.max(max, Math.abs(w));
        }
        return max == 0 ? 1 : max / Short.MAX_VALUE;
    }

    private static short[] quantise(float[] trained, float scale) {
        short[] out = new short[trained.length];
        for (int i = 0; i < trained.length; i++) {
            out[i] = (short) Math.round(trained[i] / scale);
        }
        return out;
    }

    public Features features() {
        return features;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    WeightTable weights() {
        return weights;
    }

    public void write(OutputStream target) throws IOException {
        var out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target, 1 << 16), 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(features.bits());
        WordClusters clusters = features.clusters();
        out.writeInt(clusters.granularities());
        writeMap(out, clusters.map());
        writeMap(out, gazetteer.names());
        out.writeFloat(scale);
        int rows = weights.rows();
        int used = 0;
        for (int r = 0; r < rows; r++) {
            if (weights.held(r)) {
                used++;
            }
        }
        out.writeInt(used);
        int last = 0;
        for (int r = 0; r < rows; r++) {
            if (!weights.held(r)) {
                continue;
            }
            writeVarInt(out, r - last);
            last = r;
            for (int t = 0; t < Tags.COUNT; t++) {
                out.writeShort(weights.weight(r, t));
            }
        }
        out.flush();
        out.close();
    }

    public static TaggerModel read(InputStream source) throws IOException {
        var in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a newsflow tagger model");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("tagger model version " + version + ", this build reads " + VERSION);
        }
        int bits = in.readInt();
        if (bits < 10 || bits > 26) {
            throw new IOException("bad model: " + bits + " bits");
        }
        int granularities = in.readInt();
        LongIntMap clusters = readMap(in);
        LongIntMap names = readMap(in);
        float scale = in.readFloat();
        int used = in.readInt();
        int[] rows = new int[used];
        short[] weights = new short[used * Tags.COUNT];
        int row = 0;
        for (int i = 0; i < used; i++) {
            row += readVarInt(in);
            rows[i] = row;
            for (int t = 0; t < Tags.COUNT; t++) {
                weights[i * Tags.COUNT + t] = in.readShort();
            }
        }
        WeightTable table;
        try {
            table = new WeightTable(1 << bits, rows, weights);
        } catch (IllegalArgumentException e) {
            throw new IOException("bad model: " + e.getMessage(), e);
        }
        return new TaggerModel(new Features(bits, new WordClusters(clusters, granularities)), new Gazetteer(names),
                table, scale);
    }

    private static void writeMap(DataOutputStream out, LongIntMap map) throws IOException {
        out.writeInt(map.size());
        IOException[] failure = new IOException[1];
        map.forEach((key, value) -> {
            try {
                out.writeLong(key);
                out.writeInt(value);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static LongIntMap readMap(DataInputStream in) throws IOException {
        int size = in.readInt();
        var map = new LongIntMap(size);
        for (int i = 0; i < size; i++) {
            map.put(in.readLong(), in.readInt());
        }
        return map;
    }

    private static void writeVarInt(DataOutputStream out, int value) throws IOException {
        while ((value & ~0x7f) != 0) {
            out.writeByte((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int value = 0;
        int shift = 0;
        while (true) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
            shift += 7;
        }
    }
}
