package news.ingest.parse.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import news.events.ArticleIdentity;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests over the feed fixtures in {@code src/test/resources/feeds/} (each {@code x.xml|rss|atom} with a
 * {@code x.expected.json} holding the exact {@link FormatResult.Found}), plus the refusals: malformed XML, XML that
 * is no feed, and the XML attacks (external entities, entity expansion).
 */
class FeedFormatTest {
    private static final Instant READ_AT = Instant.parse("2026-02-05T10:00:00Z");
    private static final String EXPECTED = ".expected.json";

    private final FeedFormat format = new FeedFormat();

    @TestFactory
    Stream<DynamicTest> shouldParseEveryFeedFixtureAsItsGoldenFileSays() throws IOException {
        List<Path> fixtures = fixtures();
        assertThat(fixtures).hasSizeGreaterThanOrEqualTo(3);
        return fixtures.stream().map(fixture -> dynamicTest(fixture.getFileName().toString(), () -> {
            String name = fixture.getFileName().toString();
            Path golden = fixture.resolveSibling(name.substring(0, name.lastIndexOf('.')) + EXPECTED);
            FormatResult.Found expected = JsonSerdes.fromBytes(Files.readAllBytes(golden), FormatResult.Found.class);

            FormatResult result = format.parse(file(name, Files.readAllBytes(fixture)));

            assertThat(result).isEqualTo(expected);
        }));
    }

    @Test
    void shouldReadContentEncodedCdataWithParagraphsAndNoScript() throws IOException {
        ArticleDraft first = found(parseFixture("rss2-content-encoded.xml")).articles().get(0);

        assertThat(first.body())
                .startsWith("Talks between the transitional government and regional mediators resumed in Bamako")
                .contains("\n\nThe delegations met at the Cité administrative.\nA second round is planned for March.")
                .doesNotContain("trackView", "<p>", "&nbsp;", "\u00a0");
        assertThat(first.byline()).isEqualTo("Awa Traoré");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-02-05T09:30:00Z"));
    }

    @Test
    void shouldReadEscapedHtmlAndCdataHtmlAlike() {
        String escaped = rss("<item><title>T</title><description>&lt;p&gt;One &amp;amp; two.&lt;/p&gt;"
                + "&lt;p&gt;Three.&lt;/p&gt;</description></item>");
        String cdata = rss("<item><title>T</title><description><![CDATA[<p>One &amp; two.</p><p>Three.</p>]]>"
                + "</description></item>");

        String fromEscaped = single(format.parse(file("a.rss", escaped))).body();
        String fromCdata = single(format.parse(file("a.rss", cdata))).body();

        assertThat(fromEscaped).isEqualTo(fromCdata).isEqualTo("One & two.\n\nThree.");
    }

    @Test
    void shouldTakeLanguageFromXmlLangAndLinkFromXmlBase() throws IOException {
        List<ArticleDraft> entries = found(parseFixture("atom-html-content.atom")).articles();

        assertThat(entries).extracting(ArticleDraft::language).containsExactly("fr", "en", "fr");
        assertThat(entries.get(0).url()).isEqualTo("https://actu.example.fr/2026/02/reprise-negociations");
        assertThat(entries.get(0).title()).isEqualTo("Reprise des négociations à Bamako");
        assertThat(entries.get(1).byline()).as("an entry without author has the feed's").isEqualTo("Rédaction Sahel");
    }

    @Test
    void shouldPublishTheGoodItemsAndReportTheOneWithoutTitleOrText() throws IOException {
        FormatResult.Found found = found(parseFixture("rss-one-empty-item.rss"));

        assertThat(found.articles()).extracting(ArticleDraft::feedItem).containsExactly(0, 1, 3);
        assertThat(found.itemProblems()).containsExactly("item 2: no title or text");
    }

