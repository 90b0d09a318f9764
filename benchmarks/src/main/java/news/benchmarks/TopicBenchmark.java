package news.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import news.events.Entity;
import news.events.RawArticle;
import news.events.TopicScore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * IPTC topic scoring with the production scorer (the shipped model, threshold and topic limit) on the ~4 KB article
 * and the entities the extractor found in it, which the scorer may use. ops/s is articles/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class TopicBenchmark {

    @State(Scope.Benchmark)
    public static class Extracted {
        List<Entity> entities;

        @Setup(Level.Trial)
        public void extract(Corpus corpus, EnrichSteps steps) {
            RawArticle article = corpus.reference;
            entities = steps.entities.extract(article.title(), article.body(), article.published());
        }
    }

    @Benchmark
    public List<TopicScore> score(Corpus corpus, EnrichSteps steps, Extracted extracted) {
        RawArticle article = corpus.reference;
        return steps.topics.score(article.title(), article.body(), extracted.entities);
    }
}
