package news.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.concurrent.TimeUnit;
import news.enrich.ArticleEnricher;
import news.enrich.stories.MapStoryMemory;
import news.enrich.stories.StoryGrouper;
import news.events.EnrichedArticle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Story assignment, {@code StoryGrouper.assign}, of the enriched ~4 KB article against a {@link MapStoryMemory}
 * filled by assigning {@code articles} earlier enriched ~4 KB articles spread over the two days before it (all still
 * in open stories): vector, candidate stories from the inverted index, similarity to each, then the writes of the
 * decision (profile, membership, postings, entity names). ops/s is articles/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class StoryBenchmark {
    private static final Instant NOW = Instant.parse("2026-02-06T08:00:00Z");
    private static final Duration SPREAD = Duration.ofDays(2);

    @State(Scope.Thread)
    public static class Stories {
        @Param("3000")
        public int articles;

        ScratchStoryMemory memory;
        StoryGrouper grouper;
        EnrichedArticle article;

        @Setup(Level.Trial)
        public void fill(Corpus corpus, EnrichSteps steps) {
            var enricher = new ArticleEnricher(steps.entities, steps.topics, Clock.fixed(NOW, ZoneOffset.UTC));
            var filled = new MapStoryMemory();
            var filling = new StoryGrouper(steps.stories, filled, steps.places);
            var stories = new HashSet<String>();
            for (int n = 0; n < articles; n++) {
                Instant at = NOW.minus(SPREAD).plus(SPREAD.multipliedBy(n).dividedBy(articles));
                stories.add(filling.assign(enricher.enrich(corpus.parse(corpus.synthetic.variant(n, at))))
                        .article().storyId());
            }
            memory = new ScratchStoryMemory(filled);
            grouper = new StoryGrouper(steps.stories, memory, steps.places);
            article = enricher.enrich(corpus.reference);
            System.out.printf("story memory: %d articles in %d stories%n", articles, stories.size());
        }
    }

    @Benchmark
    public StoryGrouper.Decision assign(Stories stories) {
        StoryGrouper.Decision decision = stories.grouper.assign(stories.article);
        stories.memory.discard();
        return decision;
    }
}
