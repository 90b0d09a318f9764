package news.launcher;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import news.broker.EmbeddedKafkaBroker;
import news.settings.Settings;

/**
 * How operator commands reach Kafka: the cluster given with {@code --bootstrap} (or KAFKA_BOOTSTRAP_SERVERS); else
 * the embedded broker of the stack running on the state directory; else, when no stack runs there, that state
 * directory's broker opened just for the command and stopped after it.
 */
final class ClusterAccess {
    private ClusterAccess() {
    }

    /** What a command does once it can reach Kafka. */
    @FunctionalInterface
    interface Work {
        /**
         * @param kafka        client settings with the bootstrap address
         * @param ownBroker    true when the broker was opened for this command: nothing new will arrive
         */
        int run(Map<String, String> kafka, boolean ownBroker) throws Exception;
    }

    static int withKafka(CommonOptions common, Settings settings, Work work) throws Exception {
        Optional<String> bootstrap = Configuration.bootstrap(settings);
        if (bootstrap.isPresent()) {
            return work.run(settings.kafka(), false);
        }
        StateDir state = common.stateDir();
        if (state.isRunning()) {
            String address = state.bootstrap().orElseThrow(() -> new StartupException("the stack on " + state.root()
                    + " uses an external cluster (or is still starting): pass --bootstrap HOST:PORT"));
            return work.run(withBootstrap(settings.kafka(), address), false);
        }
        if (!Files.isDirectory(state.kafka())) {
            throw new StartupException("no broker data in " + state.root() + "; run ./newsflow up first (or pass --state)");
        }
        try (StateDir.Lock lock = state.tryLock().orElseThrow(() -> new StartupException(
                "a stack started on " + state.root() + " meanwhile; run the command again"));
             EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(state.kafka())) {
            return work.run(withBootstrap(settings.kafka(), broker.bootstrapServers()), true);
        }
    }

    private static Map<String, String> withBootstrap(Map<String, String> kafka, String address) {
        var copy = new HashMap<>(kafka);
        copy.put("bootstrap.servers", address);
        return copy;
    }
}
