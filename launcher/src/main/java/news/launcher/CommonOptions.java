package news.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import news.settings.Settings;
import picocli.CommandLine.Option;

/** Options every command that talks to Kafka shares. */
final class CommonOptions {
    @Option(names = "--state", paramLabel = "DIR", defaultValue = ".newsflow",
            description = "State directory: embedded broker data, Streams state, lock (default: ${DEFAULT-VALUE}).")
    Path state;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT",
            description = "Use this Kafka cluster instead of the embedded broker (also KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrap;

    @Option(names = "--config", paramLabel = "FILE", description = "A properties file that overrides config/.")
    Path config;

    /** The settings of a command that binds no service configuration: source problems stop it here. */
    Settings loadSettings() {
        return Configuration.load(config, settings()).requireValid();
    }

    StateDir stateDir() {
        return new StateDir(state);
    }

    /** The settings these options give on the command line, the highest precedence. */
    Map<String, String> settings() {
        var values = new HashMap<String, String>();
        String streams = stateDir().streams().toString();
        values.put("enrich.streams.state-dir", streams);
        values.put("sink.streams.state-dir", streams);
        if (bootstrap != null) {
            values.put(Configuration.BOOTSTRAP, bootstrap);
        }
        return values;
    }
}
