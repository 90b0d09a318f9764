package news.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> words(String text) {
        return tokenizer.tokens(text).stream().map(Token::text).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mali's capital, Bamako.|Mali 's capital , Bamako .",
            "the U.S. embassy|the U.S. embassy",
            "Agence France-Presse said|Agence France-Presse said",
            "from 250,000 rand to 12.9 million rand|from 250,000 rand to 12.9 million rand",
            "\"African Corps.\"|\" African Corps . \"",
            "$5bn and £3.2m|$ 5bn and £ 3.2m",
            "grew 4% in 2024|grew 4 % in 2024",
            "don't go|do n't go",
            "Mr. Smith met Dr. Jones|Mr. Smith met Dr. Jones",
            "agriculture—a sector|agriculture — a sector",
            "(AES)|( AES )"})
    void shouldSplitLikeTheReutersData(String text, String expected) {
        assertThat(words(text)).containsExactly(expected.split(" "));
    }

    @Test
    void shouldKeepCharacterOffsetsIntoTheText() {
        String text = "  Chicker met Mali\u2019s Foreign Minister,\n Abdoulaye Diop.";
        for (Token token : tokenizer.tokens(text)) {
            assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
        }
        assertThat(words(text)).containsExactly("Chicker", "met", "Mali", "\u2019s", "Foreign", "Minister", ",",
                "Abdoulaye", "Diop", ".");
    }

    @Test
    void shouldEndSentencesAtStopsBeforeCapitalsAndAtLineBreaks() {
        var sentences = tokenizer.sentences("He left. She stayed in the U.S. today.\nHeadline Here\n\nNext one");

        assertThat(sentences).hasSize(4);
        assertThat(sentences.get(1).get(0).text()).isEqualTo("She");
        assertThat(sentences.get(2)).extracting(Token::text).containsExactly("Headline", "Here");
    }

    @Test
    void shouldJoinALongLineWrappedInsideAName() {
        var sentences = tokenizer.sentences("Senior Bureau Official Nick Checker from the U.S. Bureau of\n"
                + "African Affairs is visiting Bamako.");

        assertThat(sentences).hasSize(1);
    }

    @Test
    void shouldReturnNothingForBlankText() {
        assertThat(tokenizer.sentences("  \n\t ")).isEmpty();
        assertThat(tokenizer.sentences("")).isEmpty();
    }
}
