package news.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Uses the test resource {@code newsflow/defaults/demo.properties} as the built-in defaults. */
class SettingsTest {
    private static final Set<String> KAFKA_NAMES = Set.of("bootstrap.servers", "client.id", "acks");

    @TempDir
    Path dir;
    private Path configDir;
    private Path configFile;

    @BeforeEach
    void createFolders() throws IOException {
        configDir = Files.createDirectories(dir.resolve("config"));
        configFile = dir.resolve("extra.properties");
    }

    @Test
    void shouldReadBuiltInDefaultsFromTheClasspath() {
        Settings settings = load(null, null, Map.of(), Map.of());

        assertThat(settings.asMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "demo.files.max-bytes", "50MB",
                "demo.watch.interval", "200ms",
                "demo.inbox.dir", "inbox",
                "demo.workers", "4",
                "demo.enabled", "true"));
    }

    @ParameterizedTest(name = "[{index}] set in ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                | inbox
            dir               | from-config-dir
            dir,file          | from-config-file
            dir,file,env      | from-env
            dir,file,env,cli  | from-command-line
            file              | from-config-file
            dir,env           | from-env
            file,cli          | from-command-line
            dir,cli           | from-command-line
            """)
    void shouldLetEachLayerOverrideOnlyTheLayersBelowIt(String layers, String winner) throws IOException {
        List<String> set = Arrays.asList(layers.split(","));
        if (set.contains("dir")) {
            write(configDir.resolve("demo.properties"), "demo.inbox.dir=from-config-dir");
        }
        if (set.contains("file")) {
            write(configFile, "demo.inbox.dir=from-config-file");
        }
        Map<String, String> env = set.contains("env") ? Map.of("NEWSFLOW_DEMO_INBOX_DIR", "from-env") : Map.of();
        Map<String, String> cli = set.contains("cli") ? Map.of("demo.inbox.dir", "from-command-line") : Map.of();

        Settings settings = load(configDir, set.contains("file") ? configFile : null, env, cli);

        assertThat(settings.asMap()).containsEntry("demo.inbox.dir", winner);
    }

    @Test
    void shouldMergeLayersKeyByKey() throws IOException {
        write(configDir.resolve("demo.properties"), "demo.workers=8");
        write(configFile, "demo.enabled=false");

        Settings settings = load(configDir, configFile, Map.of("NEWSFLOW_DEMO_WATCH_INTERVAL", "1s"),
                Map.of("demo.inbox.dir", "elsewhere"));

        assertThat(settings.asMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "demo.files.max-bytes", "50MB",
                "demo.watch.interval", "1s",
                "demo.inbox.dir", "elsewhere",
                "demo.workers", "8",
                "demo.enabled", "false"));
    }

    @Test
    void shouldReadOnlyTheListedFilesFromTheConfigFolder() throws IOException {
        write(configDir.resolve("other.properties"), "not.a.key=whatever");

        assertThat(load(configDir, null, Map.of(), Map.of()).asMap()).doesNotContainKey("not.a.key");
    }

    @Test
    void shouldTrimValuesAndReadFilesAsUtf8() throws IOException {
        write(configDir.resolve("demo.properties"), "demo.inbox.dir =   bo\u00eete   ");

        Settings settings = load(configDir, null, Map.of("NEWSFLOW_DEMO_WORKERS", "  6 "), Map.of());

        assertThat(settings.asMap()).containsEntry("demo.inbox.dir", "bo\u00eete").containsEntry("demo.workers", "6");
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @CsvSource(delimiter = '|', textBlock = """
            demo.files.max-bytes       | NEWSFLOW_DEMO_FILES_MAX_BYTES
            ingest.files.max-bytes     | NEWSFLOW_INGEST_FILES_MAX_BYTES
            topics.replication-factor  | NEWSFLOW_TOPICS_REPLICATION_FACTOR
            kafka.bootstrap.servers    | KAFKA_BOOTSTRAP_SERVERS
            kafka.client.id            | KAFKA_CLIENT_ID
            """)
    void shouldNameTheEnvironmentVariableOfEachKey(String key, String variable) {
        assertThat(Settings.environmentName(key)).isEqualTo(variable);
    }

    @Test
    void shouldMapEnvironmentVariablesToKeys() {
        Settings settings = load(null, null, Map.of(
                "NEWSFLOW_DEMO_FILES_MAX_BYTES", "8MB",
                "KAFKA_BOOTSTRAP_SERVERS", "broker:9092",
                "KAFKA_CLIENT_ID", "news-test"), Map.of());

        assertThat(settings.asMap())
                .containsEntry("demo.files.max-bytes", "8MB")
                .containsEntry("kafka.bootstrap.servers", "broker:9092")
                .containsEntry("kafka.client.id", "news-test");
    }

    @Test
    void shouldIgnoreKafkaVariablesThatAreNoClientConfigAndForeignVariables() {
        Settings settings = load(null, null, Map.of(
                "KAFKA_HEAP_OPTS", "-Xmx1G",
                "KAFKA_OPTS", "-Dfoo=bar",
                "KAFKA_JMX_OPTS", "-Dcom.sun.management.jmxremote",
                "PATH", "/usr/bin",
                "HOME", "/root"), Map.of());

        assertThat(settings.kafka()).isEmpty();
        assertThat(settings.asMap()).allSatisfy((key, value) -> assertThat(key).startsWith("demo."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NEWSFLOW_HOME", "NEWSFLOW_JAVA_OPTS", "NEWSFLOW_BROKER_JAVA_OPTS"})
    void shouldAcceptLauncherVariablesThatAreNoSettings(String variable) {
        Settings settings = load(null, null, Map.of(variable, "/opt/newsflow"), Map.of());

        assertThat(settings.asMap()).hasSize(5);
    }

    @Test
    void shouldReportUnknownNewsflowVariable() {
        ConfigException e = loadFails(null, null, Map.of("NEWSFLOW_DEMO_INBOX_DIRR", "x"), Map.of());

        assertThat(e.problems()).singleElement().asString().contains("NEWSFLOW_DEMO_INBOX_DIRR");
    }

    @Test
    void shouldReportUnknownKeyInConfigFolderFile() throws IOException {
        Path file = configDir.resolve("demo.properties");
        write(file, "demo.inbox.dirr=x");

        ConfigException e = loadFails(configDir, null, Map.of(), Map.of());

        assertThat(e.problems()).singleElement().asString().contains("'demo.inbox.dirr'").contains(file.toString());
    }

    @Test
    void shouldReportKafkaKeyThatIsNoClientConfig() throws IOException {
        write(configFile, "kafka.bootstrap.servres=broker:9092");

        ConfigException e = loadFails(null, configFile, Map.of(), Map.of());

        assertThat(e.problems()).singleElement().asString()
                .contains("'kafka.bootstrap.servres'").contains("not a Kafka client config");
    }

    @Test
    void shouldPassKafkaClientConfigsFromFilesThrough() throws IOException {
        write(configFile, "kafka.bootstrap.servers=broker:9092\nkafka.acks=all");

        Settings settings = load(null, configFile, Map.of(), Map.of());

        assertThat(settings.kafka()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "bootstrap.servers", "broker:9092", "acks", "all"));
    }

    @Test
    void shouldReportMissingConfigFile() {
        Path missing = dir.resolve("nope.properties");

        ConfigException e = loadFails(null, missing, Map.of(), Map.of());

        assertThat(e.problems()).singleElement().asString().contains("--config").contains(missing.toString());
    }

    @Test
    void shouldReportEveryProblemTogetherEachNamingItsKey() throws IOException {
        write(configDir.resolve("demo.properties"), "demo.typo=1");
        write(configFile, "kafka.no.such.config=1");
        var env = Map.of("NEWSFLOW_DEMO_NOPE", "1", "KAFKA_HEAP_OPTS", "-Xmx1G", "NEWSFLOW_HOME", "/opt");
        var cli = Map.of("demo.unknown-option", "1");

        ConfigException e = loadFails(configDir, configFile, env, cli);

        assertThat(e.problems()).hasSize(4);
        assertThat(e.problems()).filteredOn(p -> p.contains("demo.typo")).hasSize(1);
        assertThat(e.problems()).filteredOn(p -> p.contains("kafka.no.such.config")).hasSize(1);
        assertThat(e.problems()).filteredOn(p -> p.contains("NEWSFLOW_DEMO_NOPE")).hasSize(1);
        assertThat(e.problems()).filteredOn(p -> p.contains("demo.unknown-option")).hasSize(1);
        assertThat(e.getMessage()).contains("demo.typo", "kafka.no.such.config", "NEWSFLOW_DEMO_NOPE",
                "demo.unknown-option");
    }

    @Test
    void shouldFailLoudlyWhenBuiltInDefaultsAreMissing() {
        var sources = new SettingsSources(List.of("absent"), null, null, Map.of(), Map.of(), KAFKA_NAMES);

        assertThatThrownBy(() -> Settings.load(sources))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("newsflow/defaults/absent.properties");
    }

    @Test
    void shouldStripThePrefixFromKafkaSettings() {
        Settings settings = Settings.of(Map.of(
                "kafka.bootstrap.servers", "localhost:9092",
                "kafka.client.id", "news-ingest",
                "demo.inbox.dir", "inbox",
                "kafkaesque.key", "not kafka"));

        assertThat(settings.kafka()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "bootstrap.servers", "localhost:9092",
                "client.id", "news-ingest"));
    }

    @Test
    void shouldReplaceKeysInACopyOnly() {
        Settings original = Settings.of(Map.of("demo.inbox.dir", "inbox", "demo.workers", "4"));

        Settings copy = original.with(Map.of("demo.inbox.dir", "other"));

        assertThat(copy.asMap()).containsEntry("demo.inbox.dir", "other").containsEntry("demo.workers", "4");
        assertThat(original.asMap()).containsEntry("demo.inbox.dir", "inbox");
    }

    private static Settings load(Path configDir, Path configFile, Map<String, String> env, Map<String, String> cli) {
        return Settings.load(new SettingsSources(List.of("demo"), configDir, configFile, env, cli, KAFKA_NAMES));
    }

    private static ConfigException loadFails(Path configDir, Path configFile, Map<String, String> env,
                                             Map<String, String> cli) {
        // Source problems are collected at load and thrown by requireValid, so they join the binding problems.
        Throwable thrown = catchThrowable(() -> load(configDir, configFile, env, cli).requireValid());
        assertThat(thrown).isInstanceOf(ConfigException.class);
        return (ConfigException) thrown;
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
    }
}
