package news.measure.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.enrich.topics.IptcTopicScorer;
import news.events.TopicScore;
import news.measure.extract.EvalInputException;

/**
 * Scores a labelled corpus with the topic scorer: the top-level topic ranked first against the IPTC topic the
 * article's class stands for. Articles the model was trained on (same content id) are skipped and counted. One
 * scored pass, then (when asked) untimed warm-up passes over at least {@value #WARM_UP} articles, so that the JIT
 * has compiled the scorer fully, and timed passes on one thread, whose median speed is reported.
 */
public final class TopicEval {
    /** Articles scored before timing: a single pass over a few hundred articles leaves the scorer half-compiled. */
    static final int WARM_UP = 20_000;
    private final int timedPasses;

    public TopicEval(int timedPasses) {
        if (timedPasses < 0) {
            throw new IllegalArgumentException("timed passes must be >= 0, not " + timedPasses);
        }
        this.timedPasses = timedPasses;
    }

    /** One article's outcome: {@code predicted} is the code of its best top-level topic. */
    public record Outcome(LabelledArticle article, String gold, String predicted, List<TopicScore> topics) {
        public boolean correct() {
            return gold.equals(predicted);
        }
    }

    /**
     * @param classCodes each class label of the corpus and the top-level code it stands for, in label order
     * @param overlap    articles skipped because the model was trained on them
     */
    public record Result(List<Outcome> outcomes, Map<String, String> classCodes, int overlap, double articlesPerSecond,
                         double threshold) {
        public Result {
            outcomes = List.copyOf(outcomes);
            classCodes = Map.copyOf(classCodes);
        }
    }

    public Result run(IptcTopicScorer scorer, double threshold, List<LabelledArticle> corpus,
                      Map<String, List<String>> classes) throws EvalInputException {
        var classCodes = new LinkedHashMap<String, String>();
        var unseen = new ArrayList<LabelledArticle>();
        int overlap = 0;
        for (LabelledArticle article : corpus) {
            String label = article.labels().get(0);
            List<String> codes = classes.get(label);
            if (codes == null || codes.isEmpty()) {
                throw new EvalInputException("class '" + label + "' has no media topic in " + TopicTables.BBC_CLASSES);
            }
            classCodes.put(label, codes.get(0));
            if (scorer.model().trainedOn(article.id())) {
                overlap++;
            } else {
                unseen.add(article);
            }
        }
        var outcomes = new ArrayList<Outcome>(unseen.size());
        long start = System.nanoTime();
        for (LabelledArticle article : unseen) {
            List<TopicScore> topics = scorer.score(article.title(), article.body(), List.of());
            outcomes.add(new Outcome(article, classCodes.get(article.labels().get(0)), best(topics), topics));
        }
        double[] speeds = new double[Math.max(1, timedPasses)];
        speeds[0] = unseen.size() / ((System.nanoTime() - start) / 1e9);
        long sink = 0;
        for (int warmed = 0; timedPasses > 0 && !unseen.isEmpty() && warmed < WARM_UP; warmed += unseen.size()) {
            for (LabelledArticle article : unseen) {
                sink += scorer.score(article.title(), article.body(), List.of()).size();
            }
        }
        for (int pass = 0; pass < timedPasses; pass++) {
            long passStart = System.nanoTime();
            for (LabelledArticle article : unseen) {
                sink += scorer.score(article.title(), article.body(), List.of()).size();
            }
            speeds[pass] = unseen.size() / ((System.nanoTime() - passStart) / 1e9);
        }
        if (sink == Long.MIN_VALUE) {
            // Never true; keeps the timed work observable so the JIT cannot drop it.
            throw new IllegalStateException();
        }
        Arrays.sort(speeds);
        double median = speeds.length % 2 == 1 ? speeds[speeds.length / 2]
                : (speeds[speeds.length / 2 - 1] + speeds[speeds.length / 2]) / 2;
        return new Result(outcomes, classCodes, overlap, unseen.isEmpty() ? 0 : median, threshold);
    }

    /** The code of the first top-level topic of a ranked list; "" when there is none. */
    static String best(List<TopicScore> topics) {
        return topics.stream().filter(t -> t.level() == 1).map(TopicScore::code).findFirst().orElse("");
    }
}
