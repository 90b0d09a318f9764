package news.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where settings come from, in the order they are applied (later wins).
 *
 * @param files            the setting files, each {@code <file>.properties} under the built-in defaults and
 *                         under {@code configDir}, for example {@code ingest}, {@code topics}
 * @param configDir        the user's {@code config/} folder, or null when there is none
 * @param configFile       the file given with {@code --config}, or null
 * @param environment      the process environment ({@code NEWSFLOW_*} and {@code KAFKA_*} are read)
 * @param commandLine      settings given as options, by key
 * @param kafkaConfigNames every Kafka client and Streams config name, to tell a typo from a real client setting
 */
public record SettingsSources(List<String> files, Path configDir, Path configFile, Map<String, String> environment,
                              Map<String, String> commandLine, Set<String> kafkaConfigNames) {
    public SettingsSources {
        files = List.copyOf(files);
        environment = Map.copyOf(environment);
        commandLine = Map.copyOf(commandLine);
        kafkaConfigNames = Set.copyOf(kafkaConfigNames);
    }
}
