package news.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import news.broker.EmbeddedKafkaBroker;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Gives tests one Kafka broker per test JVM, started on first use and stopped after the last test: a
 * Testcontainers {@code apache/kafka:4.3.1} container where a Docker engine runs, the embedded KRaft broker
 * otherwise, so the same tests run in both places. {@code -Dnewsflow.test.broker=embedded} forces the embedded one.
 * Tests share the broker, so each uses its own topic prefix and group ids.
 */
public final class KafkaBrokerExtension implements ParameterResolver {
    private static final Logger log = LoggerFactory.getLogger(KafkaBrokerExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaBrokerExtension.class);
    static final String IMAGE = "apache/kafka:4.3.1";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, key -> start(), Running.class).broker();
    }

    private static Running start() {
        boolean embedded = "embedded".equals(System.getProperty("newsflow.test.broker"))
                || !DockerClientFactory.instance().isDockerAvailable();
        if (embedded) {
            try {
                Path dir = Files.createTempDirectory("newsflow-test-broker");
                var broker = EmbeddedKafkaBroker.start(dir);
                log.info("tests use the embedded broker at {} (no Docker engine)", broker.bootstrapServers());
                return new Running(new KafkaBroker(broker.bootstrapServers(), "embedded"), () -> {
                    broker.close();
                    deleteTree(dir);
                });
            } catch (IOException e) {
                throw new IllegalStateException("cannot create a folder for the test broker", e);
            }
        }
        var container = new KafkaContainer(IMAGE);
        container.start();
        log.info("tests use the {} container at {}", IMAGE, container.getBootstrapServers());
        return new Running(new KafkaBroker(container.getBootstrapServers(), "container"), container::stop);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The started broker and how to stop it; JUnit closes it when the root context ends. */
    record Running(KafkaBroker broker, Stopper stopper) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            stopper.stop();
        }
    }

    @FunctionalInterface
    interface Stopper {
        void stop() throws IOException;
    }
}
