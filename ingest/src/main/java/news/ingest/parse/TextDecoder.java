package news.ingest.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns file bytes into text, or says the bytes are not text. UTF-8 (with or without a byte-order mark) first;
 * bytes that are not valid UTF-8 are read as Windows-1252, the usual encoding of older news files, which
 * covers Latin-1. Public for the format parsers in sub-packages.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Control characters other than tab, newline, carriage return and form feed mean the file is not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {
    }

    /** The text, or empty when the bytes are binary (a NUL, or more than 1% control characters). */
    public static Optional<String> decode(byte[] bytes) {
        if (looksBinary(bytes)) {
            return Optional.empty();
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString());
        } catch (CharacterCodingException e) {
            return Optional.of(new String(bytes, WINDOWS_1252));
        }
    }

    /** True when the bytes (after any byte-order mark) are valid UTF-8, so no fallback was needed. */
    public static boolean isUtf8(byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        return controls > bytes.length * MAX_CONTROL_SHARE;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
