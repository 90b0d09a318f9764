package news.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Evidence order: byte-order mark, declared charset, UTF-8, Windows-1252. */
class TextDecoderTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String TEXT = "“Café” — naïve";

    @Test
    void shouldHonourADeclaredCharset() {
        String russian = "Новости дня";

        assertThat(TextDecoder.decode(russian.getBytes(Charset.forName("KOI8-R")), Charset.forName("KOI8-R")))
                .contains(russian);
        assertThat(TextDecoder.decode(TEXT.getBytes(WINDOWS_1252), WINDOWS_1252)).contains(TEXT);
    }

    @Test
    void shouldReadLatin1DeclarationsAsWindows1252() {
        byte[] bytes = TEXT.getBytes(WINDOWS_1252);

        assertThat(TextDecoder.decode(bytes, StandardCharsets.ISO_8859_1)).contains(TEXT);
    }

    @Test
    void shouldPreferTheByteOrderMarkToTheDeclaration() {
        byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        assertThat(TextDecoder.decode(withBom, WINDOWS_1252)).contains(TEXT);
        assertThat(TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16), WINDOWS_1252)).contains(TEXT);
    }

    @Test
    void shouldFallBackToUtf8WhenTheBytesDoNotFitTheDeclaration() {
        byte[] utf8 = "Grüße".getBytes(StandardCharsets.UTF_8);

        assertThat(utf8).hasSize(7);
        assertThat(TextDecoder.decode(utf8, StandardCharsets.UTF_16BE)).contains("Grüße");
    }

    @Test
    void shouldReadInvalidUtf8AsWindows1252WhenNothingIsDeclared() {
        assertThat(TextDecoder.decode(TEXT.getBytes(WINDOWS_1252))).contains(TEXT);
    }

    @Test
    void shouldRefuseBinaryBytes() {
        assertThat(TextDecoder.decode(new byte[] {'G', 'I', 'F', '8', 0, 1, 2}, StandardCharsets.UTF_8)).isEmpty();
    }
}
