package news.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import news.events.ArticleIdentity;
import news.events.JsonSerdes;
import news.events.RawArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests over the repository's {@code seeds/} (each with {@code golden/<seed>.expected.json} in the test
 * resources), plus the refusals and encodings the parser must handle.
 */
class ArticleFileParserTest {
    private static final Path SEEDS = Path.of("../seeds");
    private static final Instant READ_AT = Instant.parse("2026-02-05T10:00:00Z");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static List<Path> seeds;
    private final ArticleFileParser parser = new ArticleFileParser();

    /** What a seed must parse to: the whole article as reviewed by a person (the id pins title and body). */
    record Expected(String id, String title, String titleSource, String format, Instant published, String byline,
                    String body) {
    }

    @BeforeAll
    static void listSeeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> shouldParseEverySeedAsItsGoldenFileSays() {
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(5);
        return seeds.stream().map(seed -> dynamicTest(seed.getFileName().toString(), () -> {
            Expected expected = golden(seed);

            RawArticle article = parseSeed(seed);

            assertThat(article.title()).isEqualTo(expected.title());
            assertThat(article.titleSource()).isEqualTo(expected.titleSource());
            assertThat(article.format()).isEqualTo(expected.format());
            assertThat(article.published()).isEqualTo(expected.published());
            assertThat(article.byline()).isEqualTo(expected.byline());
            assertThat(article.body()).isEqualTo(expected.body());
            assertThat(article.id()).isEqualTo(expected.id());
        }));
    }

    @Test
    void shouldTakeTheHeadlineOf001() throws IOException {
        RawArticle article = parseSeed(seed("001_"));

        assertThat(article.title()).isEqualTo("Washington Seeks to Rebuild Trust with Mali Authorities");
        assertThat(article.titleSource()).isEqualTo("headline");
    }

    @Test
    void shouldKeepInitialsAndCurlyApostropheInTheHeadlineOf002() throws IOException {
        RawArticle article = parseSeed(seed("002_"));

        assertThat(article.title())
                .isEqualTo("U.S. Officials Engage with Mali Amid Junta\u2019s Focus on Security and Trade");
        assertThat(article.titleSource()).isEqualTo("headline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_", "001_", "002_", "003_", "004_"})
    void shouldLeaveNoSiteBoilerplateInTheBody(String prefix) throws IOException {
        RawArticle article = parseSeed(seed(prefix));

        assertThat(article.body()).doesNotContainIgnoringCase("leave a reply")
                .doesNotContainIgnoringCase("please enter your")
                .doesNotContainIgnoringCase("advertisement")
                .doesNotContainIgnoringCase("cookies")
                .doesNotContainIgnoringCase("sign up")
                .doesNotContainIgnoringCase("follow us on")
                .doesNotContain("What's Happening?", "Why It's Important?", "What's Next?")
                .doesNotContain("Edited By")
                .doesNotStartWith("3\n");
        assertThat(article.body().split("\n")).doesNotContain(article.title());
    }

    @Test
    void shouldDropRelatedHeadlinesButKeepSubheadingsIn003() throws IOException {
        RawArticle article = parseSeed(seed("003_"));

        assertThat(article.body()).doesNotContain("Mali's economy near standstill amid JNIM fuel attacks",
                "Niger faces multiple crises three months after military coup",
                "France halts counter-terrorism cooperation with Mali after diplomat's arrest",
                "US orders departure of staff and families from Mali over attack fears");
        assertThat(article.body()).contains("\n\nTrade, not aid\n\n", "\n\nFighting jihadism\n\n",
                "\n\nFrom Mali to Niger and Burkina Faso\n\n");
    }

    @Test
    void shouldTakeTheLeadingDateMarkerOf003AsPublished() throws IOException {
        RawArticle article = parseSeed(seed("003_"));

        assertThat(article.published()).isEqualTo(Instant.parse("2026-02-05T00:00:00Z"));
        assertThat(article.body()).startsWith("Nick Checker, head of the US State Department");
        assertThat(article.title()).startsWith("Nick Checker, head of the US State Department");
    }

    @Test
    void shouldMoveTheEditorCreditOf002ToTheByline() throws IOException {
        RawArticle article = parseSeed(seed("002_"));

        assertThat(article.byline()).isEqualTo("Edited By Ali Musa, Axadle Times International \u2013 Monitoring");
        assertThat(article.body()).doesNotContain("Axadle");
    }