    @Test
    void shouldRefuseExternalEntities() throws IOException {
        FormatResult result = parseFixture("xxe.xml");

        assertThat(result).isInstanceOf(FormatResult.Unreadable.class);
        assertThat(((FormatResult.Unreadable) result).reason()).contains("\"xxe\"").doesNotContain("root:");
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {
        "<!DOCTYPE rss [<!ENTITY secret SYSTEM \"%s\">]>" + "<rss><channel><item><title>&secret;</title>"
                + "<description>x</description></item></channel></rss>",
        "<!DOCTYPE rss [<!ENTITY %% secret SYSTEM \"%s\"> %%secret;]>" + "<rss><channel><item><title>t</title>"
                + "<description>x</description></item></channel></rss>",
        "<!DOCTYPE rss SYSTEM \"%s\">" + "<rss><channel><item><title>t</title>"
                + "<description>x</description></item></channel></rss>"})
    void shouldNeverReadTheFileAnEntityOrDtdNames(String template, @TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        String xml = String.format(template, secret.toUri());

        FormatResult result = format.parse(file("attack.xml", xml));

        assertThat(JsonSerdes.toPrettyBytes(result)).asString(StandardCharsets.UTF_8)
                .doesNotContain("TOP-SECRET-MARKER");
    }

    @Test
    void shouldRejectBillionLaughsFast() throws IOException {
        byte[] bytes = fixture("billion-laughs.xml");

        FormatResult result = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> format.parse(file("billion-laughs.xml", bytes)));

