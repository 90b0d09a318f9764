package news.measure.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.measure.extract.ExtractionEval.ExtractorResult;
import org.junit.jupiter.api.Test;

/**
 * Our extractor on the development pages of the article-extraction benchmark in {@code ../shared/data} (read at run
 * time, never copied). Skipped where that folder is absent, as in a fresh clone. Takes a few seconds.
 */
class ExtractionBenchmarkTest {
    /** The bar for issue 4; the goal in targets.md is 0.96. */
    private static final double MIN_F1 = 0.95;

    @Test
    void shouldReachTheF1BarOnTheDevelopmentPages() throws Exception {
        Path data = findData();
        assumeTrue(data != null, "../shared/data/html-extraction is absent (it is research data kept outside the "
                + "repository): the extraction benchmark is skipped");

        List<EvalPage> pages = PageSet.load(data.resolve("html"), data.resolve("ground-truth.dev.json"));
        ExtractorResult ours = new ExtractionEval(0).run(new NewsflowExtractor(), pages);

        assertThat(pages).hasSizeGreaterThanOrEqualTo(100);
        assertThat(ours.summary().f1()).as("F1 on %d pages", pages.size()).isGreaterThanOrEqualTo(MIN_F1);
    }

    /**
     * The data folder: the system property {@code newsflow.data.html-extraction} when set, else the one beside the
     * repository, whether the test runs in the module or at the repository root.
     */
    private static Path findData() {
        String configured = System.getProperty("newsflow.data.html-extraction");
        String[] candidates = configured != null ? new String[] {configured}
                : new String[] {"../../shared/data/html-extraction", "../shared/data/html-extraction"};
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isRegularFile(path.resolve("ground-truth.dev.json")) && Files.isDirectory(path.resolve("html"))) {
                return path;
            }
        }
        return null;
    }
}
