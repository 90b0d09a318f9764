package news.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import news.enrich.entities.Tokenizer;
import news.events.Entity;
import news.events.RawArticle;
import news.ingest.parse.ParseResult;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Entity extraction with the production extractor (the shipped tagger model, rules for amounts and dates, resolution
 * inside the article). {@code extract} runs on the ~4 KB article again and again; the {@code tokens} counter gives
 * tokens/s, the unit of the NER targets, counting tokens as the extractor's own tokenizer splits title and body.
 * {@code extractDistinct} runs on {@code reports} distinct ~4 KB articles in turn ({@link EventReports}), as the
 * pipeline sees them: new names and words arrive with every article, so the tagger's per-word caches miss and its
 * weight table is read where the processor's caches do not hold it. ops/s is articles/s.
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

    /** The distinct articles of {@code extractDistinct} and the next one to extract. */
    @State(Scope.Thread)
    public static class Reports {
        /** How many distinct articles are extracted in turn before the first comes round again. */
        @Param("4096")
        public int reports;
        /**
         * A folder of further {@code .txt} articles whose sentences the reports draw on besides the seeds', such as
         * {@code ../shared/data/bbc} (a far larger vocabulary); none by default.
         */
        @Param("")
        public String texts;
        RawArticle[] articles;
        int next;

        @Setup(Level.Trial)
        public void write(Corpus corpus) {
            var sources = new ArrayList<>(corpus.seedFiles.stream().map(corpus::parse).toList());
            if (!texts.isEmpty()) {
                for (Path file : textFiles(Path.of(texts))) {
                    if (corpus.parser.parse(SeedArticles.file(file)) instanceof ParseResult.Parsed parsed) {
                        sources.addAll(parsed.articles());
                    }
                }
            }
            var writer = new EventReports(sources);
            articles = new RawArticle[reports];
            for (int n = 0; n < reports; n++) {
                articles[n] = corpus.parse(writer.report(n, SeedArticles.READ_AT));
            }
        }

        RawArticle next() {
            RawArticle article = articles[next];
            next = next + 1 == articles.length ? 0 : next + 1;
            return article;
        }

        private static List<Path> textFiles(Path folder) {
            try (Stream<Path> walk = Files.walk(folder)) {
                return walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
        }
    }

    @Benchmark
    public List<Entity> extractDistinct(EnrichSteps steps, Reports reports) {
        RawArticle article = reports.next();
        return steps.entities.extract(article.title(), article.body(), article.published());
    }

    @Benchmark
    public List<Entity> extract(Corpus corpus, EnrichSteps steps, Tokens tokens) {
        RawArticle article = corpus.reference;
        tokens.tokens += tokens.perArticle;
        return steps.entities.extract(article.title(), article.body(), article.published());
    }
}
