package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow eval extract}: exit codes, the table and the closing JSON line, on pages written here. */
class EvalCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Newsflow.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void shouldPrintATableThenOneJsonLine() throws Exception {
        Path html = Files.createDirectories(dir.resolve("html"));
        Files.writeString(html.resolve("p1.html"), "<html><head><title>Ferry returns</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Ferry returns</h1>"
                + "<p>The harbour ferry went back into service on Wednesday after four months in dry dock.</p>"
                + "<p>The repairs cost 1.2 million euros, most of it from a regional fund.</p></article>"
                + "<footer>All rights reserved.</footer></body></html>");
        Path truth = Files.writeString(dir.resolve("truth.json"), """
                {"p1": {"url": "https://example.org/p1", "articleBody": "The harbour ferry went back into service \
                on Wednesday after four months in dry dock.\\n\\nThe repairs cost 1.2 million euros, most of it from \
                a regional fund."}}""");

        int exit = run("eval", "extract", "--html", html.toString(), "--truth", truth.toString(), "--passes", "1");

        assertThat(exit).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(out.toString()).contains("newsflow").contains("readability4j").contains("worst pages");
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(json.get("f1").asDouble()).isEqualTo(1.0);
        assertThat(json.get("precision").asDouble()).isEqualTo(1.0);
        assertThat(json.get("recall").asDouble()).isEqualTo(1.0);
        assertThat(json.get("pages").asInt()).isEqualTo(1);
        assertThat(json.get("pages_per_second").asDouble()).isPositive();
        assertThat(json.get("peer").get("name").asText()).isEqualTo("readability4j");
        assertThat(json.get("peer").get("f1").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void shouldExitTwoWhenThePageFolderIsMissing() throws Exception {
        Path truth = Files.writeString(dir.resolve("truth.json"), "{}");

        assertThat(run("eval", "extract", "--html", dir.resolve("missing").toString(), "--truth", truth.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no such folder").contains("missing");
    }

    @Test
    void shouldExitTwoWhenTheTruthFileIsMissingOrNotGiven() throws Exception {
        Path html = Files.createDirectories(dir.resolve("html"));

        assertThat(run("eval", "extract", "--html", html.toString(), "--truth", dir.resolve("none.json").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
        assertThat(run("eval", "extract", "--html", html.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--truth");
    }

    @Test
    void shouldExitOneWhenAPageCannotBeRead() throws Exception {
        Path html = Files.createDirectories(dir.resolve("html"));
        Files.write(html.resolve("p1.html.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        Path truth = Files.writeString(dir.resolve("truth.json"), "{\"p1\": {\"articleBody\": \"x\", \"url\": \"\"}}");

        assertThat(run("eval", "extract", "--html", html.toString(), "--truth", truth.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("cannot read the pages");
    }

    @Test
    void shouldExitTwoWithoutAKindOfEvaluation() {
        assertThat(run("eval")).isEqualTo(2);
        assertThat(err.toString()).contains("extract");
    }

    @Test
    void shouldPrintHelp() {
        assertThat(run("eval", "--help")).isZero();
        assertThat(run("eval", "extract", "--help")).isZero();
        assertThat(out.toString()).contains("extract").contains("--truth").contains("--html");
    }
}
