package news.ingest.parse.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import news.events.JsonSerdes;
import news.events.RawArticle;
import news.ingest.parse.ArticleDraft;
import news.ingest.parse.ArticleFile;
import news.ingest.parse.ArticleFileParser;
import news.ingest.parse.FormatResult;
import news.ingest.parse.ParseResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests over the JSON fixtures in {@code src/test/resources/json/} (each {@code x.json} with an
 * {@code x.expected.json} holding the exact {@link FormatResult.Found}), the refusals, and the IPTC's own ninjs
 * examples when {@code shared/data} is there.
 */
class JsonFormatTest {
    private static final Instant READ_AT = Instant.parse("2026-02-05T10:00:00Z");
    private static final String EXPECTED = ".expected.json";
    private static final Path IPTC_EXAMPLES = Path.of("../../shared/data/iptc/ninjs");

    private final JsonFormat format = new JsonFormat();

    @TestFactory
    Stream<DynamicTest> shouldParseEveryJsonFixtureAsItsGoldenFileSays() throws IOException {
        List<Path> fixtures = fixtures();
        assertThat(fixtures).hasSizeGreaterThanOrEqualTo(3);
        return fixtures.stream().map(fixture -> dynamicTest(fixture.getFileName().toString(), () -> {
            String name = fixture.getFileName().toString();
            Path golden = fixture.resolveSibling(name.replace(".json", EXPECTED));
            FormatResult.Found expected = JsonSerdes.fromBytes(Files.readAllBytes(golden), FormatResult.Found.class);

            FormatResult result = format.parse(file(name, Files.readAllBytes(fixture)));

            assertThat(result).isEqualTo(expected);
        }));
    }

    @Test
    void shouldPreferTheNinjsHtmlBodyAndTheMainHeadline() throws IOException {
        ArticleDraft draft = single(parseFixture("ninjs-html-body.json"));

        assertThat(draft.title()).isEqualTo("Gespräche in Bamako nach zwei Wochen wieder aufgenommen");
        assertThat(draft.body()).contains("fortgesetzt.\n\nEine zweite Runde ist für März geplant.\nDetails folgen.")
                .doesNotContain("color:red", "<p>");
        assertThat(draft.published()).as("versioncreated").isEqualTo(Instant.parse("2026-02-05T09:42:10Z"));
        assertThat(draft.feedItem()).isNull();
    }

    @Test
    void shouldFallBackToThePlainNinjsBodyThenToTheDescription() {
        String plain = "{\"uri\":\"urn:x:1\",\"headlines\":[{\"value\":\"H\"}],"
                + "\"bodies\":[{\"contenttype\":\"text/plain\",\"value\":\"Para one.\\n\\nPara two.\"}]}";
        String summaryOnly = "{\"uri\":\"urn:x:2\",\"type\":\"text\",\"headlines\":[{\"value\":\"H\"}],"
                + "\"descriptions\":[{\"role\":\"summary\",\"value\":\"Only a summary.\"}]}";

        assertThat(single(format.parse(file("a.json", plain))).body()).isEqualTo("Para one.\n\nPara two.");
        assertThat(single(format.parse(file("b.json", summaryOnly))).body()).isEqualTo("Only a summary.");
    }

    @Test
    void shouldReadNinjs1Fields() {
        String json = "{\"uri\":\"http://ex.org/1\",\"headline\":\"Old style\",\"body_html\":\"<p>A.</p><p>B.</p>\","
                + "\"firstcreated\":\"2026-02-05T09:00:00Z\"}";

        assertThat(single(format.parse(file("old.json", json)))).isEqualTo(new ArticleDraft("Old style", "headline",
                "A.\n\nB.", Instant.parse("2026-02-05T09:00:00Z"), null, null, "http://ex.org/1", null));
    }

    @Test
    void shouldNotTakeANinjsUrnForTheUrl() {
        String json = "{\"uri\":\"urn:newsml:ex.org:1\",\"type\":\"text\",\"headlines\":[{\"value\":\"H\"}]}";

        assertThat(single(format.parse(file("a.json", json))).url()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"uri\":\"urn:x\",\"type\":\"picture\",\"headlines\":[{\"value\":\"H\"}]} | ninjs type 'picture' carries no article text",
        "{\"uri\":\"urn:x\",\"pubstatus\":\"canceled\",\"headlines\":[{\"value\":\"H\"}]} | ninjs pubstatus 'canceled': not for publication",
        "{\"uri\":\"urn:x\",\"type\":\"text\",\"headlines\":[]} | no title or text",
        "{\"title\":\" \",\"body\":\"\"} | no title or text",
        "{\"title\":{\"en\":\"T\"},\"body\":\"B\"} | 'title' is an object with fields [en], not a string"})
    void shouldRefuseASingleDocumentThatIsNoUsableArticle(String json, String reason) {
        assertThat(format.parse(file("a.json", json))).isEqualTo(new FormatResult.Unreadable(reason));
    }

