package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cluster that does not answer: a clear message and exit 1 after a bounded wait, not a hang. */
class UnreachableBrokerIT {

    @Test
    void shouldGiveUpWithAClearMessageWhenTheBrokerCannotBeReached(@TempDir Path dir) throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var err = new StringWriter();
        long started = System.nanoTime();

        int code = Newsflow.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "up",
                "--until-idle", "--no-seeds", "--bootstrap", "127.0.0.1:" + closedPort,
                "--state", dir.resolve("state").toString(), "--inbox", dir.resolve("inbox").toString(),
                "--out", dir.resolve("out").toString());

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("cannot reach Kafka at 127.0.0.1:" + closedPort);
        assertThat(took).isLessThan(KafkaAdmin.CONNECT_TIMEOUT.plusSeconds(30));
    }
}
