package news.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import news.broker.EmbeddedKafkaBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow broker}: the embedded single-node broker alone, until Ctrl-C or SIGTERM. For running the services
 * as separate processes on one machine, and for {@code bench}, which keeps the broker out of the process it measures.
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run only the embedded single-node Kafka broker (KRaft) until stopped.")
final class BrokerCommand implements Callable<Integer> {
    /** The line on stdout that tells a parent process where the broker listens. */
    static final String READY = "broker ready at ";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = ".newsflow/kafka",
            description = "Broker data folder, created and formatted on first use (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Client port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data, port);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "newsflow-broker-shutdown"));
        out.println(READY + broker.bootstrapServers());
        out.flush();
        stopped.await();
        return 0;
    }
}
