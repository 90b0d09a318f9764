package news.measure.ner;

import java.util.Arrays;
import java.util.List;

/**
 * Runs a tagger over gold-tokenised documents: one scored pass, untimed warm-up passes for two seconds, then timed
 * passes on one thread whose median speed (tokens per second) is reported.
 */
public final class NerEvaluation {
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private final int timedPasses;

    public NerEvaluation(int timedPasses) {
        if (timedPasses < 0) {
            throw new IllegalArgumentException("timed passes must be >= 0, not " + timedPasses);
        }
        this.timedPasses = timedPasses;
    }

    /** One tagger's outcome. */
    public record Result(String name, ChunkScore score, double tokensPerSecond, int tokens) {
    }

    public Result run(DocumentTagger tagger, List<ConllDocument> docs) {
        var score = new ChunkScore();
        int tokens = 0;
        long start = System.nanoTime();
        List<int[][]> predictions = docs.stream().map(d -> tagger.tag(d.sentences())).toList();
        double scoredSeconds = (System.nanoTime() - start) / 1e9;
        for (int d = 0; d < docs.size(); d++) {
            ConllDocument doc = docs.get(d);
            tokens += doc.tokenCount();
            for (int s = 0; s < doc.sentences().length; s++) {
                score.add(doc.tags()[s], predictions.get(d)[s]);
            }
        }
        double[] speeds = new double[Math.max(1, timedPasses)];
        speeds[0] = tokens / scoredSeconds;
        long sink = 0;
        if (timedPasses > 0) {
            // Untimed passes until the JIT has had two seconds with the code: one pass over 50k tokens is a tenth
            // of a second, too short for the optimising compiler to finish.
            long warmUntil = System.nanoTime() + WARM_UP_NANOS;
            do {
                for (ConllDocument doc : docs) {
                    sink += tagger.tag(doc.sentences()).length;
                }
            } while (System.nanoTime() < warmUntil);
        }
        for (int pass = 0; pass < timedPasses; pass++) {
            long passStart = System.nanoTime();
            for (ConllDocument doc : docs) {
                sink += tagger.tag(doc.sentences()).length;
            }
            speeds[pass] = tokens / ((System.nanoTime() - passStart) / 1e9);
        }
        if (sink == Long.MIN_VALUE) {
            throw new IllegalStateException(); // keeps the timed work observable
        }
        return new Result(tagger.name(), score, median(speeds), tokens);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
