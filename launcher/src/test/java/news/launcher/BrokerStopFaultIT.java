package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import news.testkit.Eventually;
import news.testkit.KafkaBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker (alone in a child JVM) is stopped for 30 s while enrich and sink (children too) work through 2,000
 * articles, then started again on the same port and data. The clients must ride it out: no process dies, nothing is
 * lost, nothing is written twice.
 */
class BrokerStopFaultIT {
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @TempDir
    Path work;

    @Test
    void shouldLoseAndDuplicateNothingWhenTheBrokerStopsForHalfAMinute() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = work.resolve("kafka");
        ChildProcess broker = startBroker(data, port, "broker-first");
        try {
            FaultRig rig = FaultRig.create(new KafkaBroker("127.0.0.1:" + port, "child"), work, "brokerstop");
            ArticleSet articles = ArticleSet.generate(11, 1700, 100, 3, 10);
            int expected = articles.expectedCount();
            Path files = rig.out().resolve("articles");
            try (ChildProcess enrich = rig.run("enrich", "only"); ChildProcess sink = rig.run("sink", "only")) {
                try (var producer = rig.producer()) {
                    ArticleSet.send(producer, rig.topics().articlesRaw().name(), articles.toSend());
                }
                FaultRig.await("a third of the articles through", () -> ArticleSet.count(files) >= expected / 3);
                broker.close();
                int atStop = ArticleSet.count(files);
                assertThat(atStop).as("stopped mid-stream").isLessThan(expected);
                Thread.sleep(OUTAGE.toMillis());
                assertThat(enrich.isAlive()).as(enrich.logTail()).isTrue();
                assertThat(sink.isAlive()).as(sink.logTail()).isTrue();

                long restart = System.nanoTime();
                broker = startBroker(data, port, "broker-second");
                rig.awaitComplete(articles, enrich);
                assertThat(sink.isAlive()).as(sink.logTail()).isTrue();
                rig.assertExactOutput(articles);
                rig.assertNoDeadLetters();
                System.out.printf("broker stopped after %d of %d article files for %d s; complete %.1f s after the "
                        + "restart%n", atStop, expected, OUTAGE.toSeconds(), (System.nanoTime() - restart) / 1e9);
            }
        } finally {
            broker.close();
        }
    }

    private ChildProcess startBroker(Path data, int port, String name) throws Exception {
        ChildProcess broker = ChildProcess.startMain(name, work, "512m", BrokerMain.class, data.toString(),
                String.valueOf(port));
        Path log = work.resolve(name + ".log");
        Eventually.await(Duration.ofMinutes(1), "the broker ready", () -> Files.exists(log)
                && Files.readString(log).contains("broker ready at") || !broker.isAlive());
        assertThat(broker.isAlive()).as(broker.logTail()).isTrue();
        return broker;
    }
}
