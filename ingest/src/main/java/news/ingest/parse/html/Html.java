package news.ingest.parse.html;

import java.util.Set;

/** Facts about HTML tags that the extractor and the renderer share. */
final class Html {
    /** Phrasing elements: they flow inside a paragraph; every other element starts a new block. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite",
            "code", "data", "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q",
            "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");
    /** Inline elements that never run into the neighbouring words. */
    static final Set<String> SEPARATED_INLINE = Set.of("img");

    private Html() {
    }

    static boolean isBlock(String tag) {
        return !INLINE.contains(tag) && !tag.equals("br") && !tag.startsWith("#");
    }

    static boolean isInline(String tag) {
        return INLINE.contains(tag);
    }

    /** HTML whitespace plus the no-break and other Unicode spaces that pages use between words. */
    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0' || c == '\u2009'
                || c == '\u200a' || c == '\u202f' || c == '\u2007' || c == '\u3000' || (c >= '\u2000' && c <= '\u2006')
                || c == '\u2028' || c == '\u2029' || c == '\u000b';
    }
}
