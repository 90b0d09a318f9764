package news.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import news.enrich.ArticleEnricher;
import news.events.EnrichedArticle;
import news.events.JsonSerdes;
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
 * The JSON serde every stage pays on each record it reads and writes ({@code JsonSerdes.toBytes} and
 * {@code fromBytes}), for the ~4 KB article as ingest publishes it ({@code RawArticle}) and as enrich writes it with
 * its entities and topics ({@code EnrichedArticle}). ops/s is records/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonBenchmark {

    @State(Scope.Benchmark)
    public static class Records {
        RawArticle raw;
        byte[] rawBytes;
        EnrichedArticle enriched;
        byte[] enrichedBytes;

        @Setup(Level.Trial)
        public void write(Corpus corpus, EnrichSteps steps) {
            raw = corpus.reference;
            rawBytes = JsonSerdes.toBytes(raw);
            enriched = new ArticleEnricher(steps.entities, steps.topics,
                    Clock.fixed(Instant.parse("2026-02-06T08:00:01Z"), ZoneOffset.UTC)).enrich(raw);
            enrichedBytes = JsonSerdes.toBytes(enriched);
            if (!Arrays.equals(JsonSerdes.toPrettyBytes(enrichedBytes), JsonSerdes.toPrettyBytes(enriched))) {
                throw new IllegalStateException("the indented record differs from the article's pretty JSON");
            }
            System.out.printf("JSON sizes: raw %d bytes, enriched %d bytes (%d entities, %d topics)%n",
                    rawBytes.length, enrichedBytes.length, enriched.entities().size(), enriched.topics().size());
        }
    }

    @Benchmark
    public byte[] rawToBytes(Records records) {
        return JsonSerdes.toBytes(records.raw);
    }

    @Benchmark
    public RawArticle rawFromBytes(Records records) {
        return JsonSerdes.fromBytes(records.rawBytes, RawArticle.class);
    }

    @Benchmark
    public byte[] enrichedToBytes(Records records) {
        return JsonSerdes.toBytes(records.enriched);
    }

    @Benchmark
    public EnrichedArticle enrichedFromBytes(Records records) {
        return JsonSerdes.fromBytes(records.enrichedBytes, EnrichedArticle.class);
    }

    /** The indented article file the sink writes, from the article. */
    @Benchmark
    public byte[] enrichedToPrettyBytes(Records records) {
        return JsonSerdes.toPrettyBytes(records.enriched);
    }

    /** The same file from the record's compact JSON, as the sink writes it. */
    @Benchmark
    public byte[] enrichedRecordToPrettyBytes(Records records) {
        return JsonSerdes.toPrettyBytes(records.enrichedBytes);
    }
}