    @Test
    void shouldReadTheSimpleFormWithADateOnlyAsMidnightUtc() throws IOException {
        ArticleDraft draft = single(parseFixture("simple.json"));

        assertThat(draft.published()).isEqualTo(Instant.parse("2026-02-04T00:00:00Z"));
        assertThat(draft.body()).isEqualTo("Rain delayed the harvest in the south, farmers said on Wednesday.\n\n"
                + "Officials will assess the damage next week.\nLosses could be heavy.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "2026-02-05T10:15:00Z           | 2026-02-05T10:15:00Z",
        "2026-02-05T10:15:00.250+02:00  | 2026-02-05T08:15:00.250Z",
        "2026-02-05T10:15:00+0200       | 2026-02-05T08:15:00Z",
        "2026-02-05T10:15               | 2026-02-05T10:15:00Z",
        "2026-02-05 10:15:00            | 2026-02-05T10:15:00Z",
        "2026-02-05                     | 2026-02-05T00:00:00Z"})
    void shouldReadIso8601Dates(String published, String expected) {
        String json = "{\"title\":\"T\",\"body\":\"B\",\"published\":\"" + published + "\"}";

        assertThat(single(format.parse(file("a.json", json))).published()).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"05/02/2026", "2026-02-30", "soon"})
    void shouldLeavePublishedEmptyWhenTheDateIsNotIso8601(String published) {
        String json = "{\"title\":\"T\",\"body\":\"B\",\"published\":\"" + published + "\"}";

        assertThat(single(format.parse(file("a.json", json))).published()).isNull();
    }

    @Test
    void shouldDeriveATitleWhenTheSimpleFormHasOnlyABody() {
        String json = "{\"body\":\"Rain fell on Bamako. Streets flooded.\"}";

        ArticleDraft draft = single(format.parse(file("a.json", json)));

        assertThat(draft.title()).isEqualTo("Rain fell on Bamako");
        assertThat(draft.titleSource()).isEqualTo("derived");
    }

    @Test
    void shouldReportTheLocationOfMalformedJson() {
        String json = "{\n  \"title\": \"T\",\n  \"body\": \n}";

        FormatResult result = format.parse(file("bad.json", json));

        assertThat(result).isInstanceOf(FormatResult.Unreadable.class);
        assertThat(((FormatResult.Unreadable) result).reason())
                .startsWith("malformed JSON: line 4, column 1: Unexpected character ('}'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"title\":\"a\",\"title\":\"b\"}", "{\"title\":\"a\"} {\"title\":\"b\"}", "[1,", "nul"})
    void shouldRefuseJsonThatIsNotOneWellFormedDocument(String json) {
        FormatResult result = format.parse(file("bad.json", json));

        assertThat(result).isInstanceOf(FormatResult.Unreadable.class);
        assertThat(((FormatResult.Unreadable) result).reason()).startsWith("malformed JSON: line 1, column ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"headline_text\":\"x\",\"content\":\"y\"} | an object with fields [headline_text, content]",
        "{\"uri\":\"urn:x\"}                         | an object with fields [uri]",
        "{}                                          | an empty object",
        "\"just a string\"                           | a string",
        "42                                          | a number"})
    void shouldRefuseJsonOfUnknownShapeSayingWhatItIs(String json, String what) {
        assertThat(format.parse(file("odd.json", json)))
                .isEqualTo(new FormatResult.Unreadable("JSON is neither ninjs nor {title, body}: " + what));
    }

    @Test
    void shouldReportTheBadArrayElementAndKeepTheOthers() throws IOException {
        FormatResult.Found found = found(parseFixture("array-one-bad.json"));

        assertThat(found.articles()).extracting(ArticleDraft::feedItem).containsExactly(0, 2);
        assertThat(found.itemProblems()).containsExactly(
                "item 1: neither ninjs nor {title, body}: an object with fields [headline_text, content]");
    }

    @Test
    void shouldLeaveOutArrayElementsBeyondTheLimit() {
        String json = "[{\"title\":\"A\"},{\"title\":\"B\"},{\"title\":\"C\"}]";

        FormatResult.Found found = found(new JsonFormat(2).parse(file("many.json", json)));

        assertThat(found.articles()).extracting(ArticleDraft::title).containsExactly("A", "B");
        assertThat(found.itemProblems()).containsExactly("1 items left out: the array has 3, more than the limit of 2");
    }

    @Test
    void shouldRefuseAnEmptyArray() {
        assertThat(format.parse(file("none.json", " [ ] ")))
                .isEqualTo(new FormatResult.Unreadable("the JSON array holds no articles"));
    }

    @Test
    void shouldRefuseBinaryContent() {
        assertThat(format.parse(file("bin.json", new byte[] {'{', 0, 1, 2, '}'})))
                .isEqualTo(new FormatResult.Unreadable("binary content: not a text file"));
    }

    @Test
    void shouldPublishTheGoodArrayElementsThroughArticleFileParser() throws IOException {
        byte[] bytes = fixture("array-one-bad.json");

        ParseResult result = new ArticleFileParser()
                .parse(new ArticleFile("/inbox/batch.json", "batch.json", bytes, READ_AT));

        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        var parsed = (ParseResult.Parsed) result;
        assertThat(parsed.articles()).extracting(RawArticle::format).containsOnly("json");
        assertThat(parsed.articles()).extracting(a -> a.source().feedItem()).containsExactly(0, 2);
        assertThat(parsed.articles()).extracting(a -> a.source().contentType()).containsOnly("application/json");
        assertThat(parsed.articles()).extracting(RawArticle::id).doesNotHaveDuplicates();
        assertThat(parsed.itemProblems()).hasSize(1).allSatisfy(p -> assertThat(p).startsWith("item 1: "));
    }

    @Test
    void shouldRejectMalformedJsonThroughArticleFileParser() {
        ParseResult result = new ArticleFileParser().parse(new ArticleFile("/inbox/bad.json", "bad.json",
                "{\"title\": ".getBytes(StandardCharsets.UTF_8), READ_AT));

        assertThat(result).isInstanceOf(ParseResult.Rejected.class);
        assertThat(((ParseResult.Rejected) result).reason()).startsWith("malformed JSON: line 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples-2.1/dpa_text.json", "examples-2.1/ntb_text.json",
        "examples-2.1/ninjsExSimpleText_2.json", "examples-2.2/004_simple_text_article.json",
        "examples-2.2/005_complex_text_article.json"})
    void shouldReadTheIptcNinjsTextExamples(String example) throws IOException {
        Path path = IPTC_EXAMPLES.resolve(example);
        assumeTrue(Files.exists(path), "shared/data with the IPTC ninjs examples is not there: " + path);

        ArticleDraft draft = single(format.parse(file(path.getFileName().toString(), Files.readAllBytes(path))));

        assertThat(draft.titleSource()).isEqualTo("headline");
        assertThat(draft.title()).isNotBlank();
        assertThat(draft.body()).isNotBlank().doesNotContain("<p>", "</");
        assertThat(draft.published()).isNotNull();
    }

    @Test
    void shouldRefuseTheIptcPictureExample() throws IOException {
        Path path = IPTC_EXAMPLES.resolve("examples-2.2/006_photo_only.json");
        assumeTrue(Files.exists(path), "shared/data with the IPTC ninjs examples is not there: " + path);

        FormatResult result = format.parse(file("photo.json", Files.readAllBytes(path)));

        assertThat(result).isInstanceOf(FormatResult.Unreadable.class);
    }

    private FormatResult parseFixture(String name) throws IOException {
        return format.parse(file(name, fixture(name)));
    }

    private static ArticleFile file(String name, String json) {
        return file(name, json.getBytes(StandardCharsets.UTF_8));
    }

    private static ArticleFile file(String name, byte[] bytes) {
        return new ArticleFile("/inbox/" + name, name, bytes, READ_AT);
    }

    private static FormatResult.Found found(FormatResult result) {
        assertThat(result).isInstanceOf(FormatResult.Found.class);
        return (FormatResult.Found) result;
    }

    private static ArticleDraft single(FormatResult result) {
        List<ArticleDraft> articles = found(result).articles();
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    private static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(folder().resolve(name));
    }

    private static List<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(Path::getFileName).map(Path::toString)
                    .filter(name -> !name.endsWith(EXPECTED))
                    .filter(name -> Files.exists(folder().resolve(name.replace(".json", EXPECTED))))
                    .sorted().map(folder()::resolve).toList();
        }
    }

    private static Path folder() {
        try {
            return Path.of(JsonFormatTest.class.getResource("/json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
