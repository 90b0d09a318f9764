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

    public WordClusters build(List<String[]> sentences) {
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
        float[][] projection = new float[columns][dims];
        var random = new SplittableRandom(options.seed());
        for (float[] row : projection) {
            for (int k = 0; k < dims; k++) {
                row[k] = (float) gaussian(random);
            }
        }
        float[][] vectors = new float[vocab][dims];
        final long all = total;
        pairs.forEach((key, count) -> {
            long k = key - 1;
            int w = (int) (k / columns);
            int column = (int) (k % columns);
            double pmi = Math.log((double) count * all / ((double) wordTotals[w] * columnTotals[column]));
            if (pmi > 0) {
                float v = (float) pmi;
                float[] target = vectors[w];
                float[] r = projection[column];
                for (int d = 0; d < dims; d++) {
                    target[d] += v * r[d];
                }
            }
        });
        for (float[] v : vectors) {
            normalise(v);
        }
        int[] sizes = options.sizes();
        int finest = sizes[sizes.length - 1];
        float[] weights = new float[vocab];
        String[] words = new String[vocab];
        for (var e : vocabulary.entrySet()) {
            words[e.getValue()] = e.getKey();
            weights[e.getValue()] = 1;
        }
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
