package news.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import news.enrich.entities.Tokenizer;
import news.events.Entity;
import news.events.RawArticle;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Entity extraction with the production extractor (the shipped tagger model, rules for amounts and dates, resolution
 * inside the article) on the ~4 KB article. ops/s is articles/s; the {@code tokens} counter gives tokens/s, the
 * unit of the NER targets, counting tokens as the extractor's own tokenizer splits title and body.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class EntityBenchmark {

    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Tokens {
        /** Read by JMH: tokens tagged in this iteration. */
        public long tokens;
        int perArticle;

        @Setup(Level.Trial)
        public void count(Corpus corpus) {
            RawArticle article = corpus.reference;
            var tokenizer = new Tokenizer();
            perArticle = tokenizer.sentences(article.title()).stream().mapToInt(List::size).sum()
                    + tokenizer.sentences(article.body()).stream().mapToInt(List::size).sum();
        }

        @Setup(Level.Iteration)
        public void reset() {
            tokens = 0;
        }
    }

    @Benchmark
    public List<Entity> extract(Corpus corpus, EnrichSteps steps, Tokens tokens) {
        RawArticle article = corpus.reference;
        tokens.tokens += tokens.perArticle;
        return steps.entities.extract(article.title(), article.body(), article.published());
    }
}
