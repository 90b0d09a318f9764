package news.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class ExactlyOnceStreamsTest {
    private static Properties properties(Map<String, String> kafka) {
        return ExactlyOnceStreams.properties("news-sink", Path.of("s"), kafka, 4096, RocksDbMemory.UNBOUNDED,
                Duration.ofSeconds(5));
    }

    @Test
    void shouldCommitAtTheGivenIntervalAndBatchFetchesByDefault() {
        Properties props = properties(Map.of());

        assertThat(props).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "5000")
                .containsEntry("consumer.fetch.min.bytes", "65536")
                .containsEntry("consumer.fetch.max.wait.ms", "100")
                .containsEntry("producer.batch.size", "131072");
    }

    @Test
    void shouldLeaveTheUsersOwnKafkaSettingsAsGiven() {
        Properties props = properties(Map.of("commit.interval.ms", "250", "fetch.min.bytes", "1",
                "main.consumer.fetch.max.wait.ms", "10", "batch.size", "16384"));

        assertThat(props).containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "250")
                .containsEntry("fetch.min.bytes", "1")
                .doesNotContainKeys("consumer.fetch.min.bytes", "consumer.fetch.max.wait.ms", "producer.batch.size");
    }
}
