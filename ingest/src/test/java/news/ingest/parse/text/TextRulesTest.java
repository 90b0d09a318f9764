package news.ingest.parse.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextRulesTest {
    private final TextRules rules = TextRules.builtIn();

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "LEAVE A REPLY;DROP",
            "Please enter your comment!;DROP",
            "Please enter your name here;DROP",
            "- Advertisement -;DROP",
            "This website uses cookies to improve your experience. Accept Read More;DROP",
            "Success! You are now signed up for our newsletter;DROP",
            "Almost done... check your inbox;DROP",
            "Follow us on WhatsApp | LinkedIn for the latest headlines;DROP",
            "Share on Facebook;DROP",
            "Share this article;DROP",
            "Click to share on WhatsApp;DROP",
            "Skip to content;DROP",
            "Read more:;DROP",
            "What's Happening?;SECTION_LABEL",
            "Why It Matters;SECTION_LABEL",
            "Edited By Ali Musa;BYLINE",
            "By Jane Doe and John Smith;BYLINE",
    })
    void shouldClassifyBoilerplateLines(String line, TextRules.Kind kind) {
        assertThat(rules.match(line)).get().extracting(TextRules.Rule::kind).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Trade, not aid",
            "Share prices rose 4% in Johannesburg on Monday.",
            "By the end of the week the talks had stalled.",
            "The ministers said cookies were served at the meeting in Bamako, according to reports.",
            "Home secretary visits Bamako",
    })
    void shouldLeaveArticleTextAlone(String line) {
        assertThat(rules.match(line)).isEmpty();
    }

    @Test
    void shouldReportABadRuleWithItsLine() {
        assertThatThrownBy(() -> TextRules.parse("# rules\n[drop: test]\nok\n(unclosed\n", "my-rules.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("my-rules.txt:4");
    }

    @Test
    void shouldRefuseARuleBeforeAnyHeader() {
        assertThatThrownBy(() -> TextRules.parse("lonely rule\n", "r.txt"))
                .hasMessageContaining("r.txt:1").hasMessageContaining("header");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "NONE", quoteCharacter = '"', value = {
            ".*\\bwe use cookies\\b.*;we use cookies",
            ".*\\bsign up for (our|free|the)\\b.*\\bnewsletters?\\b.*;\"sign up for \"",
            "\\d+ comments?;\" comment\"",
            "(edited|written) by\\s+\\S.{0,80};NONE",
            "by\\s+\\p{Lu}[\\p{L}.'-]+;NONE",
            "home|menu;NONE",
    })
    void shouldFindTheTextEveryMatchMustContain(String regex, String literal) {
        assertThat(TextRules.requiredLiteral(regex)).isEqualTo(literal);
    }

    @Test
    void shouldMatchExactlyAsThePlainRegularExpressionsWould() throws Exception {
        var lines = new java.util.ArrayList<String>();
        try (var seeds = java.nio.file.Files.list(java.nio.file.Path.of("../seeds"))) {
            for (var seed : seeds.toList()) {
                java.nio.file.Files.readAllLines(seed).stream().map(String::strip).forEach(lines::add);
            }
        }
        lines.addAll(java.util.List.of("We use cookies to give you the best experience", "Sign up for our free daily "
                + "newsletter", "By Awa Koné", "Edited by the news desk", "3 comments", "Join our WhatsApp channel"));
        var plain = TextRules.builtIn();
        for (String line : lines) {
            var expected = java.util.Optional.<TextRules.Kind>empty();
            for (TextRules.Rule rule : plainRules(plain)) {
                if (rule.pattern().matcher(line).matches()) {
                    expected = java.util.Optional.of(rule.kind());
                    break;
                }
            }
            assertThat(plain.match(line).map(TextRules.Rule::kind)).as(line).isEqualTo(expected);
        }
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<TextRules.Rule> plainRules(TextRules rules) throws Exception {
        var field = TextRules.class.getDeclaredField("rules");
        field.setAccessible(true);
        return (java.util.List<TextRules.Rule>) field.get(rules);
    }
}
