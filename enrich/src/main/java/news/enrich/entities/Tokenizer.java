package news.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences of tokens the way the CoNLL-2003 (Reuters) data is tokenised, keeping each token's
 * character offsets into the text. Punctuation becomes tokens of its own except inside numbers ({@code 12.9},
 * {@code 250,000}), abbreviations ({@code U.S.}, {@code Mr.}, {@code J.}) and hyphenated words
 * ({@code Agence France-Presse} keeps {@code France-Presse}); clitics split off ({@code Mali's} gives {@code Mali}
 * and {@code 's}, {@code don't} gives {@code do} and {@code n't}); currency signs and {@code %} stand alone.
 * A sentence ends at a line break, or after {@code . ! ?} (and closing quotes) before a token that starts with a
 * capital letter, a digit or an opening quote. Stateless and thread-safe.
 */
public final class Tokenizer {
    /** Abbreviations that keep their full stop (lower case, without the stop). */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt",
            "sgt", "capt", "cmdr", "adm", "maj", "gov", "sen", "rep", "rev", "st", "jr", "sr", "inc", "corp", "co",
            "ltd", "plc", "bros", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "mt", "ft", "ave", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m");
    private static final String[] CLITICS = {"'s", "'re", "'ve", "'ll", "'d", "'m"};
    /** Sentences longer than this are cut: the tagger's cost is linear but its features assume sentence scale. */
    private static final int MAX_SENTENCE = 250;

    /** The sentences of {@code text}, each a list of tokens with offsets into {@code text}. */
    public List<List<Token>> sentences(String text) {
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        List<Token> pieces = new ArrayList<>(4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                if (!wrapped(text, i, current)) {
                    flush(sentences, current);
                    current = new ArrayList<>();
                }
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && !isBreak(text.charAt(end))) {
                end++;
            }
            pieces.clear();
            split(text, i, end, pieces);
            for (Token token : pieces) {
                if (current.size() >= MAX_SENTENCE || endsSentence(current, token)) {
                    flush(sentences, current);
                    current = new ArrayList<>();
                }
                current.add(token);
            }
            i = end;
        }
        flush(sentences, current);
        return sentences;
    }

    /** All tokens of {@code text}, sentence boundaries dropped. */
    public List<Token> tokens(String text) {
        List<Token> all = new ArrayList<>();
        for (List<Token> sentence : sentences(text)) {
            all.addAll(sentence);
        }
        return all;
    }

    /**
     * Whether the line break at {@code at} only wraps a long line: the line ends in a lower-case word ("Bureau
     * of" / "African Affairs") and the next line follows at once (no blank line).
     */
    private static boolean wrapped(String text, int at, List<Token> current) {
        if (current.isEmpty() || text.charAt(at) != '\n' || at + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(at + 1);
        if (next == '\n' || next == '\r' || Character.isWhitespace(next)) {
            return false;
        }
        Token last = current.get(current.size() - 1);
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        if (at - lineStart < 40) {
            return false;
        }
        String word = last.text();
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isLowerCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static void flush(List<List<Token>> sentences, List<Token> current) {
        if (!current.isEmpty()) {
            sentences.add(current);
        }
    }

    private static boolean isBreak(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    /** Whether {@code next} starts a new sentence after the tokens so far. */
    private static boolean endsSentence(List<Token> current, Token next) {
        int size = current.size();
        if (size < 2) {
            return false;
        }
        int k = size - 1;
        while (k > 0 && isClosingQuote(current.get(k).text())) {
            k--;
        }
        String last = current.get(k).text();
        if (!(last.equals(".") || last.equals("!") || last.equals("?"))) {
            return false;
        }
        char first = next.text().charAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || isOpeningQuote(next.text());
    }

    private static boolean isClosingQuote(String s) {
        return s.equals("\"") || s.equals("'") || s.equals("\u201d") || s.equals("\u2019") || s.equals(")");
    }

    private static boolean isOpeningQuote(String s) {
        return s.equals("\"") || s.equals("\u201c") || s.equals("'") || s.equals("\u2018") || s.equals("(");
    }

    /** Splits the whitespace-free run {@code [from, to)} into tokens. */
    private static void split(String text, int from, int to, List<Token> out) {
        int start = from;
        int end = to;
        List<Token> tail = new ArrayList<>(2);
        // Leading punctuation: quotes, brackets, currency signs, dashes.
        while (start < end && isLeading(text.charAt(start)) && !(text.charAt(start) == '-' && isDigitAt(text, start + 1, end))) {
            int len = leadingLength(text, start, end);
            out.add(token(text, start, start + len));
            start += len;
        }
        // Trailing punctuation, outermost first.
        while (end > start) {
            char c = text.charAt(end - 1);
            if (c == '.' ) {
                String word = text.substring(start, end - 1);
                if (keepsStop(word, text, end, to)) {
                    break;
                }
                tail.add(0, token(text, end - 1, end));
                end--;
            } else if (isTrailing(c)) {
                if (c == '%' && end - 1 > start) {
                    tail.add(0, token(text, end - 1, end));
                    end--;
                    continue;
                }
                tail.add(0, token(text, end - 1, end));
                end--;
            } else {
                break;
            }
        }
        if (end > start) {
            splitInner(text, start, end, out);
        }
        out.addAll(tail);
    }

    /** Splits clitics, slashes between words and em dashes inside a run without outer punctuation. */
    private static void splitInner(String text, int start, int end, List<Token> out) {
        // Em and en dashes between words: "agriculture—a" is three tokens.
        for (int k = start + 1; k < end - 1; k++) {
            char c = text.charAt(k);
            if (c == '\u2014' || c == '\u2013' && !(Character.isDigit(text.charAt(k - 1)))) {
                splitInner(text, start, k, out);
                out.add(token(text, k, k + 1));
                splitInner(text, k + 1, end, out);
                return;
            }
        }
        int len = end - start;
        // Clitics: 's 're 've 'll 'd 'm n't, with straight or curly apostrophes (so one in the last four characters).
        if (len > 2 && apostropheNear(text, end)) {
            String lower = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith("n't") || lower.endsWith("n\u2019t")) {
                if (len > 3) {
                    out.add(token(text, start, end - 3));
                    out.add(token(text, end - 3, end));
                    return;
                }
            }
            for (String clitic : CLITICS) {
                int cl = clitic.length();
                if (len > cl && matchesClitic(lower, clitic)) {
                    out.add(token(text, start, end - cl));
                    out.add(token(text, end - cl, end));
                    return;
                }
            }
        }
        // A trailing apostrophe of a plural possessive ("States'") stands alone.
        if (len > 1 && isApostrophe(text.charAt(end - 1)) && Character.isLetter(text.charAt(end - 2))) {
            out.add(token(text, start, end - 1));
            out.add(token(text, end - 1, end));
            return;
        }
        out.add(token(text, start, end));
    }

    private static boolean matchesClitic(String lower, String clitic) {
        int at = lower.length() - clitic.length();
        if (!isApostrophe(lower.charAt(at)) || !Character.isLetter(lower.charAt(at - 1))) {
            return false;
        }
        return lower.regionMatches(at + 1, clitic, 1, clitic.length() - 1);
    }

    /** Whether one of the four characters before {@code end} is an apostrophe. */
    private static boolean apostropheNear(String text, int end) {
        for (int k = end - 1; k >= end - 4 && k >= 0; k--) {
            if (isApostrophe(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean keepsStop(String word, String text, int end, int to) {
        if (word.isEmpty()) {
            return false;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) {
            return true;
        }
        // Initials and dotted abbreviations: J. or U.S. or a.m.
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (word.indexOf('.') > 0) {
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                if (!(Character.isLetter(c) || c == '.')) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isDigitAt(String text, int at, int end) {
        return at < end && Character.isDigit(text.charAt(at));
    }

    private static boolean isLeading(char c) {
        return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{' || c == '\u201c' || c == '\u2018'
                || c == '\u00ab' || c == '$' || c == '\u00a3' || c == '\u20ac' || c == '\u00a5' || c == '-'
                || c == '\u2014' || c == '\u2013' || c == '*' || c == '#' || c == '\u2022' || c == '/' || c == '<'
                || c == '>' || c == '|' || c == '\u2026';
    }

    private static int leadingLength(String text, int start, int end) {
        char c = text.charAt(start);
        if (c == '-') {
            int k = start;
            while (k < end && text.charAt(k) == '-') {
                k++;
            }
            return k - start;
        }
        return 1;
    }

    private static boolean isTrailing(char c) {
        return c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')'
                || c == ']' || c == '}' || c == '\u201d' || c == '\u2019' || c == '\u00bb' || c == '%' || c == '*'
                || c == '\u2026' || c == '/' || c == '|' || c == '>';
    }

    private static Token token(String text, int start, int end) {
        return new Token(text.substring(start, end), start, end);
    }
}
