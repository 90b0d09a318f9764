package news.ingest.parse.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import news.ingest.parse.ArticleDraft;
import news.ingest.parse.ArticleFile;
import news.ingest.parse.FormatResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden pages written for these tests ({@code src/test/resources/html/<name>.html} with
 * {@code <name>.expected.json}: title, published, byline, url, language, the body's exact paragraphs and strings
 * that must not be in it), plus refusals and malformed input.
 */
class HtmlFormatTest {
    private static final Path PAGES = Path.of("src/test/resources/html");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HtmlFormat format = new HtmlFormat();

    @TestFactory
    Stream<DynamicTest> shouldExtractEveryGoldenPageAsItsExpectedFileSays() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(PAGES)) {
            pages = files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> Files.exists(expectedFile(f)))
                    .sorted()
                    .toList();
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(4);
        return pages.stream().map(page -> dynamicTest(page.getFileName().toString(), () -> {
            JsonNode expected = JSON.readTree(expectedFile(page).toFile());

            ArticleDraft article = parseFound(page);

            assertThat(article.title()).isEqualTo(expected.get("title").asText());
            assertThat(article.titleSource()).isEqualTo(ArticleDraft.HEADLINE);
            assertThat(article.published()).isEqualTo(instantOrNull(expected.get("published")));
            assertThat(article.byline()).isEqualTo(textOrNull(expected.get("byline")));
            assertThat(article.url()).isEqualTo(textOrNull(expected.get("url")));
            assertThat(article.language()).isEqualTo(textOrNull(expected.get("language")));
            assertThat(article.body().split("\n\n")).containsExactlyElementsOf(texts(expected.get("paragraphs")));
            for (String absent : texts(expected.get("absent"))) {
                assertThat(article.body()).as("boilerplate in the body").doesNotContain(absent);
            }
        }));
    }

    @Test
    void shouldRefuseAPageThatHoldsOnlyBoilerplate() throws IOException {
        FormatResult result = format.parse(file(PAGES.resolve("boilerplate-only.html")));

        assertThat(result).isEqualTo(new FormatResult.Unreadable("no article text found in the HTML"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "<html></html>", "<html><body></body></html>",
        "<script>var x = '<p>not text</p>';</script>", "<<<>>>", "<!-- only a comment -->"})
    void shouldRefuseAPageWithoutText(String html) {
        FormatResult result = format.parse(file("empty.html", html.getBytes(StandardCharsets.UTF_8)));

        assertThat(result).isInstanceOf(FormatResult.Unreadable.class);
    }

    @Test
    void shouldReadTextOutOfUnclosedTags() {
        String html = "<html><head><title>Unclosed</title><body><div class='content'><p>The first paragraph never"
                + " closes its <b>bold <i>and italic text<p>The second paragraph starts anyway, as browsers do"
                + "<div><p>A third one sits in a div that is never closed either";

        ArticleDraft article = found(format.parse(file("unclosed.html", html.getBytes(StandardCharsets.UTF_8))));

        assertThat(article.title()).isEqualTo("Unclosed");
        assertThat(article.body())
                .contains("The first paragraph never closes its bold and italic text")
                .contains("The second paragraph starts anyway, as browsers do")
                .contains("A third one sits in a div that is never closed either");
    }

    @Test
    void shouldSurviveThousandsOfNestedElements() {
        String html = "<div>".repeat(20_000) + "<p>Deep down there is one sentence of text, long enough to count.</p>";

        ArticleDraft article = found(format.parse(file("deep.html", html.getBytes(StandardCharsets.UTF_8))));

        assertThat(article.body()).isEqualTo("Deep down there is one sentence of text, long enough to count.");
    }

    @Test
    void shouldNeverThrowOnGarbage() {
        var random = new Random(42);
        var results = new ArrayList<FormatResult>();
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(2000)];
            random.nextBytes(bytes);
            results.add(format.parse(file("garbage.html", bytes)));
            String tags = randomTags(random);
            results.add(format.parse(file("tags.html", tags.getBytes(StandardCharsets.UTF_8))));
        }
        assertThat(results).doesNotContainNull();
    }

    @Test
    void shouldRefuseBinaryContent() {
        FormatResult result = format.parse(file("image.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}));

        assertThat(result).isInstanceOf(FormatResult.Unreadable.class);
        assertThat(((FormatResult.Unreadable) result).reason()).contains("binary");
    }

    @Test
    void shouldReportFormatAndContentType() throws IOException {
        var found = (FormatResult.Found) format.parse(file(PAGES.resolve("time-element.html")));

        assertThat(found.format()).isEqualTo("html");
        assertThat(found.contentType()).isEqualTo("text/html");
        assertThat(found.articles()).hasSize(1);
        assertThat(found.articles().get(0).feedItem()).isNull();
        assertThat(found.itemProblems()).isEmpty();
    }

    private static String randomTags(Random random) {
        String[] pieces = {"<div>", "</div>", "<p>", "</p>", "<b>", "</i>", "<table><tr><td>", "<li>", "<br>",
            "Some words here, ", "more words. ", "<a href='x'>", "</a>", "<script>", "</script>", "<!--", "-->",
            "<", ">", "&amp;", "&#xFFFF;", "<h1>", "<meta charset='koi8-r'>", "\u00e9\u4e2d"};
        var html = new StringBuilder();
        for (int i = random.nextInt(300); i > 0; i--) {
            html.append(pieces[random.nextInt(pieces.length)]);
        }
        return html.toString();
    }

    private ArticleDraft parseFound(Path page) throws IOException {
        return found(format.parse(file(page)));
    }

    private static ArticleDraft found(FormatResult result) {
        assertThat(result).isInstanceOf(FormatResult.Found.class);
        return ((FormatResult.Found) result).articles().get(0);
    }

    private static ArticleFile file(Path path) throws IOException {
        return new ArticleFile(path.toAbsolutePath().toString(), path.getFileName().toString(), Files.readAllBytes(path),
                Instant.EPOCH);
    }

    private static ArticleFile file(String name, byte[] bytes) {
        return new ArticleFile("/inbox/" + name, name, bytes, Instant.EPOCH);
    }

    private static Path expectedFile(Path page) {
        String name = page.getFileName().toString();
        return page.resolveSibling(name.substring(0, name.length() - ".html".length()) + ".expected.json");
    }

    private static Instant instantOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : Instant.parse(node.asText());
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
