package news.ingest.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns file bytes into text, or says the bytes are not text. The order of evidence: a byte-order mark (UTF-8 or
 * UTF-16), then the charset the document declares (for example an HTML {@code <meta charset>}), then UTF-8, and
 * bytes that are not valid UTF-8 are read as Windows-1252, the usual encoding of older news files, which covers
 * Latin-1.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Control characters other than tab, newline, carriage return and form feed mean the file is not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {
    }

    /** Decodes bytes that declare no charset. */
    public static Optional<String> decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * Decodes bytes, honouring a charset the document declares when no byte-order mark says otherwise and the
     * bytes are valid in it.
     *
     * @param declared the declared charset, or null when the document declares none
     */
    public static Optional<String> decode(byte[] bytes, Charset declared) {
        if (hasUtf16Bom(bytes)) {
            return Optional.of(new String(bytes, StandardCharsets.UTF_16));
        }
        if (looksBinary(bytes)) {
            return Optional.empty();
        }
        if (hasUtf8Bom(bytes)) {
            return Optional.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        }
        if (declared != null) {
            // Latin-1 declarations mean Windows-1252 in practice (as in the WHATWG encoding standard): it only
            // adds printable characters where Latin-1 has C1 controls.
            Charset charset = declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII)
                    ? WINDOWS_1252 : declared;
            Optional<String> text = strict(bytes, charset);
            if (text.isPresent()) {
                return text;
            }
        }
        return strict(bytes, StandardCharsets.UTF_8).or(() -> Optional.of(new String(bytes, WINDOWS_1252)));
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
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

    private static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
    }
}
