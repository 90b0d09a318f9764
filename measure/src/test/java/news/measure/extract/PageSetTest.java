package news.measure.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a page folder and its truth file; a whole evaluation on two pages written here. */
class PageSetTest {
    private static final String ARTICLE = "<html><head><title>Ferry returns</title></head><body><nav><a href='/'>Home"
            + "</a></nav><article><h1>Ferry returns</h1><p>The harbour ferry went back into service on Wednesday "
            + "after four months in dry dock.</p><p>The repairs cost 1.2 million euros.</p></article></body></html>";

    @TempDir
    Path dir;

    @Test
    void shouldReadPlainAndGzippedPagesThatHaveTruth() throws Exception {
        Path html = Files.createDirectories(dir.resolve("html"));
        Files.writeString(html.resolve("a.html"), ARTICLE);
        gzip(html.resolve("b.html.gz"), ARTICLE);
        Files.writeString(html.resolve("c.html"), ARTICLE);
        Files.writeString(html.resolve("notes.txt"), "not a page");
        Path truth = Files.writeString(dir.resolve("truth.json"), """
                {"a": {"articleBody": "A body", "url": "https://example.org/a"},
                 "b": {"articleBody": "B body", "url": "https://example.org/b"},
                 "z": {"articleBody": "no page", "url": "https://example.org/z"}}""");

        List<EvalPage> pages = PageSet.load(html, truth);

        assertThat(pages).extracting(EvalPage::id).containsExactly("a", "b");
        assertThat(pages.get(1).fileName()).isEqualTo("b.html.gz");
        assertThat(new String(pages.get(1).html(), StandardCharsets.UTF_8)).isEqualTo(ARTICLE);
        assertThat(pages.get(0).truth()).isEqualTo("A body");
        assertThat(pages.get(0).url()).isEqualTo("https://example.org/a");
    }

    @Test
    void shouldRefuseMissingOrUnusableInputs() throws Exception {
        Path html = Files.createDirectories(dir.resolve("html"));
        Path truth = Files.writeString(dir.resolve("truth.json"), "{\"a\": {\"articleBody\": \"x\"}}");
        Path notJson = Files.writeString(dir.resolve("bad.json"), "{oops");
        Path array = Files.writeString(dir.resolve("array.json"), "[]");

        assertThatThrownBy(() -> PageSet.load(dir.resolve("missing"), truth)).isInstanceOf(EvalInputException.class)
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> PageSet.load(html, dir.resolve("none.json"))).isInstanceOf(EvalInputException.class)
                .hasMessageContaining("none.json");
        assertThatThrownBy(() -> PageSet.load(html, notJson)).isInstanceOf(EvalInputException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> PageSet.load(html, array)).isInstanceOf(EvalInputException.class);
        assertThatThrownBy(() -> PageSet.load(html, truth)).isInstanceOf(EvalInputException.class)
                .hasMessageContaining("no page");
    }

    @Test
    void shouldScoreOursAndThePeerAndEndWithOneJsonLine() throws Exception {
        var page = new EvalPage("a", "a.html", "https://example.org/a",
                "The harbour ferry went back into service on Wednesday after four months in dry dock.\n\n"
                        + "The repairs cost 1.2 million euros.", ARTICLE.getBytes(StandardCharsets.UTF_8));
        var eval = new ExtractionEval(1);

        var report = new ExtractionReport(eval.run(new NewsflowExtractor(), List.of(page)),
                eval.run(new Readability4jExtractor(), List.of(page)));

        assertThat(report.ours().summary().f1()).isEqualTo(1.0);
        assertThat(report.table()).contains("newsflow").contains("readability4j").contains("worst pages");
        assertThat(report.json()).startsWith("{\"f1\":1.0,\"precision\":1.0,\"recall\":1.0,")
                .contains("\"pages\":1").contains("\"pages_per_second\":")
                .contains("\"peer\":{\"name\":\"readability4j\",\"f1\":").doesNotContain("\n");
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
