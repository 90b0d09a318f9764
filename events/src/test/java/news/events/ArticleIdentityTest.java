package news.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleIdentityTest {

    @Test
    void shouldTreatDecomposedAndComposedAccentsAsTheSameText() {
        String decomposed = "Cafe\u0301 Bamako";
        String composed = "Caf\u00e9 Bamako";

        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(ArticleIdentity.normalise(decomposed)).isEqualTo(ArticleIdentity.normalise(composed))
                .isEqualTo("caf\u00e9 bamako");
        assertThat(ArticleIdentity.articleId(decomposed, "body")).isEqualTo(ArticleIdentity.articleId(composed, "body"));
    }

    @Test
    void shouldLowerCaseWithoutLocaleSurprises() {
        assertThat(ArticleIdentity.normalise("NICK Checker IN MALI")).isEqualTo("nick checker in mali");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain spaces     | 'a   b'                   | 'a b'
            leading/trailing | '   a b   '               | 'a b'
            tab              | 'a\\tb'                   | 'a b'
            newline          | 'a\\nb'                   | 'a b'
            CRLF paragraphs  | 'a\\r\\n\\r\\nb'          | 'a b'
            form feed        | 'a\\fb'                   | 'a b'
            mixed run        | ' \\t a \\n\\t\\r  b \\n' | 'a b'
            empty            | ''                        | ''
            only whitespace  | ' \\t\\n '                | ''
            """)
    void shouldCollapseEveryRunOfWhitespaceToOneSpaceAndTrim(String label, String input, String expected) {
        // The table holds escapes as text so each row stays on one line; turn them into characters here.
        assertThat(ArticleIdentity.normalise(unescape(input))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"000B", "00A0", "2002", "2003", "2009", "202F", "3000", "2028", "0085"})
    void shouldTreatUnicodeSpacesAsWhitespace(String codePoint) {
        String space = Character.toString(Integer.parseInt(codePoint, 16));

        assertThat(ArticleIdentity.normalise(space + "Mali" + space + space + "Authorities" + space))
                .isEqualTo("mali authorities");
    }

    @Test
    void shouldNormaliseNullToEmptyText() {
        assertThat(ArticleIdentity.normalise(null)).isEmpty();
    }

    @Test
    void shouldWriteArticleIdAs32LowerCaseHexCharacters() {
        assertThat(ArticleIdentity.articleId("Washington Seeks to Rebuild Trust", "Nick Chicker arrived."))
                .hasSize(32)
                .matches("[0-9a-f]{32}");
    }

    @Test
    void shouldGiveSameIdToTextsDifferingOnlyInCaseAndWhitespace() {
        String id = ArticleIdentity.articleId("Washington Seeks to Rebuild Trust", "Nick Chicker arrived in Bamako.");

        assertThat(ArticleIdentity.articleId("  WASHINGTON seeks to\trebuild trust ",
                "Nick\r\nChicker   arrived in\n\nbamako."))
                .isEqualTo(id);
    }

    @Test
    void shouldGiveDifferentIdsToDifferentBodies() {
        assertThat(ArticleIdentity.articleId("Title", "Nick Checker arrived in Bamako."))
                .isNotEqualTo(ArticleIdentity.articleId("Title", "Nick Chicker arrived in Bamako."));
    }

    @Test
    void shouldKeepTitleAndBodyApartWhenTheirWordsCouldShift() {
        assertThat(ArticleIdentity.articleId("mali talks", "resume"))
                .isNotEqualTo(ArticleIdentity.articleId("mali", "talks resume"));
    }

    @Test
    void shouldHashNormalisedTitleNewlineNormalisedBodyWithSha256() throws Exception {
        String title = "  Washington SEEKS to Rebuild\tTrust ";
        String body = "Nick Chicker\n\narrived in   Bamako.";
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest("washington seeks to rebuild trust\nnick chicker arrived in bamako."
                        .getBytes(StandardCharsets.UTF_8));
        var expected = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            expected.append(String.format("%02x", digest[i] & 0xff));
        }

        assertThat(ArticleIdentity.articleId(title, body)).isEqualTo(expected.toString());
    }

    @Test
    void shouldMatchAnIdComputedOutsideJava() {
        // printf 'hello\nworld' | sha256sum, first 32 hex characters
        assertThat(ArticleIdentity.articleId("Hello", "World")).isEqualTo("26c60a61d01db5836ca70fefd44a6a01");
    }

    @Test
    void shouldBuildEntityIdFromTypeAndNormalisedName() {
        assertThat(ArticleIdentity.entityId("PERSON", "  Nick\u00a0 CHECKER ")).isEqualTo("PERSON:nick checker");
    }

    @Test
    void shouldHashRawBytesAsFullSha256Hex() {
        // The FIPS 180-2 test vector for "abc".
        assertThat(ArticleIdentity.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static String unescape(String text) {
        return text.replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r").replace("\\f", "\f");
    }
}
