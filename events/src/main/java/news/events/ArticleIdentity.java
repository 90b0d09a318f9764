package news.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The identifiers of the contract: article ids are content fingerprints, entity ids are type plus normalised name.
 * Every service uses these, so the same text gets the same id wherever it is computed.
 */
public final class ArticleIdentity {
    /** Unicode White_Space (no-break and em spaces too): Java's plain {@code \s} matches only ASCII whitespace. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private ArticleIdentity() {
    }

    /** Unicode NFC, lower case, every run of whitespace to one space, trimmed. */
    public static String normalise(String text) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        return WHITESPACE.matcher(nfc.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
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