    @Test
    void shouldNotTakeTheSectionLabelOf004AsTheHeadline() throws IOException {
        RawArticle article = parseSeed(seed("004_"));

        assertThat(article.titleSource()).isEqualTo("derived");
        assertThat(article.title()).startsWith("The United States is taking steps to re-engage with Mali");
        assertThat(article.body()).contains("policy. This move").contains("\n\nMali's geographic position");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_", "003_"})
    void shouldDeriveTheTitleWhenTheFileOpensWithAParagraph(String prefix) throws IOException {
        RawArticle article = parseSeed(seed(prefix));

        assertThat(article.titleSource()).isEqualTo("derived");
        assertThat(article.title()).isNotBlank().hasSizeLessThanOrEqualTo(121).doesNotContain("\n");
        assertThat(article.body()).startsWith(article.title().replace("\u2026", ""));
    }

    @Test
    void shouldGiveEverySeedADistinctHexId() throws IOException {
        var ids = seeds.stream().map(ArticleFileParserTest::parseSeedUnchecked).map(RawArticle::id).toList();

        assertThat(ids).allSatisfy(id -> assertThat(id).matches("[0-9a-f]{32}")).doesNotHaveDuplicates();
    }

    @Test
    void shouldDescribeTheSourceFileOfEverySeed() throws Exception {
        for (Path seed : seeds) {
            byte[] bytes = Files.readAllBytes(seed);
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

            RawArticle article = parseSeed(seed);

            assertThat(article.format()).isEqualTo("txt");
            assertThat(article.id()).isEqualTo(ArticleIdentity.articleId(article.title(), article.body()));
            assertThat(article.ingestedAt()).isEqualTo(READ_AT);
            assertThat(article.source().sha256()).isEqualTo(sha256);
            assertThat(article.source().name()).isEqualTo(seed.getFileName().toString());
            assertThat(article.source().path()).isEqualTo(seed.toAbsolutePath().toString());
            assertThat(article.source().sizeBytes()).isEqualTo(bytes.length);
            assertThat(article.source().contentType()).isEqualTo("text/plain");
            assertThat(article.source().feedItem()).isNull();
        }
    }

    @Test
    void shouldRejectEmptyFile() {
        assertThat(parse("empty.txt", new byte[0])).isEqualTo(new ParseResult.Rejected("empty file"));
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {" ", "\n\n\n", " \t \r\n \f ", "\ufeff   \n"})
    void shouldRejectWhitespaceOnlyFile(String content) {
        assertThat(rejection(parse("blank.txt", content.getBytes(StandardCharsets.UTF_8)))).contains("whitespace");
    }

    @Test
    void shouldRejectBytesWithNulAsBinary() {
        byte[] bytes = "Headline\n\nBody text\u0000with a NUL".getBytes(StandardCharsets.UTF_8);

        assertThat(rejection(parse("image.txt", bytes))).contains("binary");
    }

    @Test
    void shouldRejectTextFullOfControlCharactersAsBinary() {
        byte[] bytes = "Head\u0001line\u0002\n\u0003Body\u0004".getBytes(StandardCharsets.UTF_8);

        assertThat(rejection(parse("odd.txt", bytes))).contains("binary");
    }

    @ParameterizedTest
    @ValueSource(strings = {"scan.pdf", "SCAN.PDF"})
    void shouldRejectUnsupportedExtensionNamingIt(String name) {
        String reason = rejection(parse(name, "Headline\n\nBody.".getBytes(StandardCharsets.UTF_8)));

        assertThat(reason).contains("'pdf'").contains("txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page.html", "PAGE.HTM"})
    void shouldParseHtmlPagesByExtension(String name) {
        String html = "<html lang=\"en\"><head><title>Ferry returns</title></head><body><nav><a href=\"/\">Home</a>"
                + "</nav><article><h1>Ferry returns</h1><p>The ferry is back in service after four months of repairs."
                + "</p></article></body></html>";

        var parsed = (ParseResult.Parsed) parse(name, html.getBytes(StandardCharsets.UTF_8));

        RawArticle article = parsed.articles().get(0);
        assertThat(article.format()).isEqualTo("html");
        assertThat(article.source().contentType()).isEqualTo("text/html");
        assertThat(article.title()).isEqualTo("Ferry returns");
        assertThat(article.body()).isEqualTo("The ferry is back in service after four months of repairs.");
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void shouldRejectAnHtmlPageWithoutArticleText() {
        assertThat(rejection(parse("empty.html", "<html><body><nav>Home</nav></body></html>".getBytes(
                StandardCharsets.UTF_8)))).isEqualTo("no article text found in the HTML");
    }

    @Test
    void shouldRejectFileWithoutExtension() {
        assertThat(rejection(parse("README", "Headline\n\nBody.".getBytes(StandardCharsets.UTF_8))))
                .contains("unsupported");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.txt", "a.TXT", "a.text"})
    void shouldAcceptTextExtensionsInAnyCase(String name) {
        assertThat(parse(name, "Headline\n\nBody.".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ParseResult.Parsed.class);
    }

    @Test
    void shouldDecodeWindows1252WhenBytesAreNotUtf8() {
        byte[] bytes = "Caf\u00e9 talks in Bamako\n\nThe caf\u00e9 owner said \u201cwelcome\u201d."
                .getBytes(WINDOWS_1252);

        RawArticle article = single(parse("latin.txt", bytes));

        assertThat(article.title()).isEqualTo("Caf\u00e9 talks in Bamako");
        assertThat(article.body()).isEqualTo("The caf\u00e9 owner said \u201cwelcome\u201d.");
    }

    @Test
    void shouldWarnWhenBytesAreNotUtf8AndSayHowTheyWereRead() {
        byte[] latin = "Caf\u00e9 talks\n\nThe caf\u00e9 owner spoke.".getBytes(WINDOWS_1252);
        byte[] utf8 = "Caf\u00e9 talks\n\nThe caf\u00e9 owner spoke.".getBytes(StandardCharsets.UTF_8);

        var fallback = (ParseResult.Parsed) parse("latin.txt", latin);
        var clean = (ParseResult.Parsed) parse("utf8.txt", utf8);

        assertThat(fallback.warnings()).containsExactly("not valid UTF-8: read as Windows-1252");
        assertThat(fallback.notes()).contains("Windows-1252");
        assertThat(clean.warnings()).isEmpty();
        assertThat(clean.notes()).isNull();
        assertThat(fallback.articles().get(0).id()).isEqualTo(clean.articles().get(0).id());
    }

    @Test
    void shouldStripUtf8ByteOrderMarkWithoutChangingTheId() {
        byte[] text = "Headline in Bamako\n\nBody text.".getBytes(StandardCharsets.UTF_8);
        var withBom = new ByteArrayOutputStream();
        withBom.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        withBom.writeBytes(text);

        RawArticle plain = single(parse("a.txt", text));
        RawArticle bom = single(parse("a.txt", withBom.toByteArray()));

        assertThat(bom.title()).isEqualTo("Headline in Bamako").doesNotContain("\ufeff");
        assertThat(bom.id()).isEqualTo(plain.id());
        assertThat(bom.source().sha256()).isNotEqualTo(plain.source().sha256());
    }

    @Test
    void shouldGiveSameArticleForWindowsAndUnixLineEndings() {
        RawArticle unix = single(parse("a.txt", "Headline\n\nFirst paragraph.\n\nSecond.\n".getBytes()));
        RawArticle windows = single(parse("a.txt", "Headline\r\n\r\nFirst paragraph.\r\n\r\nSecond.\r\n".getBytes()));

        assertThat(windows.body()).isEqualTo(unix.body()).isEqualTo("First paragraph.\n\nSecond.");
        assertThat(windows.id()).isEqualTo(unix.id());
    }

    @Test
    void shouldDeriveTitleFromFirstSentenceNotStoppingAtInitials() {
        String text = "U.S. officials met Mali's leaders on Monday. They talked about trade.\n\nMore.";

        RawArticle article = single(parse("a.txt", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(article.titleSource()).isEqualTo("derived");
        assertThat(article.title()).isEqualTo("U.S. officials met Mali's leaders on Monday");
        assertThat(article.body()).startsWith("U.S. officials met");
    }

    @Test
    void shouldCutALongDerivedTitleAtAWordBoundary() {
        String sentence = "word ".repeat(40).strip() + ".";

        RawArticle article = single(parse("a.txt", sentence.getBytes(StandardCharsets.UTF_8)));

        assertThat(article.title()).endsWith("word\u2026").hasSizeLessThanOrEqualTo(121);
        assertThat(article.body()).isEqualTo(sentence);
    }

    @Test
    void shouldTreatAFirstLineLongerThanAHeadlineAsTheOpeningParagraph() {
        String first = "word ".repeat(40).strip();

        RawArticle article = single(parse("a.txt", (first + "\n\nSecond paragraph.").getBytes()));

        assertThat(article.titleSource()).isEqualTo("derived");
        assertThat(article.body()).startsWith(first);
    }

    private ParseResult parse(String name, byte[] bytes) {
        return parser.parse(new ArticleFile("/inbox/" + name, name, bytes, READ_AT));
    }

    private static RawArticle parseSeed(Path seed) throws IOException {
        ParseResult result = new ArticleFileParser().parse(new ArticleFile(seed.toAbsolutePath().toString(),
                seed.getFileName().toString(), Files.readAllBytes(seed), READ_AT));
        return single(result);
    }

    private static RawArticle parseSeedUnchecked(Path seed) {
        try {
            return parseSeed(seed);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static RawArticle single(ParseResult result) {
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        List<RawArticle> articles = ((ParseResult.Parsed) result).articles();
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    private static String rejection(ParseResult result) {
        assertThat(result).isInstanceOf(ParseResult.Rejected.class);
        return ((ParseResult.Rejected) result).reason();
    }

    private static Path seed(String prefix) {
        return seeds.stream().filter(s -> s.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static Expected golden(Path seed) throws IOException {
        String name = "/golden/" + seed.getFileName().toString().replace(".txt", ".expected.json");
        try (InputStream in = ArticleFileParserTest.class.getResourceAsStream(name)) {
            assertThat(in).as("golden file %s for a seed", name).isNotNull();
            return JsonSerdes.fromBytes(in.readAllBytes(), Expected.class);
        }
    }
}
