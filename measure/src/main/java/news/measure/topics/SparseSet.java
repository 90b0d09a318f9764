package news.measure.topics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.enrich.topics.FeatureVector;

/**
 * Training articles as sparse rows over a fixed vocabulary of feature keys: the keys that occur in at least
 * {@code minDocuments} articles, in key order (so the same articles always give the same columns). A value is the
 * feature's value times its inverse document frequency {@code ln((N+1)/(df+1)) + 1}, each row scaled to unit
 * length over the vocabulary: what {@link news.enrich.topics.LinearModel} computes when scoring.
 */
final class SparseSet {
    final int[] keys;
    final float[] idf;
    final int[][] columns;
    final float[][] values;

    private SparseSet(int[] keys, float[] idf, int[][] columns, float[][] values) {
        this.keys = keys;
        this.idf = idf;
        this.columns = columns;
        this.values = values;
    }

    int rows() {
        return columns.length;
    }

    int features() {
        return keys.length;
    }

    static SparseSet of(List<FeatureVector> vectors, int minDocuments) {
        var df = new HashMap<Integer, Integer>();
        for (FeatureVector v : vectors) {
            for (int i = 0; i < v.size(); i++) {
                df.merge(v.key(i), 1, Integer::sum);
            }
        }
        int[] keys = df.entrySet().stream().filter(e -> e.getValue() >= minDocuments).mapToInt(Map.Entry::getKey)
                .sorted().toArray();
        float[] idf = new float[keys.length];
        for (int i = 0; i < keys.length; i++) {
            idf[i] = (float) (Math.log((vectors.size() + 1.0) / (df.get(keys[i]) + 1.0)) + 1);
        }
        return withKeys(vectors, keys, idf);
    }

    /** The rows of {@code vectors} over the given vocabulary; features outside it are left out. */
    static SparseSet withKeys(List<FeatureVector> vectors, int[] keys, float[] idf) {
        int[][] columns = new int[vectors.size()][];
        float[][] values = new float[vectors.size()][];
        for (int r = 0; r < vectors.size(); r++) {
            FeatureVector v = vectors.get(r);
            int[] cols = new int[v.size()];
            float[] vals = new float[v.size()];
            int n = 0;
            double norm = 0;
            for (int i = 0; i < v.size(); i++) {
                int col = Arrays.binarySearch(keys, v.key(i));
                if (col >= 0) {
                    cols[n] = col;
                    vals[n] = v.value(i) * idf[col];
                    norm += (double) vals[n] * vals[n];
                    n++;
                }
            }
            float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < n; i++) {
                vals[i] *= scale;
            }
            columns[r] = Arrays.copyOf(cols, n);
            values[r] = Arrays.copyOf(vals, n);
        }
        return new SparseSet(keys, idf, columns, values);
    }

    /** The rows at the given indexes, same vocabulary. */
    SparseSet subset(int[] rows) {
        int[][] cols = new int[rows.length][];
        float[][] vals = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            cols[i] = columns[rows[i]];
            vals[i] = values[rows[i]];
        }
        return new SparseSet(keys, idf, cols, vals);
    }
}
