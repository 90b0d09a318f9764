package news.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import news.enrich.dedup.InMemoryFingerprints;
import news.enrich.dedup.NearDuplicates;
import news.events.ArticleIdentity;
import news.events.RawArticle;
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
 * Near-duplicate detection of one ~4 KB article against an in-memory index of {@code indexed} earlier ~4 KB
 * articles, through {@code NearDuplicates.check}: fingerprint, LSH keys, candidate lookup under every key and
 * confirmation by title and body similarity. {@code revised}: the index holds two revised versions of the article
 * (one paragraph dropped, one replaced), so candidates are found and confirmed; {@code novel}: it holds nothing
 * close. Subtract {@code MinHashBenchmark}'s fingerprint and keys for the lookup alone.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class NearDuplicateBenchmark {

    @State(Scope.Benchmark)
    public static class Index {
        @Param("3000")
        public int indexed;

        NearDuplicates nearDuplicates;
        FrozenFingerprints index;
        RawArticle revised;
        RawArticle novel;

        @Setup(Level.Trial)
        public void fill(Corpus corpus, EnrichSteps steps) {
            nearDuplicates = new NearDuplicates(steps.nearDuplicates);
            var filled = new InMemoryFingerprints();
            revised = corpus.reference;
            for (RawArticle earlier : revisionsOf(corpus)) {
                nearDuplicates.check(earlier.id(), earlier.title(), earlier.body(), filled);
            }
            for (int n = 0; n < indexed; n++) {
                RawArticle article = corpus.parse(corpus.synthetic.variant(n, Instant.EPOCH));
                nearDuplicates.check(article.id(), article.title(), article.body(), filled);
            }
            novel = corpus.parse(corpus.synthetic.variant(indexed + 1, Instant.EPOCH));
            index = new FrozenFingerprints(filled);
            if (check(revised).isEmpty()) {
                throw new IllegalStateException("the revised article matched nothing: the benchmark would not"
                        + " measure a confirmation");
            }
        }

        Optional<NearDuplicates.Match> check(RawArticle article) {
            return nearDuplicates.check(article.id(), article.title(), article.body(), index);
        }

        private static List<RawArticle> revisionsOf(Corpus corpus) {
            RawArticle reference = corpus.reference;
            List<String> paragraphs = List.of(reference.body().split("\n\n"));
            var shorter = new ArrayList<>(paragraphs.subList(0, paragraphs.size() - 1));
            var replaced = new ArrayList<>(paragraphs);
            replaced.set(paragraphs.size() / 2, "The ministry said on Tuesday that talks would resume next month.");
            return List.of(withBody(reference, String.join("\n\n", shorter)),
                    withBody(reference, String.join("\n\n", replaced)));
        }

        private static RawArticle withBody(RawArticle article, String body) {
            return new RawArticle(ArticleIdentity.articleId(article.title(), body), article.title(), article.titleSource(), body,
                    article.published(), article.byline(), article.language(), article.url(), article.format(),
                    article.source(), article.ingestedAt());
        }
    }

    @Benchmark
    public Optional<NearDuplicates.Match> revised(Index index) {
        return index.check(index.revised);
    }

    @Benchmark
    public Optional<NearDuplicates.Match> novel(Index index) {
        return index.check(index.novel);
    }
}
