package news.measure.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.enrich.topics.IptcTopicScorer;
import news.enrich.topics.TopicModel;
import org.junit.jupiter.api.Test;

/**
 * The shipped topic model on the BBC development set in {@code ../shared/data} (read at run time, never copied),
 * over the articles it was not trained on. Skipped where that folder is absent, as in a fresh clone.
 */
class TopicEvalBenchmarkTest {
    /** The bar for issue 6; the goal in targets.md is 0.98. */
    private static final double MIN_TOP1 = 0.97;

    @Test
    void shouldReachTheTopOneBarOnTheHeldOutBbcArticles() throws Exception {
        Path data = findData();
        assumeTrue(data != null, "../shared/data/bbc is absent (it is research data kept outside the repository): "
                + "the topic benchmark is skipped");

        List<LabelledArticle> corpus = BbcCorpus.load(data);
        TopicModel model = TopicModel.builtIn();
        TopicEval.Result result = new TopicEval(0).run(new IptcTopicScorer(model, 0.45, 6), 0.45, corpus,
                TopicTables.labelCodes(Path.of("../config/topics"), TopicTables.BBC_CLASSES));
        var report = new TopicReport(result);

        assertThat(result.overlap()).as("articles the model was trained on").isPositive();
        assertThat(result.outcomes().size() + result.overlap()).isEqualTo(corpus.size());
        assertThat(result.outcomes()).as("unseen articles").hasSizeGreaterThan(300);
        assertThat(report.accuracy()).as(report.table()).isGreaterThanOrEqualTo(MIN_TOP1);
        assertThat(report.macroF1()).isGreaterThanOrEqualTo(0.96);
    }

    /** The data folder: {@code newsflow.data.bbc} when set, else the one beside the repository. */
    private static Path findData() {
        String configured = System.getProperty("newsflow.data.bbc");
        String[] candidates = configured != null ? new String[] {configured}
                : new String[] {"../../shared/data/bbc", "../shared/data/bbc"};
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isDirectory(path.resolve("politics")) && Files.isDirectory(path.resolve("sport"))) {
                return path;
            }
        }
        return null;
    }
}
