package news.enrich.entities;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's regular expression with a cheap test of where one of its matches can start. A plain {@code find()} loop
 * runs the pattern's first steps at every position of the text, which for the amount and date rules costs more
 * than everything else they do; this runs the pattern only at the positions the test lets through. It gives the
 * same matches as the plain loop as long as the test lets through every position where a match can start (it may
 * let through more). Immutable and thread-safe.
 */
final class GatedPattern {
    /** Whether a match can start at {@code at} in {@code text}: true wherever one can, and then some. */
    @FunctionalInterface
    interface Gate {
        boolean at(String text, int at);
    }

    private final Pattern pattern;
    private final Gate gate;

    GatedPattern(Pattern pattern, Gate gate) {
        this.pattern = pattern;
        this.gate = gate;
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
        // Transparent, non-anchoring bounds: look-behinds and \b see the text before the start as find() does.
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        int at = 0;
        while (at < length) {
            if (gate.at(text, at)) {
                m.region(at, length);
                if (m.lookingAt()) {
                    found.accept(m);
                    at = Math.max(m.end(), at + 1);
                    continue;
                }
            }
            at++;
        }
    }

    /** Whether {@code at} may start a word: \b before a letter or digit needs no letter or digit before it. */
    static boolean wordStart(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    static boolean digitAt(String text, int at) {
        return at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9';
    }

    static boolean charAt(String text, int at, char c) {
        return at < text.length() && text.charAt(at) == c;
    }
}
