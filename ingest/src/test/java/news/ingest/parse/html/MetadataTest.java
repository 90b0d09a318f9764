package news.ingest.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The small readers behind the page metadata: dates, titles, languages, bylines, declared charsets. */
class MetadataTest {

    @ParameterizedTest
    @CsvSource({
        "2025-04-02T07:30:00+02:00, 2025-04-02T05:30:00Z",
        "2025-04-02T07:30:00.250Z, 2025-04-02T07:30:00.250Z",
        "2024-09-17T18:05:00-0400, 2024-09-17T22:05:00Z",
        "2024-09-17 18:05:00, 2024-09-17T18:05:00Z",
        "2024-09-17T18:05, 2024-09-17T18:05:00Z",
        "2023-06-30, 2023-06-30T00:00:00Z",
        "20230630, 2023-06-30T00:00:00Z",
        "'Tue, 3 Jun 2008 11:05:30 GMT', 2008-06-03T11:05:30Z",
        "1700000000, 2023-11-14T22:13:20Z",
        "1700000000000, 2023-11-14T22:13:20Z"})
    void shouldReadPublicationDates(String value, String expected) {
        assertThat(PublicationDate.parse(value)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"yesterday", "2023-13-45", "0001-01-01", "3 days ago", "Juni 2023"})
    void shouldReadNoDateFromOtherText(String value) {
        assertThat(PublicationDate.parse(value)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Ferry returns | The Courier; The Courier; Ferry returns",
        "The Courier - Ferry returns; The Courier; Ferry returns",
        "Ferry returns after repairs - Courier; ; Ferry returns after repairs",
        "Ferry returns: what it means for you; ; Ferry returns: what it means for you",
        "One - Two - Three; ; One - Two - Three",
        "Brexit - what happens next; ; Brexit - what happens next",
        "News | Ferry returns after four months in dry dock; ; Ferry returns after four months in dry dock"})
    void shouldDropTheSiteNameFromTheTitleElement(String title, String siteName, String expected) {
        assertThat(MetadataReader.withoutSiteName(title, siteName, true)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"en-US, en", "en_GB, en", "DE, de", "pt-br, pt", "fil, fil", "'', ", "12, ", "english, "})
    void shouldNormaliseLanguageTagsToTheirPrimaryTag(String value, String expected) {
        assertThat(MetadataReader.primaryTag(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "By TOM KRISHER, AP Auto Writer; TOM KRISHER, AP Auto Writer",
        "Analysis by Chris Cillizza, CNN Editor-at-large; Chris Cillizza, CNN Editor-at-large",
        "Tom Davies Associated Press Published 11:34 PM EST Nov 19, 2019; Tom Davies Associated Press",
        "Roger Gonzalez @rgonzalezcbs Nov 19, 2019 at 6:46 pm ET • 2 min read; Roger Gonzalez",
        "Jeff Foust Monday, November 18, 2019; Jeff Foust",
        "Madeline Fry | November 18, 2019 12:01 PM; Madeline Fry",
        "Lorenzo Di Maio; Lorenzo Di Maio",
        "di Mario Rossi; Mario Rossi",
        "Von Lena Huber; Lena Huber"})
    void shouldCleanBylines(String text, String expected) {
        assertThat(MetadataReader.cleanByline(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"November 18, 2019 12:26 PM Print this article", "https://example.org/authors/ana", "  "})
    void shouldFindNoNameInBylinesWithoutOne(String text) {
        assertThat(MetadataReader.cleanByline(text)).isNull();
    }

    @Test
    void shouldNotTakeTheSiteLogoForTheHeadline() {
        Document page = Jsoup.parse("""
                <html><head><title>Bridge reopens after repairs - City Daily</title></head><body>
                <div id="site-title"><a href="/"><h1>City Daily</h1></a></div>
                <p>Text.</p></body></html>""");

        assertThat(MetadataReader.read(page, JsonLd.of(page)).title()).isEqualTo("Bridge reopens after repairs");
    }

    @Test
    void shouldPreferJsonLdAuthorsToMetaTags() {
        Document page = Jsoup.parse("""
                <html><head><meta name="author" content="Desk Editor">
                <script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Ana Ruiz"}}</script>
                </head><body><p>Text.</p></body></html>""");

        assertThat(MetadataReader.read(page, JsonLd.of(page)).byline()).isEqualTo("Ana Ruiz");
    }

    @Test
    void shouldSkipInvalidJsonLdAndUseTheOtherMetadata() {
        Document page = Jsoup.parse("""
                <html lang="fr"><head><script type="application/ld+json">{"@type": "NewsArticle", oops</script>
                <meta property="og:title" content="Le titre"><meta property="article:published_time"
                content="2022-01-05T10:00:00Z"><meta property="og:url" content="https://example.fr/a">
                </head><body><p>Texte.</p></body></html>""");

        PageMetadata metadata = MetadataReader.read(page, JsonLd.of(page));

        assertThat(metadata.title()).isEqualTo("Le titre");
        assertThat(metadata.published()).isEqualTo(Instant.parse("2022-01-05T10:00:00Z"));
        assertThat(metadata.url()).isEqualTo("https://example.fr/a");
        assertThat(metadata.language()).isEqualTo("fr");
        assertThat(metadata.byline()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<meta charset=\"windows-1252\">| windows-1252",
        "<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=ISO-8859-1'>| ISO-8859-1",
        "<meta charset=koi8-r>| KOI8-R"})
    void shouldFindTheDeclaredCharset(String head, String expected) {
        byte[] page = ("<html><head>" + head + "</head><body>x</body></html>").getBytes(StandardCharsets.US_ASCII);

        assertThat(DeclaredCharset.of(page)).isEqualTo(Charset.forName(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><body>no declaration</body></html>", "<meta charset=\"no-such-charset\">"})
    void shouldFindNoCharsetWhereNoneIsDeclared(String page) {
        assertThat(DeclaredCharset.of(page.getBytes(StandardCharsets.US_ASCII))).isNull();
    }
}