        assertThat(result).isInstanceOf(FormatResult.Unreadable.class);
        assertThat(((FormatResult.Unreadable) result).reason()).contains("lol9");
    }

    @Test
    void shouldStillReadAnOldRssFeedThatNamesItsDtd() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\""
                + " \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
                + "<rss version=\"0.91\"><channel><title>Old</title><language>en</language>"
                + "<item><title>Old &amp; still read</title><link>http://old.example.com/1</link>"
                + "<description>Text &#233;.</description></item></channel></rss>";

        ArticleDraft draft = single(format.parse(file("old.rss", xml)));

        assertThat(draft.title()).isEqualTo("Old & still read");
        assertThat(draft.body()).isEqualTo("Text é.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version='1.0'?>"})
    void shouldReadWindows1252BytesThatAreNotTheUtf8TheyClaim(String declaration) {
        byte[] bytes = (declaration + rssWithoutDeclaration("<item><title>Caf\u00e9 \u201ctalks\u201d</title></item>"))
                .getBytes(Charset.forName("windows-1252"));

        assertThat(single(format.parse(file("old.rss", bytes))).title()).isEqualTo("Caf\u00e9 \u201ctalks\u201d");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISO-8859-1", "UTF-16", "windows-1251"})
    void shouldReadTheEncodingTheDocumentDeclares(String encoding) {
        String title = encoding.equals("windows-1251") ? "\u041c\u0430\u043b\u0438" : "Caf\u00e9";
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>"
                + rssWithoutDeclaration("<item><title>" + title + "</title></item>")).getBytes(Charset.forName(encoding));

        assertThat(single(format.parse(file("enc.rss", bytes))).title()).isEqualTo(title);
    }

    @Test
    void shouldReportLineAndColumnOfMalformedXml() throws IOException {
        assertThat(parseFixture("malformed.xml")).isEqualTo(new FormatResult.Unreadable("malformed XML: line 5, "
                + "column 24: The element type \"title\" must be terminated by the matching end-tag \"</title>\"."));
    }

    @Test
    void shouldRefuseXmlThatIsNotAFeedNamingItsRoot() throws IOException {
        assertThat(parseFixture("not-a-feed.xml"))
                .isEqualTo(new FormatResult.Unreadable("not an RSS or Atom feed: root element <catalog>"));
    }

    @Test
    void shouldNameTheRootAsWrittenWithItsPrefix() {
        String xml = "<x:html xmlns:x=\"http://www.w3.org/1999/xhtml\"><x:body/></x:html>";

        assertThat(format.parse(file("page.xml", xml)))
                .isEqualTo(new FormatResult.Unreadable("not an RSS or Atom feed: root element <x:html>"));
    }

    @Test
    void shouldRefuseAFeedWithoutItems() {
        assertThat(format.parse(file("empty.rss", rss(""))))
                .isEqualTo(new FormatResult.Unreadable("the RSS feed holds no items"));
    }

    @Test
    void shouldRefuseElementsNestedTooDeep() {
        String xml = "<a>".repeat(SafeXml.MAX_DEPTH + 1) + "</a>".repeat(SafeXml.MAX_DEPTH + 1);

        assertThat(format.parse(file("deep.xml", xml))).isInstanceOf(FormatResult.Unreadable.class);
    }

    @Test
    void shouldLeaveOutItemsBeyondTheLimitAndSayHowMany() {
        var items = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            items.append("<item><title>Item ").append(i).append("</title></item>");
        }

        FormatResult.Found found = found(new FeedFormat(3).parse(file("many.rss", rss(items.toString()))));

        assertThat(found.articles()).extracting(ArticleDraft::title).containsExactly("Item 0", "Item 1", "Item 2");
        assertThat(found.itemProblems())
                .containsExactly("2 items left out: the feed has 5, more than the limit of 3");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Thu, 05 Feb 2026 09:30:00 GMT       | 2026-02-05T09:30:00Z",
        "Thu, 05 Feb 2026 09:30:00 +0000     | 2026-02-05T09:30:00Z",
        "Thu, 5 Feb 2026 09:30:00 -0500      | 2026-02-05T14:30:00Z",
        "Thu, 05 Feb 2026 09:30 EST          | 2026-02-05T14:30:00Z",
        "Thu, 05 Feb 2026 09:30:00 PDT       | 2026-02-05T16:30:00Z",
        "Thursday, 05 February 2026 09:30:00 GMT | 2026-02-05T09:30:00Z",
        "Thu 05 Feb 2026 09:30:00 GMT        | 2026-02-05T09:30:00Z",
        "05 Feb 2026 09:30:00 GMT            | 2026-02-05T09:30:00Z",
        "thu, 05 feb 2026 09:30:00 gmt       | 2026-02-05T09:30:00Z",
        "Thu, 05 Feb 26 09:30:00 GMT         | 2026-02-05T09:30:00Z",
        "Thu, 05 Feb 2026 09:30:00 +01:00    | 2026-02-05T08:30:00Z",
        "Thu, 05 Feb 2026 09:30:00           | 2026-02-05T09:30:00Z",
        "Thu, 05 Feb 2026 09:30:00 CET (Central European Time) | 2026-02-05T08:30:00Z",
        "Thu, 05 Feb 2026 9:30:00 Z          | 2026-02-05T09:30:00Z",
        "Thu, 05-Feb-2026 09:30:00 UT        | 2026-02-05T09:30:00Z",
        "Thu, 05 Sept 2026 09:30:00 GMT      | 2026-09-05T09:30:00Z",
        "Thu,  05 Feb 2026  09:30:00   GMT   | 2026-02-05T09:30:00Z",
        "2026-02-05T09:30:00+01:00           | 2026-02-05T08:30:00Z",
        "2026-02-05                          | 2026-02-05T00:00:00Z"})
    void shouldReadSloppyRfc822PubDates(String pubDate, String expected) {
        String xml = rss("<item><title>T</title><pubDate>" + pubDate + "</pubDate></item>");

        assertThat(single(format.parse(file("dates.rss", xml))).published()).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "Thu, 31 Feb 2026 09:30:00 GMT", "Thu, 05 Foo 2026 09:30:00 GMT", ""})
    void shouldLeavePublishedEmptyWhenTheDateCannotBeRead(String pubDate) {
        String xml = rss("<item><title>T</title><pubDate>" + pubDate + "</pubDate></item>");

        ArticleDraft draft = single(format.parse(file("dates.rss", xml)));

        assertThat(draft.published()).isNull();
        assertThat(draft.title()).isEqualTo("T");
    }

    @Test
    void shouldReadRss1RdfItems() {
        String xml = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<channel rdf:about=\"https://ex.org/\"><title>Ch</title><dc:language>de</dc:language></channel>"
                + "<item rdf:about=\"https://ex.org/a\"><title>Erster</title><description>Text.</description>"
                + "<dc:date>2026-02-05T09:30:00Z</dc:date><dc:creator>Jana</dc:creator></item></rdf:RDF>";

        FormatResult.Found found = found(format.parse(file("rdf.rss", xml)));

        assertThat(found.format()).isEqualTo("rss");
        assertThat(found.articles()).containsExactly(new ArticleDraft("Erster", "headline", "Text.",
                Instant.parse("2026-02-05T09:30:00Z"), "Jana", "de", "https://ex.org/a", 0));
    }

    @Test
    void shouldReadAnAtomEntryDocumentAsOneArticle() {
        String xml = "<entry xmlns=\"http://www.w3.org/2005/Atom\"><title>Alone</title>"
                + "<link href=\"https://ex.org/alone\"/><updated>2026-02-05T09:30:00Z</updated>"
                + "<author><name>A</name></author><author><name>B</name></author>"
                + "<content type=\"text\">Line one.\n\nLine two.</content></entry>";

        FormatResult.Found found = found(format.parse(file("entry.atom", xml)));

        assertThat(found.format()).isEqualTo("atom");
        assertThat(found.contentType()).isEqualTo("application/atom+xml");
        assertThat(found.articles()).containsExactly(new ArticleDraft("Alone", "headline", "Line one.\n\nLine two.",
                Instant.parse("2026-02-05T09:30:00Z"), "A, B", null, "https://ex.org/alone", null));
    }

    @Test
    void shouldIgnoreAtomContentByReferenceAndUseTheSummary() {
        String xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>T</title>"
                + "<content type=\"video/mp4\" src=\"https://ex.org/v.mp4\"/><summary>Short.</summary></entry></feed>";

        assertThat(single(format.parse(file("v.atom", xml))).body()).isEqualTo("Short.");
    }

    @Test
    void shouldGiveEachItemOfAThreeItemRssFileItsOwnArticle() throws Exception {
        byte[] bytes = fixture("rss2-content-encoded.xml");

        ParseResult result = new ArticleFileParser()
                .parse(new ArticleFile("/inbox/sahel.rss", "sahel.rss", bytes, READ_AT));

        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        List<RawArticle> articles = ((ParseResult.Parsed) result).articles();
        assertThat(articles).hasSize(3);
        assertThat(articles).extracting(RawArticle::id).doesNotHaveDuplicates();
        assertThat(articles).extracting(RawArticle::format).containsOnly("rss");
        assertThat(articles).extracting(a -> a.source().feedItem()).containsExactly(0, 1, 2);
        assertThat(articles).extracting(a -> a.source().sha256()).containsOnly(ArticleIdentity.sha256Hex(bytes));
        assertThat(articles).extracting(a -> a.source().contentType()).containsOnly("application/rss+xml");
        assertThat(articles).extracting(RawArticle::language).containsOnly("en-US");
        assertThat(((ParseResult.Parsed) result).itemProblems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"feed.xml", "feed.rss", "feed.atom", "FEED.XML"})
    void shouldDispatchFeedExtensionsToTheFeedFormat(String name) throws IOException {
        ParseResult result = new ArticleFileParser()
                .parse(new ArticleFile("/inbox/" + name, name, fixture("atom-html-content.atom"), READ_AT));

        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        assertThat(((ParseResult.Parsed) result).articles()).extracting(RawArticle::format).containsOnly("atom");
    }

    @Test
    void shouldRefuseTheFileThroughArticleFileParserWhenEveryItemIsEmpty() {
        String xml = rss("<item><link>https://ex.org/1</link></item><item><description> </description></item>");

        ParseResult result = new ArticleFileParser()
                .parse(new ArticleFile("/inbox/empty.rss", "empty.rss", xml.getBytes(StandardCharsets.UTF_8), READ_AT));

        assertThat(result).isEqualTo(new ParseResult.Rejected(
                "no usable article: item 0: no title or text; item 1: no title or text"));
    }

    private static String rss(String items) {
        return "<?xml version=\"1.0\"?>" + rssWithoutDeclaration(items);
    }

    private static String rssWithoutDeclaration(String items) {
        return "<rss version=\"2.0\"><channel><title>C</title>" + items + "</channel></rss>";
    }

    private FormatResult parseFixture(String name) throws IOException {
        return format.parse(file(name, fixture(name)));
    }

    private static ArticleFile file(String name, String xml) {
        return file(name, xml.getBytes(StandardCharsets.UTF_8));
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
            return files.filter(f -> !f.getFileName().toString().endsWith(EXPECTED))
                    .filter(f -> Files.exists(f.resolveSibling(f.getFileName().toString()
                            .replaceFirst("\\.[^.]+$", EXPECTED))))
                    .sorted().toList();
        }
    }

    private static Path folder() {
        try {
            return Path.of(FeedFormatTest.class.getResource("/feeds").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
