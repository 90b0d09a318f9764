package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of the command line for mistakes that need no broker. */
class NewsflowCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Newsflow.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void shouldExitTwoOnAnUnknownOption() {
        assertThat(run("up", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("--no-such-option");
    }

    @Test
    void shouldExitTwoWhenRunHasNoCluster() {
        assertThat(run("run", "enrich", "--state", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("kafka.bootstrap.servers").contains("--bootstrap");
    }

    @Test
    void shouldReportEveryBadSettingOfAConfigFileAtOnce() throws Exception {
        Path config = dir.resolve("bad.properties");
        Files.writeString(config, """
                ingest.files.max-bytes=lots
                ingest.no.such-key=1
                kafka.no.such.client.config=1
                """);
        assertThat(run("up", "--config", config.toString(), "--state", dir.resolve("state").toString()))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("ingest.files.max-bytes: 'lots'")
                .contains("ingest.no.such-key")
                .contains("kafka.no.such.client.config");
    }

    @Test
    void shouldExitTwoWhenTheConfigFileIsMissing() {
        assertThat(run("tail", "news.articles", "--config", dir.resolve("missing.properties").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("missing.properties");
    }

    @Test
    void shouldRefuseToIngestWhenNoStackRuns() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Title\n\nBody.");
        assertThat(run("ingest", article.toString(), "--state", dir.resolve("state").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no newsflow is running");
        assertThat(article).exists();
    }

    @Test
    void shouldSayUnhealthyWhenNoServiceAnswers() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(run("health", "--url", "http://127.0.0.1:" + closedPort + "/health")).isEqualTo(1);
        assertThat(err.toString()).contains("no answer from");
    }

    @Test
    void shouldPrintHelpForEveryCommand() {
        for (String command : new String[] {"up", "run", "ingest", "tail"}) {
            assertThat(run(command, "--help")).isZero();
        }
        assertThat(out.toString()).contains("--until-idle").contains("--from-beginning").contains("SERVICE");
    }
}
