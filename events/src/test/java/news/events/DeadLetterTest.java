package news.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadLetterTest {
    private static final Instant AT = Instant.parse("2026-02-05T10:00:00Z");
    private static final int LIMIT = DeadLetter.MAX_PAYLOAD_BYTES;

    @Test
    void shouldKeepUtf8PayloadAsText() {
        String json = "{\"title\":\"Junta\u2019s focus\",\"city\":\"S\u00e9gou\"}";

        DeadLetter letter = of(json.getBytes(StandardCharsets.UTF_8));

        assertThat(letter.payload()).isEqualTo(json);
        assertThat(letter.payloadEncoding()).isEqualTo("utf-8");
        assertThat(letter.payloadTruncated()).isFalse();
    }

    @Test
    void shouldBase64EncodeBytesThatAreNotUtf8() {
        byte[] bytes = {(byte) 0xc3, 0x28, (byte) 0xff, 0x00, 0x41};

        DeadLetter letter = of(bytes);

        assertThat(letter.payloadEncoding()).isEqualTo("base64");
        assertThat(Base64.getDecoder().decode(letter.payload())).isEqualTo(bytes);
        assertThat(letter.payloadTruncated()).isFalse();
    }

    @Test
    void shouldKeepPayloadOfExactly64KbWhole() {
        byte[] bytes = ascii(LIMIT);

        DeadLetter letter = of(bytes);

        assertThat(letter.payloadTruncated()).isFalse();
        assertThat(letter.payload()).hasSize(LIMIT);
    }

    @Test
    void shouldCutPayloadOver64KbAndSaySo() {
        DeadLetter letter = of(ascii(LIMIT + 1000));

        assertThat(LIMIT).isEqualTo(64 * 1024);
        assertThat(letter.payloadTruncated()).isTrue();
        assertThat(letter.payloadEncoding()).isEqualTo("utf-8");
        assertThat(letter.payload()).hasSize(LIMIT);
    }

    @Test
    void shouldCutBinaryPayloadOver64KbBeforeBase64() {
        byte[] bytes = new byte[LIMIT + 10];
        Arrays.fill(bytes, (byte) 0xff);

        DeadLetter letter = of(bytes);

        assertThat(letter.payloadTruncated()).isTrue();
        assertThat(letter.payloadEncoding()).isEqualTo("base64");
        assertThat(Base64.getDecoder().decode(letter.payload())).hasSize(LIMIT);
    }

    @ParameterizedTest(name = "{0}, {1} of its bytes before the cut")
    @CsvSource(delimiter = '|', textBlock = """
            é (2 bytes)  | 1 | \u00e9
            € (3 bytes)  | 1 | \u20ac
            € (3 bytes)  | 2 | \u20ac
            😀 (4 bytes) | 1 | \ud83d\ude00
            😀 (4 bytes) | 2 | \ud83d\ude00
            😀 (4 bytes) | 3 | \ud83d\ude00
            """)
    void shouldStillGiveTextWhenCutSplitsAMultiByteCharacter(String label, int bytesBeforeCut, String character) {
        byte[] encoded = character.getBytes(StandardCharsets.UTF_8);
        var payload = new ByteArrayOutputStream();
        payload.writeBytes(ascii(LIMIT - bytesBeforeCut));
        payload.writeBytes(encoded);
        payload.writeBytes(ascii(500));

        DeadLetter letter = of(payload.toByteArray());

        assertThat(letter.payloadTruncated()).isTrue();
        assertThat(letter.payloadEncoding()).isEqualTo("utf-8");
        assertThat(letter.payload()).isEqualTo(new String(ascii(LIMIT - bytesBeforeCut), StandardCharsets.US_ASCII));
    }

    @Test
    void shouldKeepWholeCharacterEndingExactlyAtTheCut() {
        var payload = new ByteArrayOutputStream();
        payload.writeBytes(ascii(LIMIT - 2));
        payload.writeBytes("\u00e9".getBytes(StandardCharsets.UTF_8));
        payload.writeBytes(ascii(10));

        DeadLetter letter = of(payload.toByteArray());

        assertThat(letter.payload()).endsWith("a\u00e9").hasSize(LIMIT - 1);
    }

    @Test
    void shouldRecordNoPayloadAsEmptyText() {
        DeadLetter letter = of(null);

        assertThat(letter.payload()).isEmpty();
        assertThat(letter.payloadEncoding()).isEqualTo("utf-8");
    }

    @Test
    void shouldKeepWhereTheRecordCameFromAndTheErrorClass() {
        DeadLetter letter = DeadLetter.of("enrich", "empty body", new IllegalStateException("x"), "news.articles.raw",
                4, 1234L, "key-1", "{}".getBytes(StandardCharsets.UTF_8), "/inbox/a.txt", AT);

        assertThat(letter.stage()).isEqualTo("enrich");
        assertThat(letter.reason()).isEqualTo("empty body");
        assertThat(letter.errorClass()).isEqualTo("java.lang.IllegalStateException");
        assertThat(letter.sourceTopic()).isEqualTo("news.articles.raw");
        assertThat(letter.partition()).isEqualTo(4);
        assertThat(letter.offset()).isEqualTo(1234L);
        assertThat(letter.key()).isEqualTo("key-1");
        assertThat(letter.sourcePath()).isEqualTo("/inbox/a.txt");
        assertThat(letter.at()).isEqualTo(AT);
    }

    @Test
    void shouldLeaveErrorClassEmptyWithoutAnError() {
        assertThat(of(new byte[0]).errorClass()).isNull();
    }

    private static DeadLetter of(byte[] value) {
        return DeadLetter.of("parse", "not json", null, "news.articles.raw", 0, 7L, "k", value, null, AT);
    }

    private static byte[] ascii(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }
}
