package news.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import news.enrich.EnrichConfig;
import news.ingest.IngestConfig;
import news.settings.ConfigException;
import news.sink.SinkConfig;
import news.events.TopicLayout;
import news.settings.Settings;
import news.settings.SettingsReader;
import news.settings.SettingsSources;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Loads the settings of all services for a command: built-in defaults &lt; {@code config/*.properties} (in
 * {@code $NEWSFLOW_HOME/config} when NEWSFLOW_HOME is set, else {@code ./config}) &lt; {@code --config FILE} &lt;
 * environment &lt; command line.
 */
final class Configuration {
    static final String BOOTSTRAP = "kafka.bootstrap.servers";
    private static final List<String> FILES = List.of("topics", "ingest", "enrich", "sink", "operations");

    private Configuration() {
    }

    static Settings load(Path configFile, Map<String, String> commandLine) {
        return load(configFile, commandLine, System.getenv());
    }

    static Settings load(Path configFile, Map<String, String> commandLine, Map<String, String> environment) {
        String home = environment.get("NEWSFLOW_HOME");
        Path configDir = home != null ? Path.of(home, "config") : Path.of("config");
        Settings settings = Settings.load(new SettingsSources(FILES, Files.isDirectory(configDir) ? configDir : null,
                configFile, environment, commandLine, kafkaConfigNames()));
        // The text rules are a file of their own: an edited copy in the config folder applies like the properties.
        Path rules = configDir.resolve("text-rules.txt");
        if (settings.asMap().getOrDefault(IngestConfig.TEXT_RULES, "").isBlank() && Files.isRegularFile(rules)) {
            settings = settings.with(Map.of(IngestConfig.TEXT_RULES, rules.toString()));
        }
        return settings;
    }

    /** Every service's typed configuration, bound together so that all problems are reported at once. */
    record Bound(TopicLayout topics, IngestConfig ingest, EnrichConfig enrich, SinkConfig sink) {
    }

    static Bound bind(Settings settings) {
        var problems = new ArrayList<>(settings.problems());
        var bound = new Bound(attempt(() -> topicLayout(settings), problems),
                attempt(() -> IngestConfig.from(settings), problems),
                attempt(() -> EnrichConfig.from(settings), problems),
                attempt(() -> SinkConfig.from(settings), problems));
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return bound;
    }

    private static <T> T attempt(Supplier<T> binder, List<String> problems) {
        try {
            return binder.get();
        } catch (ConfigException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    static Optional<String> bootstrap(Settings settings) {
        return Optional.ofNullable(settings.asMap().get(BOOTSTRAP)).filter(s -> !s.isBlank());
    }

    static TopicLayout topicLayout(Settings settings) {
        SettingsReader read = settings.reader();
        short replicationFactor = (short) read.integer("topics.replication-factor", 1, 32);
        // Empty: the broker's own min.insync.replicas applies.
        int minInsync = read.text("topics.min-insync-replicas").isBlank() ? TopicLayout.BROKER_DEFAULT
                : read.integer("topics.min-insync-replicas", 1, 32);
        if (minInsync > replicationFactor && replicationFactor > 0) {
            read.problem("topics.min-insync-replicas", "at most topics.replication-factor (" + replicationFactor
                    + "), since no write could succeed with more copies in sync than exist");
        }
        var layout = new TopicLayout(read.text("topics.prefix"), read.integer("topics.partitions", 1, 10_000),
                replicationFactor, (int) Math.min(Integer.MAX_VALUE, read.bytes("topics.max-message-bytes")),
                read.duration("topics.stream-retention"), read.duration("topics.dlq-retention"),
                Math.min(minInsync, Math.max(1, replicationFactor)));
        read.check();
        return layout;
    }

    private static Set<String> kafkaConfigNames() {
        var names = new HashSet<String>();
        names.addAll(ProducerConfig.configNames());
        names.addAll(ConsumerConfig.configNames());
        names.addAll(AdminClientConfig.configNames());
        names.addAll(StreamsConfig.configDef().names());
        // Streams takes client settings for one of its clients under a prefix, such as producer.linger.ms.
        for (String prefix : List.of("producer.", "consumer.", "main.consumer.", "restore.consumer.",
                "global.consumer.", "admin.")) {
            Set.copyOf(names).forEach(name -> names.add(prefix + name));
        }
        return names;
    }
}
