package news.ingest.parse.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.ingest.parse.ArticleDraft;
import news.ingest.parse.DerivedTitle;

/**
 * Splits plain article text into headline, publication date, byline and clean body.
 *
 * <p>The lines before the first paragraph are the header: the headline is its first line unless that is a section
 * label; repeats of the headline and stray lines (a lone "3") are dropped; a line that is only a date gives the
 * publication date. A date marker opening the first paragraph ({@code date 2026-02-05 ...}) does too. Lines that
 * {@link TextRules} names as boilerplate, section labels or bylines are taken out of the body, and so are related
 * headlines injected between paragraphs (a lone headline-like line of many words). Without a headline, the title
 * is the body's first sentence, shortened at a word boundary.
 */
final class TextArticleParser {
    /** Headlines are short; a longer first line is the opening paragraph. */
    private static final int MAX_HEADLINE_CHARS = 160;
    /**
     * A lone line of this many words or more, with no closing full stop, between paragraphs is a link to another
     * story; subheadings are shorter ("Trade, not aid", "From Mali to Niger and Burkina Faso").
     */
    private static final int RELATED_HEADLINE_MIN_WORDS = 8;
    /** Lines this short in the header ("3", "|") are page furniture. */
    private static final int MAX_STRAY_CHARS = 3;
    /** Quotes and brackets that may close a sentence after its full stop. */
    private static final String CLOSING = "\"”’)";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

    private final TextRules rules;

    TextArticleParser(TextRules rules) {
        this.rules = rules;
    }

    /** One line of the file with what the rules say of it; blank lines mark paragraph breaks. */
    private record Line(String text, TextRules.Kind kind) {
        boolean blank() {
            return text.isEmpty();
        }
    }

    ArticleDraft parse(String text) {
        List<Line> lines = classify(text);
        Instant published = null;
        var bylines = new ArrayList<String>();
        int i = 0;
        // The header: everything before the first paragraph.
        var headlines = new LinkedHashSet<String>();
        boolean labelFirst = false;
        for (; i < lines.size() && !isParagraph(lines.get(i)); i++) {
            Line line = lines.get(i);
            if (line.blank() || line.kind() == TextRules.Kind.DROP || line.text().length() <= MAX_STRAY_CHARS) {
                continue;
            }
            if (line.kind() == TextRules.Kind.BYLINE) {
                bylines.add(line.text());
                continue;
            }
            Optional<Instant> date = DateMarkers.wholeLine(line.text());
            if (date.isPresent()) {
                published = published == null ? date.get() : published;
                continue;
            }
            if (line.kind() == TextRules.Kind.SECTION_LABEL) {
                labelFirst |= headlines.isEmpty();
                continue;
            }
            if (!containsIgnoringCase(headlines, line.text())) {
                headlines.add(line.text());
            }
        }
        String headline = labelFirst || headlines.isEmpty() ? null : headlines.iterator().next();
        var body = new ArrayList<String>();
        headlines.stream().filter(h -> !h.equals(headline)).forEach(h -> {
            body.add(h);
            body.add("");
        });
        boolean firstParagraph = true;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            String content = line.text();
            if (line.kind() == TextRules.Kind.BYLINE) {
                bylines.add(content);
                // A short unpunctuated line right after a byline is its credit ("Axadle Times – Monitoring").
                if (i + 1 < lines.size() && isCredit(lines.get(i + 1))) {
                    bylines.add(lines.get(++i).text());
                }
                continue;
            }
            if (line.kind() == TextRules.Kind.DROP || line.kind() == TextRules.Kind.SECTION_LABEL
                    || isRelatedHeadline(lines, i) || content.equalsIgnoreCase(headline)) {
                // What is taken out still separates the paragraphs around it.
                body.add("");
                continue;
            }
            if (firstParagraph && !line.blank()) {
                firstParagraph = false;
                int length = content.length();
                Optional<DateMarkers.Found> marker = DateMarkers.atStart(content).filter(f -> f.end() < length);
                if (marker.isPresent() && published == null) {
                    published = marker.get().instant();
                    content = content.substring(marker.get().end()).replaceFirst("^[\\s|,:;–—-]+", "");
                }
            }
            body.add(content);
        }
        String cleanBody = joinParagraphs(body);
        String byline = bylines.isEmpty() ? null : String.join(", ", bylines);
        if (headline != null) {
            return new ArticleDraft(headline, ArticleDraft.HEADLINE, cleanBody, published, byline, null, null, null);
        }
        return new ArticleDraft(DerivedTitle.from(cleanBody), ArticleDraft.DERIVED, cleanBody, published, byline, null,
                null, null);
    }

    private List<Line> classify(String text) {
        var lines = new ArrayList<Line>();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.strip();
            lines.add(new Line(line, line.isEmpty() ? null : rules.match(line).map(TextRules.Rule::kind).orElse(null)));
        }
        return lines;
    }

    /** A paragraph is a long line or one that ends a sentence with a full stop. */
    private static boolean isParagraph(Line line) {
        if (line.blank() || line.kind() != null) {
            return false;
        }
        String text = line.text();
        return text.length() > MAX_HEADLINE_CHARS || endsWithFullStop(text) && words(text) > 6;
    }

    /** A lone headline-like line between paragraphs that is long enough to be a link to another story. */
    private static boolean isRelatedHeadline(List<Line> lines, int index) {
        Line line = lines.get(index);
        if (line.blank() || line.kind() != null || line.text().length() > MAX_HEADLINE_CHARS
                || endsWithFullStop(line.text()) || line.text().endsWith(":")) {
            return false;
        }
        boolean alone = (index == 0 || lines.get(index - 1).blank())
                && (index + 1 >= lines.size() || lines.get(index + 1).blank());
        return alone && words(line.text()) >= RELATED_HEADLINE_MIN_WORDS;
    }

    private static boolean isCredit(Line line) {
        return !line.blank() && line.kind() == null && line.text().length() <= 80 && !endsWithFullStop(line.text())
                && words(line.text()) <= 8;
    }

    /** Ends with a full stop (or ! or …), or with a question mark when the line is too long for a headline. */
    private static boolean endsWithFullStop(String text) {
        int last = text.length() - 1;
        if (last >= 0 && CLOSING.indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        if (last < 0) {
            return false;
        }
        char end = text.charAt(last);
        return end == '.' || end == '!' || end == '…' || end == '?' && words(text) > 12;
    }

    private static int words(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static boolean containsIgnoringCase(Set<String> lines, String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lines.stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).equals(lower));
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
}
