package news.enrich.entities;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's regular expression with the characters its matches need near their start. A plain {@code find()} loop
 * runs the pattern's first steps at every position of the text, which for the amount and date rules costs more
 * than everything else they do; this runs the pattern only at the positions that have one of those characters at
 * most {@code ahead} characters on (and, if asked, start a word, or follow none of some characters). It gives the
 * same matches as the plain loop as long as every match has one there. Immutable and thread-safe.
 */
final class GatedPattern {
    static final String DIGITS = "0123456789";
    /** The characters of {@code \w} (without {@code UNICODE_CHARACTER_CLASS}). */
    static final String WORD_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_" + DIGITS;

    private final Pattern pattern;
    private final CharSet near;
    private final CharSet notAfter;
    private final int ahead;
    private final boolean wordStart;

    private GatedPattern(Pattern pattern, String near, int ahead, boolean wordStart, String notAfter) {
        this.pattern = pattern;
        this.near = new CharSet(near);
        this.notAfter = new CharSet(notAfter);
        this.ahead = ahead;
        this.wordStart = wordStart;
    }

    private GatedPattern(Pattern pattern, String near, int ahead, boolean wordStart) {
        this(pattern, near, ahead, wordStart, "");
    }

    /** A pattern whose matches start with one of {@code first}. */
    static GatedPattern startingWith(String first, Pattern pattern) {
        return new GatedPattern(pattern, first, 0, false);
    }

    /**
     * A pattern whose matches start with one of {@code first} and never right after one of {@code notAfter}: for a
     * pattern that begins with a look-behind refusing them, such as {@code (?<![\w.,])}.
     */
    static GatedPattern startingWith(String first, String notAfter, Pattern pattern) {
        return new GatedPattern(pattern, first, 0, false, notAfter);
    }

    /**
     * A pattern whose matches start a word (the pattern begins with {@code \b}) with one of {@code first}, a letter
     * or digit: then no letter or digit comes before.
     */
    static GatedPattern wordStartingWith(String first, Pattern pattern) {
        return new GatedPattern(pattern, first, 0, true);
    }

    /** A pattern whose matches have one of {@code chars} within their first {@code ahead} + 1 characters. */
    static GatedPattern near(String chars, int ahead, Pattern pattern) {
        return new GatedPattern(pattern, chars, ahead, false);
    }

    /** A pattern whose matches start a word, as for {@link #wordStartingWith}, and are {@link #near} one of them. */
    static GatedPattern wordNear(String chars, int ahead, Pattern pattern) {
        return new GatedPattern(pattern, chars, ahead, true);
    }

    Pattern pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }

    /** Gives {@code found} the matcher at each match, in text order and not overlapping, as {@code find()} would. */
    void forEach(String text, Consumer<Matcher> found) {
        forEach(text, 0, text.length(), found);
    }

    /**
     * {@link #forEach(String, Consumer)} for the matches that start in {@code [from, until)} (they may end after
     * it); returns where a search for later matches resumes: after the last match, else at {@code until}.
     */
    int forEach(String text, int from, int until, Consumer<Matcher> found) {
        // Transparent, non-anchoring bounds: look-behinds and \b see the text before the start as find() does.
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        int next = -1;
        int at = from;
        while (at < until) {
            if (next < at) {
                next = next(text, at, until);
                if (next < 0) {
                    return until;
                }
            }
            at = Math.max(at, next - ahead);
            char before = at == 0 ? ' ' : text.charAt(at - 1);
            if ((!wordStart || !Character.isLetterOrDigit(before)) && (at == 0 || !notAfter.has(before))) {
                m.region(at, length);
                if (m.lookingAt()) {
                    found.accept(m);
                    at = Math.max(m.end(), at + 1);
                    continue;
                }
            }
            at++;
        }
        return Math.max(at, until);
    }

    /** The first position in {@code [from, until + ahead)} with one of the characters, or -1. */
    private int next(String text, int from, int until) {
        int end = (int) Math.min(text.length(), (long) until + ahead);
        for (int i = from; i < end; i++) {
            if (near.has(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Characters to test for: a table for ASCII, the rest searched. */
    private static final class CharSet {
        private final boolean[] ascii = new boolean[128];
        private final String other;

        CharSet(String chars) {
            var others = new StringBuilder();
            for (char c : chars.toCharArray()) {
                if (c < 128) {
                    ascii[c] = true;
                } else {
                    others.append(c);
                }
            }
            this.other = others.toString();
        }

        boolean has(char c) {
            return c < 128 ? ascii[c] : other.indexOf(c) >= 0;
        }
    }
}
