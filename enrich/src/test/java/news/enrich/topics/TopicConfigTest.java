package news.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.settings.ConfigException;
import news.settings.Settings;
import news.settings.SettingsReader;
import org.junit.jupiter.api.Test;

class TopicConfigTest {

    private static TopicConfig bind(Map<String, String> overrides) {
        var values = new HashMap<>(Map.of(TopicConfig.MODEL_FILE, "", TopicConfig.THRESHOLD, "0.45",
                TopicConfig.MAX_TOPICS, "6"));
        values.putAll(overrides);
        SettingsReader read = Settings.of(values).reader();
        TopicConfig config = TopicConfig.from(read);
        read.check();
        return config;
    }

    @Test
    void shouldBindTheDefaultsToTheBuiltInModel() {
        TopicConfig config = bind(Map.of());

        assertThat(config.modelFile()).isNull();
        assertThat(config.threshold()).isEqualTo(0.45);
        assertThat(config.maxTopics()).isEqualTo(6);
        assertThat(config.scorer().score("Election called", "The prime minister called an election.", List.of()))
                .isNotEmpty();
    }

    @Test
    void shouldReportEveryBadValueWithItsKey() {
        assertThatThrownBy(() -> bind(Map.of(TopicConfig.THRESHOLD, "1.5", TopicConfig.MAX_TOPICS, "0",
                TopicConfig.MODEL_FILE, Path.of("no", "such", "model.bin.gz").toString())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(TopicConfig.THRESHOLD)
                .hasMessageContaining(TopicConfig.MAX_TOPICS)
                .hasMessageContaining(TopicConfig.MODEL_FILE);
        assertThatThrownBy(() -> bind(Map.of(TopicConfig.THRESHOLD, "high"))).hasMessageContaining("high");
    }
}
