package news.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import news.events.TopicScore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shipped model on articles written for these tests ({@code src/test/resources/topics}), one or more per
 * top-level topic, including topics the training corpus has no class for.
 */
class IptcTopicScorerTest {
    private static final TopicModel MODEL = TopicModel.builtIn();
    private static final double THRESHOLD = 0.45;
    private static final IptcTopicScorer SCORER = new IptcTopicScorer(MODEL, THRESHOLD, 6);
    private static final ExecutorService POOL = Executors.newFixedThreadPool(4);

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    /** A test article: line 1 the headline. */
    record Article(String name, String title, String body) {
        static Article read(String name) {
            try (InputStream in = IptcTopicScorerTest.class.getResourceAsStream("/topics/" + name)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int newline = text.indexOf('\n');
                return new Article(name, text.substring(0, newline), text.substring(newline + 1));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        List<TopicScore> topics() {
            return SCORER.score(title, body, List.of());
        }
    }

    /** Rows of expected.tsv: file, the top-level topic that must come first (or empty), others that must be carried. */
    static List<String[]> expectations() throws IOException {
        try (InputStream in = IptcTopicScorerTest.class.getResourceAsStream("/topics/expected.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> shouldRankTheHandWrittenArticlesTopicFirst() throws IOException {
        return expectations().stream().map(row -> DynamicTest.dynamicTest(row[0], () -> {
            Article article = Article.read(row[0]);
            List<TopicScore> topics = article.topics();
            List<String> codes = topics.stream().map(TopicScore::code).toList();
            if (!row[1].isEmpty()) {
                assertThat(firstTopLevel(topics)).as("%s: %s", row[0], topics).isEqualTo(row[1]);
            }
            if (row.length > 2 && !row[2].isEmpty()) {
                assertThat(codes).as("%s: %s", row[0], topics).containsAll(Arrays.asList(row[2].split(",")));
            }
        }));
    }

    @Test
    void shouldScoreATradeDealBetweenStatesAsEconomyAndPolitics() {
        List<TopicScore> topics = Article.read("trade-deal.txt").topics();

        assertThat(topics).filteredOn(t -> t.level() == 1).extracting(TopicScore::code)
                .contains("04000000", "11000000");
        assertThat(topics).filteredOn(t -> t.level() == 1).allSatisfy(t -> assertThat(t.score())
                .isGreaterThanOrEqualTo(THRESHOLD));
    }

    @Test
    void shouldLeaveOutTopicsThatAreOnlyMentioned() {
        // The sport article mentions nothing of economy or politics beyond a word or two.
        List<TopicScore> topics = Article.read("sport.txt").topics();

        assertThat(topics).filteredOn(t -> t.level() == 1).extracting(TopicScore::code).containsExactly("15000000");
    }

    @Test
    void shouldCarryCodesUrisLabelsLevelsScoresAndEvidence() {
        for (String name : List.of("weather.txt", "economy.txt", "conflict.txt", "trade-deal.txt")) {
            List<TopicScore> topics = Article.read(name).topics();

            assertThat(topics).as(name).isNotEmpty().hasSizeLessThanOrEqualTo(6);
            assertThat(topics.get(0).level()).as(name).isEqualTo(1);
            for (TopicScore t : topics) {
                assertThat(t.code()).matches("[0-9]{8}");
                assertThat(t.uri()).isEqualTo("medtop:" + t.code());
                assertThat(t.label()).isNotBlank();
                assertThat(t.level()).isBetween(1, 2);
                assertThat(t.score()).isBetween(0.0, 1.0);
                assertThat(t.evidence()).as("%s %s", name, t).isNotEmpty().hasSizeLessThanOrEqualTo(5);
            }
            assertThat(topics).extracting(TopicScore::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        }
    }

    @Test
    void shouldCarrySecondLevelTopicsOnlyUnderTheirParent() {
        for (String[] row : expectationsUnchecked()) {
            List<TopicScore> topics = Article.read(row[0]).topics();
            List<String> topLevel = topics.stream().filter(t -> t.level() == 1).map(TopicScore::code).toList();
            for (TopicScore second : topics.stream().filter(t -> t.level() == 2).toList()) {
                MediaTopic topic = MODEL.topics().stream().filter(m -> m.code().equals(second.code())).findFirst()
                        .orElseThrow();
                assertThat(topLevel).as("%s: %s", row[0], topics).contains(MODEL.topics().get(topic.parent()).code());
            }
        }
    }

    @Test
    void shouldNameEvidenceFoundInTheText() {
        TopicScore weather = Article.read("weather.txt").topics().get(0);

        assertThat(weather.code()).isEqualTo("17000000");
        assertThat(weather.evidence()).anyMatch(term -> term.startsWith("snow") || term.startsWith("forecast")
                || term.startsWith("meteorolog"));
    }

    @Test
    void shouldAlwaysCarryTheBestTopLevelTopic() {
        assertThat(SCORER.score("", "", List.of())).hasSize(1).allSatisfy(t -> assertThat(t.level()).isEqualTo(1));
        assertThat(SCORER.score("Hello", "Nothing to see here.", List.of())).hasSizeGreaterThanOrEqualTo(1);
        assertThat(new IptcTopicScorer(MODEL, 1.0, 6).score(Article.read("economy.txt").title(),
                Article.read("economy.txt").body(), List.of())).hasSize(1);
    }

    @Test
    void shouldScoreTheSameOnManyThreads() throws Exception {
        List<Article> articles = expectationsUnchecked().stream().map(row -> Article.read(row[0])).toList();
        List<List<TopicScore>> alone = articles.stream().map(Article::topics).toList();

        var futures = new ArrayList<Future<List<TopicScore>>>();
        for (int round = 0; round < 20; round++) {
            for (Article article : articles) {
                futures.add(POOL.submit(article::topics));
            }
        }
        for (int i = 0; i < futures.size(); i++) {
            assertThat(futures.get(i).get()).isEqualTo(alone.get(i % articles.size()));
        }
    }

    private static String firstTopLevel(List<TopicScore> topics) {
        return topics.stream().filter(t -> t.level() == 1).map(TopicScore::code).findFirst().orElse("");
    }

    private static List<String[]> expectationsUnchecked() {
        try {
            return expectations();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
