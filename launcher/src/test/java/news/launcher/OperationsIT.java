package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.settings.Settings;
import news.testkit.Eventually;
import news.testkit.KafkaBroker;
import news.testkit.KafkaBrokerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The operations endpoint of a running stack, scraped over HTTP like Prometheus and an orchestrator would. */
@ExtendWith(KafkaBrokerExtension.class)
class OperationsIT {
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @Test
    void shouldServeTheNamedMetersAndTurnUnhealthyWhenTheOutputCannotBeWritten(KafkaBroker broker) throws Exception {
        String prefix = "ops" + System.nanoTime() + ".";
        Map<String, String> cli = new HashMap<>(Map.of(
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "topics.prefix", prefix, "topics.partitions", "2",
                "ingest.inbox.dir", work.resolve("inbox").toString(), "ingest.files.stable-after", "50ms",
                "sink.out.dir", work.resolve("out").toString(),
                "enrich.streams.application-id", prefix + "enrich", "sink.streams.application-id", prefix + "sink",
                "enrich.streams.state-dir", work.resolve("streams").toString(),
                "sink.streams.state-dir", work.resolve("streams").toString()));
        cli.put("operations.http.port", "0");
        cli.put("kafka.commit.interval.ms", "100");
        Settings settings = Configuration.load(null, cli, Map.of());
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("../seeds"))) {
            seeds = files.sorted().toList();
        }

        try (Telemetry telemetry = new Telemetry();
             Stack stack = Stack.start(Configuration.bind(settings), settings.kafka(), telemetry.registry())) {
            String url = telemetry.serve(OperationsConfig.from(settings), stack::health);
            assertThat(url).startsWith("http://127.0.0.1:");
            new InboxDrop(stack.inbox()).deliver(seeds);
            Eventually.await(Duration.ofSeconds(90), "the seeds going through", () -> stack.isIdle() && stack.isIdle());

            String metrics = get(url + "/metrics").body();
            assertThat(metrics)
                    .contains("news_ingest_files_total{outcome=\"published\"} " + seeds.size() + ".0")
                    .contains("news_ingest_articles_total " + seeds.size() + ".0")
                    .contains("news_enrich_duplicates_total")
                    .contains("news_enrich_entities_total")
                    .contains("news_sink_files_written_total{kind=\"article\"} " + seeds.size() + ".0")
                    .contains("news_pipeline_latency_seconds_count " + seeds.size())
                    .contains("kafka_stream_")
                    .contains("kafka_producer_")
                    .contains("jvm_memory_used_bytes");
            HttpResponse<String> healthy = get(url + "/health");
            assertThat(healthy.statusCode()).isEqualTo(200);
            assertThat(healthy.body()).contains("\"status\":\"UP\"");

            // A file where the article folder should be: unwritable even for root, unlike a read-only mode.
            Path articles = work.resolve("out/articles");
            Files.move(articles, work.resolve("articles-aside"));
            Files.writeString(articles, "in the way");
            HttpResponse<String> unhealthy = get(url + "/health");
            assertThat(unhealthy.statusCode()).isEqualTo(503);
            assertThat(unhealthy.body()).contains("\"status\":\"DOWN\"").contains("\"sink\"").contains("articles");
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
