package news.measure.ner.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import news.enrich.entities.tagger.Features;
import news.enrich.entities.tagger.Hashes;
import news.enrich.entities.tagger.LongIntMap;
import news.enrich.entities.tagger.WordClusters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Word clusters from unlabelled text: each frequent word is described by its positive pointwise mutual information
 * with the words one and two positions to its left and right, that sparse description is reduced to a dense vector
 * by a fixed random projection, and the normalised vectors are grouped by spherical k-means at the finest
 * granularity; the coarser granularities group the fine centroids (weighted by their words' counts), so clusters
 * nest. Deterministic for a given seed.
 */
public final class ClusterBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterBuilder.class);

    /**
     * @param minCount    words seen fewer times get no cluster
     * @param contexts    the number of most frequent words used as contexts
     * @param dimensions  the size of the projected vectors
     * @param sizes       cluster counts, finest last (at most 3, each at most 1024)
     */
    public record Options(int minCount, int contexts, int dimensions, int[] sizes, int iterations, long seed) {
        public static Options defaults() {
            return new Options(3, 4000, 128, new int[] {64, 256, 1000}, 12, 20030601L);
        }
    }

    private final Options options;

    public ClusterBuilder(Options options) {
        this.options = options;
    }

    /** Words and their unit-length context vectors. */
    public record Embedding(String[] words, float[][] vectors) {
    }

    public WordClusters build(List<String[]> sentences) {
        var random = new SplittableRandom(options.seed());
        Embedding embedding = embed(sentences, random);
        return cluster(embedding, random);
    }

    public Embedding embed(List<String[]> sentences, SplittableRandom random) {
        Map<String, Integer> counts = new HashMap<>();
        long tokens = 0;
        for (String[] s : sentences) {
            for (String t : s) {
                counts.merge(Features.normalise(t), 1, Integer::sum);
                tokens++;
            }
        }
        List<String> byCount = new ArrayList<>(counts.keySet());
        byCount.sort((a, b) -> {
            int c = Integer.compare(counts.get(b), counts.get(a));
            return c != 0 ? c : a.compareTo(b);
        });
        Map<String, Integer> vocabulary = new HashMap<>();
        for (String w : byCount) {
            if (counts.get(w) < options.minCount()) {
                break;
            }
            vocabulary.put(w, vocabulary.size());
        }
        int vocab = vocabulary.size();
        int contexts = Math.min(options.contexts(), vocab);
        LOG.info("clusters: {} tokens, {} words seen at least {} times, {} context words", tokens, vocab,
                options.minCount(), contexts);
        // Co-occurrence counts of (word, position, context word): positions -2, -1, +1, +2.
        int columns = 4 * contexts;
        var pairs = new LongIntMap(1 << 22);
        long[] columnTotals = new long[columns];
        long[] wordTotals = new long[vocab];
        long total = 0;
        int[] ids = new int[256];
        for (String[] s : sentences) {
            if (ids.length < s.length) {
                ids = new int[s.length * 2];
            }
            for (int i = 0; i < s.length; i++) {
                Integer id = vocabulary.get(Features.normalise(s[i]));
                ids[i] = id == null ? -1 : id;
            }
            for (int i = 0; i < s.length; i++) {
                int w = ids[i];
                if (w < 0) {
                    continue;
                }
                for (int d = -2; d <= 2; d++) {
                    int j = i + d;
                    if (d == 0 || j < 0 || j >= s.length || ids[j] < 0 || ids[j] >= contexts) {
                        continue;
                    }
                    int column = (d < 0 ? d + 2 : d + 1) * contexts + ids[j];
                    long key = (long) w * columns + column + 1;
                    pairs.put(key, pairs.get(key, 0) + 1);
                    columnTotals[column]++;
                    wordTotals[w]++;
                    total++;
                }
            }
        }
        LOG.info("clusters: {} distinct co-occurrences", pairs.size());
        int dims = options.dimensions();
        // The PPMI matrix in compressed rows, with context-distribution smoothing (counts^0.75).
        double smoothedTotal = 0;
        double[] smoothed = new double[columns];
        for (int c = 0; c < columns; c++) {
            smoothed[c] = Math.pow(columnTotals[c], 0.75);
            smoothedTotal += smoothed[c];
        }
        int[] rowStart = new int[vocab + 1];
        pairs.forEach((key, count) -> rowStart[(int) ((key - 1) / columns) + 1]++);
        for (int w = 0; w < vocab; w++) {
            rowStart[w + 1] += rowStart[w];
        }
        int[] fill = rowStart.clone();
        int[] column = new int[pairs.size()];
        float[] value = new float[pairs.size()];
        final double norm = smoothedTotal;
        pairs.forEach((key, count) -> {
            long k = key - 1;
            int w = (int) (k / columns);
            int c = (int) (k % columns);
            double pmi = Math.log(count * norm / (wordTotals[w] * smoothed[c]));
            int at = fill[w]++;
            column[at] = c;
            value[at] = (float) Math.max(0, pmi);
        });
        var matrix = new Sparse(vocab, columns, rowStart, column, value);
        // A truncated SVD by the randomised range finder with two power iterations: the words' coordinates on the
        // top right singular directions, so that the noise of a plain random projection does not drown the
        // similarity of rare words.
        float[][] y = matrix.times(gaussians(columns, dims, random));
        for (int q = 0; q < 2; q++) {
            y = matrix.times(orthonormal(matrix.transposeTimes(y, columns)));
        }
        float[][] vectors = matrix.times(orthonormal(matrix.transposeTimes(y, columns)));
        // Centred after normalising: PPMI vectors are non-negative, so without centring every pair of words shares
        // the direction of the common contexts and unrelated words look alike.
        for (float[] v : vectors) {
            normalise(v);
        }
        float[] mean = new float[dims];
        for (float[] v : vectors) {
            for (int d = 0; d < dims; d++) {
                mean[d] += v[d] / vocab;
            }
        }
        for (float[] v : vectors) {
            for (int d = 0; d < dims; d++) {
                v[d] -= mean[d];
            }
            normalise(v);
        }
        String[] words = new String[vocab];
        for (var e : vocabulary.entrySet()) {
            words[e.getValue()] = e.getKey();
        }
        return new Embedding(words, vectors);
    }

    private WordClusters cluster(Embedding embedding, SplittableRandom random) {
        float[][] vectors = embedding.vectors();
        String[] words = embedding.words();
        int vocab = words.length;
        int dims = options.dimensions();
        int[] sizes = options.sizes();
        int finest = sizes[sizes.length - 1];
        float[] weights = new float[vocab];
        Arrays.fill(weights, 1);
        int[] fine = kMeans(vectors, weights, finest, options.iterations(), random);
        // Coarser levels cluster the fine centroids, weighted by how many words each holds.
        float[][] centroids = centroids(vectors, fine, finest, dims);
        float[] sizesOfFine = new float[finest];
        for (int a : fine) {
            sizesOfFine[a]++;
        }
        int[][] levels = new int[sizes.length][];
        levels[sizes.length - 1] = fine;
        for (int g = 0; g < sizes.length - 1; g++) {
            int[] ofCentroid = kMeans(centroids, sizesOfFine, sizes[g], options.iterations() * 2, random);
            int[] level = new int[vocab];
            for (int w = 0; w < vocab; w++) {
                level[w] = ofCentroid[fine[w]];
            }
            levels[g] = level;
        }
        var map = new LongIntMap(vocab);
        for (int w = 0; w < vocab; w++) {
            int packed = 0;
            for (int g = 0; g < sizes.length; g++) {
                packed |= levels[g][w] << (10 * g);
            }
            map.put(Hashes.of(words[w]), packed);
        }
        return new WordClusters(map, sizes.length);
    }

    /** A sparse matrix in compressed rows. */
    private record Sparse(int rows, int columns, int[] rowStart, int[] column, float[] value) {
        float[][] times(float[][] dense) {
            int dims = dense[0].length;
            float[][] out = new float[rows][dims];
            for (int r = 0; r < rows; r++) {
                float[] target = out[r];
                for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                    float v = value[k];
                    if (v == 0) {
                        continue;
                    }
                    float[] source = dense[column[k]];
                    for (int d = 0; d < dims; d++) {
                        target[d] += v * source[d];
                    }
                }
            }
            return out;
        }

        float[][] transposeTimes(float[][] dense, int outRows) {
            int dims = dense[0].length;
            float[][] out = new float[outRows][dims];
            for (int r = 0; r < rows; r++) {
                float[] source = dense[r];
                for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                    float v = value[k];
                    if (v == 0) {
                        continue;
                    }
                    float[] target = out[column[k]];
                    for (int d = 0; d < dims; d++) {
                        target[d] += v * source[d];
                    }
                }
            }
            return out;
        }
    }

    private static float[][] gaussians(int rows, int dims, SplittableRandom random) {
        float[][] out = new float[rows][dims];
        for (float[] row : out) {
            for (int d = 0; d < dims; d++) {
                row[d] = (float) gaussian(random);
            }
        }
        return out;
    }

    /** Orthonormal columns spanning the columns of {@code m} (modified Gram-Schmidt, in double precision). */
    private static float[][] orthonormal(float[][] m) {
        int rows = m.length;
        int dims = m[0].length;
        double[][] cols = new double[dims][rows];
        for (int r = 0; r < rows; r++) {
            for (int d = 0; d < dims; d++) {
                cols[d][r] = m[r][d];
            }
        }
        for (int d = 0; d < dims; d++) {
            double[] c = cols[d];
            for (int e = 0; e < d; e++) {
                double[] b = cols[e];
                double dot = 0;
                for (int r = 0; r < rows; r++) {
                    dot += c[r] * b[r];
                }
                for (int r = 0; r < rows; r++) {
                    c[r] -= dot * b[r];
                }
            }
            double norm = 0;
            for (double x : c) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            if (norm > 1e-12) {
                for (int r = 0; r < rows; r++) {
                    c[r] /= norm;
                }
            }
        }
        float[][] out = new float[rows][dims];
        for (int r = 0; r < rows; r++) {
            for (int d = 0; d < dims; d++) {
                out[r][d] = (float) cols[d][r];
            }
        }
        return out;
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(Math.max(u, 1e-12))) * Math.cos(2 * Math.PI * v);
    }

    private static void normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
    }

    /** Spherical k-means; initial centres are distinct points drawn with the seeded random source. */
    static int[] kMeans(float[][] points, float[] weights, int k, int iterations, SplittableRandom random) {
        int n = points.length;
        int dims = points[0].length;
        k = Math.min(k, n);
        float[][] centres = new float[k][];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int c = 0; c < k; c++) {
            centres[c] = points[order[c]].clone();
        }
        int[] assignment = new int[n];
        Arrays.fill(assignment, -1);
        for (int it = 0; it < iterations; it++) {
            int changed = 0;
            for (int i = 0; i < n; i++) {
                float[] p = points[i];
                int best = 0;
                float top = -Float.MAX_VALUE;
                for (int c = 0; c < k; c++) {
                    float[] centre = centres[c];
                    float dot = 0;
                    for (int d = 0; d < dims; d++) {
                        dot += p[d] * centre[d];
                    }
                    if (dot > top) {
                        top = dot;
                        best = c;
                    }
                }
                if (assignment[i] != best) {
                    changed++;
                    assignment[i] = best;
                }
            }
            float[][] sums = new float[k][dims];
            boolean[] filled = new boolean[k];
            for (int i = 0; i < n; i++) {
                float[] s = sums[assignment[i]];
                float w = weights[i];
                for (int d = 0; d < dims; d++) {
                    s[d] += w * points[i][d];
                }
                filled[assignment[i]] = true;
            }
            for (int c = 0; c < k; c++) {
                if (filled[c]) {
                    normalise(sums[c]);
                    centres[c] = sums[c];
                } else {
                    centres[c] = points[random.nextInt(n)].clone();
                }
            }
            LOG.debug("k-means k={} iteration {}: {} changed", k, it, changed);
            if (changed == 0) {
                break;
            }
        }
        return assignment;
    }

    private static float[][] centroids(float[][] points, int[] assignment, int k, int dims) {
        float[][] sums = new float[k][dims];
        for (int i = 0; i < points.length; i++) {
            for (int d = 0; d < dims; d++) {
                sums[assignment[i]][d] += points[i][d];
            }
        }
        for (float[] s : sums) {
            normalise(s);
        }
        return sums;
    }
}
