package news.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A gated search gives what a plain find() loop gives, look-behinds and word boundaries at the gate included. */
class GatedPatternTest {

    @Test
    void shouldFindWhatAPlainSearchFindsOnRandomText() {
        var patterns = List.of(
                GatedPattern.wordStartingWith(GatedPattern.DIGITS,
                        Pattern.compile("(?<![\\w.])\\b(\\d+)(?:\\.\\d+)?[ ]?(%|pc\\b)")),
                GatedPattern.wordStartingWith("abAB",
                        Pattern.compile("(?=[ab])\\b(ab|a b|ba)+\\b", Pattern.CASE_INSENSITIVE)),
                GatedPattern.startingWith("$" + GatedPattern.DIGITS, Pattern.compile("(?<!\\$)\\$?\\d{1,2}")),
                GatedPattern.startingWith("1aA", GatedPattern.WORD_CHARS + ".,\u00e9",
                        Pattern.compile("(?<![\\w.,\u00e9])(1+(?:,1)?|a b|ab)[ ]?(%|pc\\b)", Pattern.CASE_INSENSITIVE)),
                GatedPattern.startingWith("1", GatedPattern.WORD_CHARS + ".,",
                        Pattern.compile("(?<![\\w.,])1+[ ]?%")),
                GatedPattern.near("1\u00e9", 4, Pattern.compile("(?<![\\w$])(?:[a-z]{1,2}\\$|\\$)?[ ]?[1\u00e9]+",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        var random = new Random(5);
        String alphabet = "ab AB1 2.,%$_pc\u00a0\u00e9";
        for (int round = 0; round < 2_000; round++) {
            var text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (GatedPattern gated : patterns) {
                assertThat(gated(gated, text.toString())).as("%s in '%s'", gated, text)
                        .isEqualTo(plain(gated.pattern(), text.toString()));
            }
        }
    }

    private static List<String> gated(GatedPattern pattern, String text) {
        List<String> found = new ArrayList<>();
        pattern.forEach(text, m -> found.add(m.start() + ":" + m.group() + ":"
                + (m.groupCount() > 0 ? m.start(1) : 0)));
        return found;
    }

    private static List<String> plain(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + ":" + m.group() + ":" + (m.groupCount() > 0 ? m.start(1) : 0));
        }
        return found;
    }
}
