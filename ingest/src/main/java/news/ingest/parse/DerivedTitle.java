package news.ingest.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The title of an article that has none: its first sentence, shortened at a word boundary when long. */
public final class DerivedTitle {
    private static final int MAX_CHARS = 120;
    /** A full stop, question or exclamation mark before a capitalised word or the end, not after an initial (U.S.). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<![A-Z])[.!?][\"”’)]?(?=\\s+[\\p{Lu}\"“]|\\s*$)");

    private DerivedTitle() {
    }

    public static String from(String body) {
        String firstLine = body.lines().filter(line -> !line.isBlank()).findFirst().orElse("").strip();
        Matcher end = SENTENCE_END.matcher(firstLine);
        String sentence = end.find() ? firstLine.substring(0, end.start()) : firstLine;
        if (sentence.length() <= MAX_CHARS) {
            return sentence.strip();
        }
        int cut = sentence.lastIndexOf(' ', MAX_CHARS);
        return sentence.substring(0, cut > 0 ? cut : MAX_CHARS).replaceAll("[\\s,;:–—-]+$", "") + "…";
    }
}
