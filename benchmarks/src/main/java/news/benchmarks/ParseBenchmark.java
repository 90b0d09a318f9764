package news.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import news.ingest.parse.ArticleFile;
import news.ingest.parse.ParseResult;
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
 * Ingest's parsing, {@code ArticleFileParser.parse}: bytes of one file to the article ingest publishes (decoding,
 * format rules, NFC cleaning, content id, language). One operation is one file, so ops/s is files (= articles)/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParseBenchmark {
    /** A page written for ingest's HTML tests: metadata, JSON-LD, boilerplate around a short article. */
    static final String HTML_FIXTURE = "ingest/src/test/resources/html/jsonld-article.html";

    /** Walks the seeds in turn, one per operation, so the figure is the average over all five. */
    @State(Scope.Thread)
    public static class SeedCursor {
        int next;

        ArticleFile next(Corpus corpus) {
            ArticleFile file = corpus.seedFiles.get(next);
            next = next + 1 == corpus.seedFiles.size() ? 0 : next + 1;
            return file;
        }
    }

    @State(Scope.Benchmark)
    public static class HtmlPage {
        ArticleFile page;

        @Setup(Level.Trial)
        public void load() {
            Path path = SeedArticles.locate().repository().resolve(HTML_FIXTURE);
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException("no HTML fixture at " + path + ": the benchmarks read it from the"
                        + " newsflow checkout the seeds are in");
            }
            page = SeedArticles.file(path);
        }
    }

    @Benchmark
    public ParseResult seedText(Corpus corpus, SeedCursor cursor) {
        return corpus.parser.parse(cursor.next(corpus));
    }

    @Benchmark
    public ParseResult syntheticText4k(Corpus corpus) {
        return corpus.parser.parse(corpus.referenceFile);
    }

    @Benchmark
    public ParseResult htmlPage(Corpus corpus, HtmlPage html) {
        return corpus.parser.parse(html.page);
    }
}
