package news.launcher;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import news.broker.EmbeddedKafkaBroker;

/**
 * The embedded broker alone in a process, for tests that stop and restart the broker under load:
 * {@code BrokerMain DATA_DIR PORT}. Stops cleanly on SIGTERM.
 */
final class BrokerMain {
    private BrokerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(Path.of(args[0]), Integer.parseInt(args[1]));
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }));
        System.out.println("broker ready at " + broker.bootstrapServers());
        stopped.await();
    }
}
