package news.enrich.entities.tagger;

/**
 * The weights of a model, {@link Tags#COUNT} 16-bit integers per row, holding only the rows that are not all zero:
 * about a tenth of them in the shipped model, as most hashed features never occurred in training. Packed, the
 * table is about 2 MB where the full one was 19 MB, so the rows a document reads mostly come from the processor's
 * caches rather than memory, and a row that is not held costs no read of weights at all. A bit per row says whether
 * it is held; a count per 64 rows, plus the bits below, gives where its weights are. Immutable.
 */
final class WeightTable {
    private final int rows;
    private final long[] held;
    private final int[] heldBefore;
    private final short[] packed;

    /**
     * A table of {@code rows} rows holding {@code heldRows} (in increasing order) with their weights,
     * {@link Tags#COUNT} per row in {@code heldWeights}; every other row is all zero.
     */
    WeightTable(int rows, int[] heldRows, short[] heldWeights) {
        if (heldWeights.length != heldRows.length * Tags.COUNT) {
            throw new IllegalArgumentException(heldRows.length + " rows, " + heldWeights.length + " weights");
        }
        this.rows = rows;
        held = new long[(rows + 63) >>> 6];
        int last = -1;
        for (int r : heldRows) {
            if (r <= last || r >= rows) {
                throw new IllegalArgumentException("rows out of order or range at " + r);
            }
            held[r >>> 6] |= 1L << r;
            last = r;
        }
        heldBefore = new int[held.length];
        int count = 0;
        for (int w = 0; w < held.length; w++) {
            heldBefore[w] = count;
            count += Long.bitCount(held[w]);
        }
        packed = heldWeights;
    }

    /** The table of {@code full}, {@link Tags#COUNT} weights per row, row after row: its rows not all zero. */
    static WeightTable of(short[] full) {
        if (full.length % Tags.COUNT != 0) {
            throw new IllegalArgumentException("not whole rows: " + full.length + " weights");
        }
        int rows = full.length / Tags.COUNT;
        int[] heldRows = new int[rows];
        int count = 0;
        for (int r = 0; r < rows; r++) {
            for (int t = 0; t < Tags.COUNT; t++) {
                if (full[r * Tags.COUNT + t] != 0) {
                    heldRows[count++] = r;
                    break;
                }
            }
        }
        short[] heldWeights = new short[count * Tags.COUNT];
        for (int k = 0; k < count; k++) {
            System.arraycopy(full, heldRows[k] * Tags.COUNT, heldWeights, k * Tags.COUNT, Tags.COUNT);
        }
        return new WeightTable(rows, java.util.Arrays.copyOf(heldRows, count), heldWeights);
    }

    int rows() {
        return rows;
    }

    boolean held(int row) {
        return (held[row >>> 6] & 1L << row) != 0;
    }

    /** Weight {@code tag} of {@code row}; 0 for a row not held. */
    short weight(int row, int tag) {
        int at = offset(row);
        return at < 0 ? 0 : packed[at + tag];
    }

    /** Adds the weights of the rows {@code rows[from, from + count)} to {@code out[at, at + Tags.COUNT)}. */
    void add(int[] rows, int from, int count, int[] out, int at) {
        short[] w = packed;
        int s0 = out[at], s1 = out[at + 1], s2 = out[at + 2], s3 = out[at + 3], s4 = out[at + 4],
                s5 = out[at + 5], s6 = out[at + 6], s7 = out[at + 7], s8 = out[at + 8];
        for (int k = from; k < from + count; k++) {
            int b = offset(rows[k]);
            if (b < 0) {
                continue;
            }
            s0 += w[b];
            s1 += w[b + 1];
            s2 += w[b + 2];
            s3 += w[b + 3];
            s4 += w[b + 4];
            s5 += w[b + 5];
            s6 += w[b + 6];
            s7 += w[b + 7];
            s8 += w[b + 8];
        }
        out[at] = s0;
        out[at + 1] = s1;
        out[at + 2] = s2;
        out[at + 3] = s3;
        out[at + 4] = s4;
        out[at + 5] = s5;
        out[at + 6] = s6;
        out[at + 7] = s7;
        out[at + 8] = s8;
    }

    /** Where the weights of {@code row} start in the packed array, or -1 when the row is not held. */
    private int offset(int row) {
        long bits = held[row >>> 6];
        long bit = 1L << row;
        if ((bits & bit) == 0) {
            return -1;
        }
        return (heldBefore[row >>> 6] + Long.bitCount(bits & (bit - 1))) * Tags.COUNT;
    }
}
