package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import news.settings.ConfigException;
import news.settings.Settings;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    @Test
    void shouldDocumentEverySettingWithItsEnvironmentVariableInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        Settings settings = Configuration.load(null, Map.of(), Map.of());

        assertThat(settings.asMap().keySet()).isNotEmpty().allSatisfy(key -> {
            assertThat(readme).as("README documents " + key).contains("`" + key + "`");
            assertThat(readme).as("README names the variable of " + key).contains(Settings.environmentName(key));
        });
    }

    @Test
    void shouldBindTheShippedDefaultsWithoutProblems(@org.junit.jupiter.api.io.TempDir Path dir) {
        Settings settings = Configuration.load(null, Map.of("ingest.inbox.dir", dir.resolve("inbox").toString(),
                "sink.out.dir", dir.resolve("out").toString()), Map.of());

        Configuration.Bound bound = Configuration.bind(settings);

        assertThat(bound.topics().partitions()).isEqualTo(6);
        assertThat(bound.ingest().maxFileBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(bound.ingest().processed()).isEqualTo(dir.resolve("processed").toAbsolutePath());
    }

    @Test
    void shouldBindMinInsyncReplicasUpToTheReplicationFactor() {
        Settings cluster = Configuration.load(null, Map.of("topics.replication-factor", "3",
                "topics.min-insync-replicas", "2"), Map.of());
        Settings tooMany = Configuration.load(null, Map.of("topics.min-insync-replicas", "2"), Map.of());

        assertThat(Configuration.topicLayout(cluster).minInsyncReplicas()).isEqualTo(2);
        assertThat(Configuration.topicLayout(Configuration.load(null, Map.of(), Map.of())).minInsyncReplicas())
                .isEqualTo(news.events.TopicLayout.BROKER_DEFAULT);
        assertThatThrownBy(() -> Configuration.topicLayout(tooMany)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("topics.min-insync-replicas");
    }
}
