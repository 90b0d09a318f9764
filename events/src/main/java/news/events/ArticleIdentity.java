package news.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The identifiers of the contract: article ids are content fingerprints, entity ids are type plus normalised name.
 * Every service uses these, so the same text gets the same id wherever it is computed.
 */
public final class ArticleIdentity {
    /** Unicode White_Space (no-break and em spaces too): Java's plain {@code \s} matches only ASCII whitespace. */

    private ArticleIdentity() {
    }

    /**
     * Unicode NFC, lower case, every run of whitespace (any Unicode White_Space character, no-break spaces included)
     * to one space, trimmed. A loop rather than a regular expression: this runs over every article body and was the
     * largest cost of parsing.
     */
    public static String normalise(String text) {
        String lower = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        var out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isWhiteSpace(c)) {
                gap = true;
                continue;
            }
            if (gap && out.length() > 0) {
                out.append(' ');
            }
            gap = false;
            out.append(c);
        }
        return out.toString().trim();
    }

    /** The Unicode White_Space property (what {@code \\s} matches with UNICODE_CHARACTER_CLASS). */
    private static boolean isWhiteSpace(char c) {
        if (c > 0x20 && c < 0x85) {
            return false;
        }
        if (c <= 0x20) {
            return c == ' ' || c >= 0x09 && c <= 0x0D;
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || c >= 0x2000 && c <= 0x200A || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** The first 16 bytes of SHA-256 over {@code normalise(title) + "\n" + normalise(body)}, as 32 hex characters. */
    public static String articleId(String title, String body) {
        byte[] digest = sha256(normalise(title) + "\n" + normalise(body));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    /** {@code TYPE:normalised canonical name}, for example {@code PERSON:nick checker}. */
    public static String entityId(String type, String canonicalName) {
        return type + ":" + normalise(canonicalName);
    }

    /** Hex SHA-256 of raw bytes, as used for source files. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static byte[] sha256(String text) {
        return digest().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
