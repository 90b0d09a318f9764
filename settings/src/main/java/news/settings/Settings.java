package news.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Configuration resolved from all its sources into one immutable map, before any service binds it to typed values.
 *
 * <p>Precedence, lowest first: built-in defaults (the {@code config/*.properties} of the repo, shipped as resources
 * under {@code newsflow/defaults/}) &lt; the same files in the user's {@code config/} folder &lt; the file given
 * with {@code --config} &lt; environment ({@code NEWSFLOW_INGEST_FILES_MAX_BYTES} for
 * {@code ingest.files.max-bytes}, {@code KAFKA_BOOTSTRAP_SERVERS} for {@code kafka.bootstrap.servers}) &lt;
 * command line.
 *
 * <p>A newsflow key is known when a default exists for it; anything else is reported, as is a {@code kafka.} key in
 * a file that names no Kafka client config. {@code KAFKA_} variables that name no client config
 * ({@code KAFKA_HEAP_OPTS}) are ignored because other tools own them. All problems are reported together.
 */
public final class Settings {
    public static final String KAFKA_PREFIX = "kafka.";
    private static final String DEFAULTS_RESOURCE = "newsflow/defaults/";
    private static final String ENV_PREFIX = "NEWSFLOW_";
    private static final String KAFKA_ENV_PREFIX = "KAFKA_";
    /** Environment variables of the launcher itself, not settings. */
    private static final List<String> ENV_NOT_SETTINGS = List.of("NEWSFLOW_HOME", "NEWSFLOW_JAVA_OPTS",
            "NEWSFLOW_BROKER_JAVA_OPTS", "NEWSFLOW_LOG_FORMAT");

    private final Map<String, String> values;
    private final List<String> problems;

    private Settings(Map<String, String> values, List<String> problems) {
        this.values = Map.copyOf(values);
        this.problems = List.copyOf(problems);
    }

    /**
     * Resolves all sources. Problems with the sources (unknown keys, unreadable files) do not stop the load, so
     * that they can be reported together with the problems of binding the values: see {@link #problems()}.
     */
    public static Settings load(SettingsSources sources) {
        List<String> problems = new ArrayList<>();
        Map<String, String> values = new TreeMap<>();
        for (String file : sources.files()) {
            readResource(DEFAULTS_RESOURCE + file + ".properties").forEach((key, value) -> values.put(key, value.trim()));
        }
        var known = Map.copyOf(values);
        if (sources.configDir() != null) {
            for (String file : sources.files()) {
                Path path = sources.configDir().resolve(file + ".properties");
                if (Files.isRegularFile(path)) {
                    overlay(values, readFile(path, problems), path.toString(), known, sources, problems);
                }
            }
        }
        if (sources.configFile() != null) {
            Path path = sources.configFile();
            if (!Files.isRegularFile(path)) {
                problems.add("--config " + path + ": no such file");
            } else {
                overlay(values, readFile(path, problems), path.toString(), known, sources, problems);
            }
        }
        overlayEnvironment(values, known, sources, problems);
        overlay(values, sources.commandLine(), "command line", known, sources, problems);
        return new Settings(values, problems);
    }

    /** Settings from a plain map, for tests and for code that builds configuration itself. */
    public static Settings of(Map<String, String> values) {
        return new Settings(values, List.of());
    }

    /** What was wrong with the sources: unknown keys, unreadable files. Empty when all is well. */
    public List<String> problems() {
        return problems;
    }

    /** Throws the problems of the sources, for commands that bind nothing else. */
    public Settings requireValid() {
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return this;
    }

    /** A copy with some keys replaced, for example a test's own topic prefix. */
    public Settings with(Map<String, String> overrides) {
        var copy = new TreeMap<>(values);
        copy.putAll(overrides);
        return new Settings(copy, problems);
    }

    /** The environment variable that sets a key: {@code ingest.files.max-bytes} is NEWSFLOW_INGEST_FILES_MAX_BYTES. */
    public static String environmentName(String key) {
        if (key.startsWith(KAFKA_PREFIX)) {
            return KAFKA_ENV_PREFIX + key.substring(KAFKA_PREFIX.length()).toUpperCase(Locale.ROOT).replace('.', '_');
        }
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public SettingsReader reader() {
        return new SettingsReader(values);
    }

    /** The Kafka client properties, without their {@code kafka.} prefix. */
    public Map<String, String> kafka() {
        var kafka = new TreeMap<String, String>();
        values.forEach((key, value) -> {
            if (key.startsWith(KAFKA_PREFIX)) {
                kafka.put(key.substring(KAFKA_PREFIX.length()), value);
            }
        });
        return kafka;
    }

    public Map<String, String> asMap() {
        return values;
    }

    private static void overlay(Map<String, String> values, Map<String, String> layer, String origin,
                                Map<String, String> known, SettingsSources sources, List<String> problems) {
        layer.forEach((key, value) -> {
            if (key.startsWith(KAFKA_PREFIX)) {
                if (!sources.kafkaConfigNames().contains(key.substring(KAFKA_PREFIX.length()))) {
                    problems.add(origin + ": '" + key + "' is not a Kafka client config");
                    return;
                }
            } else if (!known.containsKey(key)) {
                problems.add(origin + ": unknown key '" + key + "'");
                return;
            }
            values.put(key, value.trim());
        });
    }

    private static void overlayEnvironment(Map<String, String> values, Map<String, String> known,
                                           SettingsSources sources, List<String> problems) {
        Map<String, String> byEnvName = new TreeMap<>();
        known.keySet().forEach(key -> byEnvName.put(environmentName(key), key));
        sources.kafkaConfigNames().forEach(name -> byEnvName.put(environmentName(KAFKA_PREFIX + name), KAFKA_PREFIX + name));
        new TreeMap<>(sources.environment()).forEach((variable, value) -> {
            String key = byEnvName.get(variable);
            if (key != null) {
                values.put(key, value.trim());
            } else if (variable.startsWith(ENV_PREFIX) && !ENV_NOT_SETTINGS.contains(variable)) {
                problems.add("environment: " + variable + " sets no known key");
            }
        });
    }

    private static Map<String, String> readResource(String name) {
        try (InputStream in = Settings.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("built-in defaults missing from the classpath: " + name);
            }
            return toMap(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in defaults " + name, e);
        }
    }

    private static Map<String, String> readFile(Path path, List<String> problems) {
        try (InputStream in = Files.newInputStream(path)) {
            return toMap(in);
        } catch (IOException e) {
            problems.add(path + ": cannot read (" + e.getMessage() + ")");
            return Map.of();
        }
    }

    private static Map<String, String> toMap(InputStream in) throws IOException {
        var properties = new Properties();
        try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        var map = new TreeMap<String, String>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }
}
