package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.enrich.topics.TopicConfig;
import news.enrich.topics.TopicScorer;
import news.events.RawArticle;
import news.events.TopicScore;
import news.ingest.parse.ArticleFile;
import news.ingest.parse.ArticleFileParser;
import news.ingest.parse.ParseResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The seeds' topics with the shipped model and settings, each seed parsed as ingest parses it: politics (11000000)
 * among the top three for the diplomacy articles 001–004, economy (04000000) or politics for the trade article 000.
 */
class SeedTopicsTest {
    private static final TopicScorer SCORER = TopicConfig.from(Configuration.load(null, Map.of(), Map.of()).reader())
            .scorer();

    @TestFactory
    Stream<DynamicTest> shouldPutTheSeedsTopicsInTheirTopThree() throws Exception {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("../seeds"))) {
            seeds = files.filter(f -> f.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList();
        }
        assertThat(seeds).hasSize(5);
        return seeds.stream().map(seed -> DynamicTest.dynamicTest(seed.getFileName().toString(), () -> {
            String name = seed.getFileName().toString();
            List<String> topThree = topics(seed).stream().limit(3).map(TopicScore::code).toList();
            if (name.startsWith("000")) {
                assertThat(topThree).as(name).containsAnyOf("04000000", "11000000");
            } else {
                assertThat(topThree).as(name).contains("11000000");
            }
        }));
    }

    private static List<TopicScore> topics(Path seed) throws Exception {
        var file = new ArticleFile(seed.toString(), seed.getFileName().toString(), Files.readAllBytes(seed),
                Instant.parse("2026-01-01T00:00:00Z"));
        ParseResult result = new ArticleFileParser().parse(file);
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        RawArticle article = ((ParseResult.Parsed) result).articles().get(0);
        return SCORER.score(article.title(), article.body(), List.of());
    }
}
