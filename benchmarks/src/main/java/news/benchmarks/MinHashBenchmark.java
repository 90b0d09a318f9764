package news.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import news.enrich.dedup.Fingerprint;
import news.enrich.dedup.MinHasher;
import news.events.RawArticle;
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
 * Near-duplicate fingerprinting of the ~4 KB article with the production bands × rows: {@code fingerprint} (words,
 * 3-word shingles, the MinHash signature) and {@code keys} (the LSH band keys and the title key from a signature).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class MinHashBenchmark {

    @State(Scope.Benchmark)
    public static class Signed {
        MinHasher hasher;
        RawArticle article;
        Fingerprint fingerprint;

        @Setup(Level.Trial)
        public void sign(Corpus corpus, EnrichSteps steps) {
            hasher = steps.nearDuplicates.hasher();
            article = corpus.reference;
            fingerprint = hasher.fingerprint(article.id(), article.title(), article.body());
        }
    }

    @Benchmark
    public Fingerprint fingerprint(Signed signed) {
        RawArticle article = signed.article;
        return signed.hasher.fingerprint(article.id(), article.title(), article.body());
    }

    @Benchmark
    public List<String> keys(Signed signed) {
        return signed.hasher.keys(signed.fingerprint);
    }
}
