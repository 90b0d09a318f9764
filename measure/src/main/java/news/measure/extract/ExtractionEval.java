package news.measure.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import news.measure.extract.ShingleScorer.PageScore;

/**
 * Runs extractors over a page set: one pass that is scored, one more untimed warm-up pass, then timed passes on
 * one thread whose median speed is reported. Pages are in memory, so the speed is that of decoding, parsing and
 * extracting only.
 */
public final class ExtractionEval {
    private final int timedPasses;

    /** @param timedPasses passes timed after the scored one; 0 reports the scored pass's speed */
    public ExtractionEval(int timedPasses) {
        if (timedPasses < 0) {
            throw new IllegalArgumentException("timed passes must be >= 0, not " + timedPasses);
        }
        this.timedPasses = timedPasses;
    }

    /** One page's outcome for one extractor. */
    public record PageResult(EvalPage page, String prediction, PageScore score) {
    }

    /** One extractor's outcome over the set. */
    public record ExtractorResult(String name, ShingleScorer.Summary summary, double pagesPerSecond,
                                  List<PageResult> pages) {
        public ExtractorResult {
            pages = List.copyOf(pages);
        }
    }

    public ExtractorResult run(BodyExtractor extractor, List<EvalPage> pages) {
        var results = new ArrayList<PageResult>();
        var scores = new ArrayList<PageScore>();
        long start = System.nanoTime();
        for (EvalPage page : pages) {
            String prediction = extractor.extract(page);
            results.add(new PageResult(page, prediction, null));
        }
        double scoredPassSeconds = (System.nanoTime() - start) / 1e9;
        for (int i = 0; i < results.size(); i++) {
            PageResult result = results.get(i);
            PageScore score = ShingleScorer.score(result.page().truth(), result.prediction());
            scores.add(score);
            results.set(i, new PageResult(result.page(), result.prediction(), score));
        }
        double[] speeds = new double[Math.max(1, timedPasses)];
        speeds[0] = pages.size() / scoredPassSeconds;
        long sink = 0;
        if (timedPasses > 0) {
            // One more untimed pass: the scored pass alone leaves much of the code to the JIT's first tiers.
            for (EvalPage page : pages) {
                sink += extractor.extract(page).length();
            }
        }
        for (int pass = 0; pass < timedPasses; pass++) {
            long passStart = System.nanoTime();
            for (EvalPage page : pages) {
                sink += extractor.extract(page).length();
            }
            speeds[pass] = pages.size() / ((System.nanoTime() - passStart) / 1e9);
        }
        if (sink == Long.MIN_VALUE) {
            // Never true; keeps the timed work observable so the JIT cannot drop it.
            throw new IllegalStateException();
        }
        return new ExtractorResult(extractor.name(), ShingleScorer.summarise(scores), median(speeds), results);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
