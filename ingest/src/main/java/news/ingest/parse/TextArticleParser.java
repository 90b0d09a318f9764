package news.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits plain article text into a title and a body. A short first line is the headline; a file that opens with
 * a full paragraph has no headline, so the title is derived from its first sentence and the body keeps it all.
 * Public for {@link #deriveTitle}, which the feed and JSON formats use for items that have no headline.
 */
public final class TextArticleParser {
    /** Headlines are short; a first line longer than this is the opening paragraph. */
    private static final int MAX_HEADLINE_CHARS = 160;
    private static final int MAX_DERIVED_TITLE_CHARS = 120;
    /** A full stop, question or exclamation mark before a capitalised word or the end, not after an initial (U.S.). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<![A-Z])[.!?](?=\\s+[\\p{Lu}\"“]|\\s*$)");

    record Parts(String title, String titleSource, String body) {
    }

    Parts parse(String text) {
        List<String> lines = new ArrayList<>(text.replace("\r\n", "\n").replace('\r', '\n').lines()
                .map(String::strip).toList());
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        String first = lines.isEmpty() ? "" : lines.get(0);
        if (!first.isEmpty() && first.length() <= MAX_HEADLINE_CHARS && !first.endsWith(".")) {
            return new Parts(first, "headline", joinParagraphs(lines.subList(1, lines.size())));
        }
        String body = joinParagraphs(lines);
        return new Parts(deriveTitle(body), "derived", body);
    }

    /** Keeps paragraph breaks as one blank line and drops runs of empty lines. */
    private static String joinParagraphs(List<String> lines) {
        var body = new StringBuilder();
        boolean gap = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                gap = body.length() > 0;
                continue;
            }
            if (body.length() > 0) {
                body.append(gap ? "\n\n" : "\n");
            }
            body.append(line);
            gap = false;
        }
        return body.toString();
    }

    /** The first sentence, cut at a word boundary when it is long. */
    public static String deriveTitle(String body) {
        String firstLine = body.lines().findFirst().orElse("");
        Matcher end = SENTENCE_END.matcher(firstLine);
        String sentence = end.find() ? firstLine.substring(0, end.start()) : firstLine;
        if (sentence.length() <= MAX_DERIVED_TITLE_CHARS) {
            return sentence.strip();
        }
        int cut = sentence.lastIndexOf(' ', MAX_DERIVED_TITLE_CHARS);
        return sentence.substring(0, cut > 0 ? cut : MAX_DERIVED_TITLE_CHARS).strip() + "…";
    }
}
