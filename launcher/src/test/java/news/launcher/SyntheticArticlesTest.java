package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import news.events.ArticleIdentity;
import org.junit.jupiter.api.Test;

class SyntheticArticlesTest {
    private final SyntheticArticles synthetic;

    SyntheticArticlesTest() throws Exception {
        synthetic = SyntheticArticles.fromTexts(List.of(Path.of("../seeds")));
    }

    @Test
    void articlesAreAboutFourKilobytesUniqueAndTheSameInEveryRun() throws Exception {
        var texts = new HashSet<String>();
        var titles = new HashSet<String>();
        for (int n = 0; n < 500; n++) {
            SyntheticArticles.Article article = synthetic.article(n);
            assertThat(article.text().length()).isBetween(SyntheticArticles.DEFAULT_CHARS,
                    SyntheticArticles.DEFAULT_CHARS + 1000);
            texts.add(ArticleIdentity.sha256Hex(article.text().getBytes()));
            titles.add(article.text().substring(0, article.text().indexOf('\n')));
        }
        assertThat(texts).hasSize(500);
        assertThat(titles).hasSize(500);
        assertThat(SyntheticArticles.fromTexts(List.of(Path.of("../seeds"))).article(123)).isEqualTo(synthetic.article(123));
    }

    @Test
    void articlesComeInEventsOfOneToSixThatShareTheirActor() {
        List<String> actors = IntStream.range(0, 640).mapToObj(n -> {
            String title = synthetic.article(n).text();
            String[] words = title.split(" ", 3);
            return words[0] + " " + words[1];
        }).toList();
        int events = 1;
        int run = 1;
        int longest = 1;
        for (int n = 1; n < actors.size(); n++) {
            if (actors.get(n).equals(actors.get(n - 1))) {
                longest = Math.max(longest, ++run);
            } else {
                events++;
                run = 1;
            }
        }
        assertThat(longest).isBetween(2, 6);
        assertThat(events).isBetween(640 / 6, 640 / 2);
    }

    @Test
    void percentilesAreNearestRank() {
        List<Double> values = IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList();
        assertThat(BenchCommand.percentile(values, 0.50)).isEqualTo(50.0);
        assertThat(BenchCommand.percentile(values, 0.99)).isEqualTo(99.0);
        assertThat(BenchCommand.percentile(values, 1.0)).isEqualTo(100.0);
        assertThat(BenchCommand.percentile(List.of(), 0.5)).isNaN();
    }

    @Test
    void threadsAreCountedToTheirStage() {
        assertThat(BenchCommand.stageOf("bench-enrich-0cf1-StreamThread-2")).isEqualTo("enrich");
        assertThat(BenchCommand.stageOf("kafka-producer-network-thread | bench-sink-9a-StreamThread-1-producer"))
                .isEqualTo("sink");
        assertThat(BenchCommand.stageOf("news-ingest")).isEqualTo("ingest");
        assertThat(BenchCommand.stageOf("main")).isNull();
    }
}
