package news.ingest.parse.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset an HTML page declares in its first bytes, the way browsers pre-scan: {@code <meta charset=X>}
 * or {@code <meta http-equiv="Content-Type" content="text/html; charset=X">}. Only ASCII is read, so the scan
 * works whatever the real encoding is (UTF-16 pages carry a byte-order mark, which wins anyway).
 */
final class DeclaredCharset {
    /** Browsers look at the first 1,024 bytes; pages with long comments or scripts first go further, so look more. */
    private static final int SCAN_BYTES = 8192;
    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);

    private DeclaredCharset() {
    }

    /** The declared charset, or null when none is declared or Java does not know it. */
    static Charset of(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            Matcher charset = CHARSET.matcher(meta.group());
            if (charset.find()) {
                return forName(charset.group(1));
            }
        }
        return null;
    }

    private static Charset forName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        // A page that reached us as bytes and says UTF-16 without a byte-order mark is in fact ASCII-compatible.
        if (lower.startsWith("utf-16") || lower.startsWith("utf16")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(lower);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
