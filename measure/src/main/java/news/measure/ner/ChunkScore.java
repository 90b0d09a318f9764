package news.measure.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.enrich.entities.tagger.Tags;

/**
 * Exact-chunk scoring as conlleval does it: a chunk is a maximal run of one type opened by its {@code B-} tag (or by
 * an {@code I-} tag after another type or {@code O}); a predicted chunk counts only when a gold chunk has the same
 * start, end and type. Counts per type (PER, ORG, LOC, MISC) and overall.
 */
public final class ChunkScore {
    private final int[] correct = new int[4];
    private final int[] predicted = new int[4];
    private final int[] gold = new int[4];

    /** Adds one sentence's gold and predicted tags. */
    public void add(int[] goldTags, int[] predictedTags) {
        Set<Long> goldChunks = new HashSet<>();
        for (long chunk : chunks(goldTags)) {
            goldChunks.add(chunk);
            gold[(int) (chunk & 3)]++;
        }
        for (long chunk : chunks(predictedTags)) {
            int type = (int) (chunk & 3);
            predicted[type]++;
            if (goldChunks.contains(chunk)) {
                correct[type]++;
            }
        }
    }

    /** Chunks as {@code start << 34 | end << 2 | type}. */
    static List<Long> chunks(int[] tags) {
        List<Long> out = new java.util.ArrayList<>();
        int start = -1;
        int type = -1;
        for (int i = 0; i <= tags.length; i++) {
            int tag = i < tags.length ? tags[i] : Tags.O;
            boolean continues = tag != Tags.O && !Tags.isBegin(tag) && Tags.type(tag) == type;
            if (start >= 0 && !continues) {
                out.add(((long) start << 34) | ((long) i << 2) | type);
                start = -1;
                type = -1;
            }
            if (tag != Tags.O && start < 0) {
                start = i;
                type = Tags.type(tag);
            }
        }
        return out;
    }

    /** Precision, recall, F1 and gold count of one type (0 PER .. 3 MISC), or of all types with -1. */
    public Prf of(int type) {
        int c = 0;
        int p = 0;
        int g = 0;
        for (int t = 0; t < 4; t++) {
            if (type < 0 || type == t) {
                c += correct[t];
                p += predicted[t];
                g += gold[t];
            }
        }
        return Prf.of(c, p, g);
    }

    /** Precision, recall, F1 (fractions) and support (gold chunks). */
    public record Prf(double precision, double recall, double f1, int support) {
        static Prf of(int correct, int predicted, int gold) {
            double p = predicted == 0 ? 0 : (double) correct / predicted;
            double r = gold == 0 ? 0 : (double) correct / gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return new Prf(p, r, f, gold);
        }
    }
}
