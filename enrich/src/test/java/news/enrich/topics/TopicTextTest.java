package news.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTextTest {

    private static List<String> tokens(String text) {
        TopicText words = TopicText.of(text);
        var tokens = new ArrayList<String>();
        for (int i = 0; i < words.size(); i++) {
            tokens.add(words.token(i));
        }
        return tokens;
    }

    @Test
    void shouldLowerCaseWordsDropPossessivesAndJoinInitialisms() {
        assertThat(tokens("The U.S. Government's plan, e.g. for the U.N."))
                .containsExactly("the", "us", "government", "plan", "eg", "for", "the", "un");
        assertThat(tokens("Mali\u2019s army; Goïta")).containsExactly("mali", "army", "goïta");
    }

    @Test
    void shouldTurnEveryNumberIntoOneToken() {
        assertThat(tokens("In 2025, 12.9 million rand")).containsExactly("in", "<num>", "<num>", "<num>", "million",
                "rand");
    }

    @Test
    void shouldStemPluralsButNotPluralsOfTheirOwn() {
        assertThat(TopicText.stem("companies")).isEqualTo("company");
        assertThat(TopicText.stem("taxes")).isEqualTo("tax");
        assertThat(TopicText.stem("elections")).isEqualTo("election");
        assertThat(TopicText.stem("businesses")).isEqualTo("business");
        assertThat(TopicText.stem("business")).isEqualTo("business");
        assertThat(TopicText.stem("crisis")).isEqualTo("crisis");
        assertThat(TopicText.stem("news")).isEqualTo("news");
        assertThat(TopicText.stem("securities")).isEqualTo("securities");
        assertThat(TopicText.stemHash("securities")).isNotEqualTo(TopicText.stemHash("security"));
        assertThat(TopicText.stemHash("diplomats")).isEqualTo(TopicText.stemHash("diplomat"));
    }

    @Test
    void shouldMarkFunctionWordsAndNumbersAsStopwords() {
        TopicText words = TopicText.of("The minister said 40 votes");
        assertThat(words.isStopword(0)).isTrue();
        assertThat(words.isStopword(1)).isFalse();
        assertThat(words.isStopword(2)).isTrue();
        assertThat(words.isStopword(3)).isTrue();
        assertThat(words.isStopword(4)).isFalse();
    }

    @Test
    void shouldHashTheSameWordTheSameWherever() {
        TopicText words = TopicText.of("Election ELECTION election");
        assertThat(words.hash(0)).isEqualTo(words.hash(1)).isEqualTo(words.hash(2)).isEqualTo(TopicText.hash("election"));
    }

    @Test
    void shouldBuildWordAndBigramFeaturesWithTitleWordsCountedTwice() {
        FeatureVector features = FeatureVector.of(TopicText.of("Strike ends"), TopicText.of("The rail strike ended."));
        var terms = new ArrayList<String>();
        float strike = 0;
        for (int i = 0; i < features.size(); i++) {
            terms.add(features.term(i));
            if (features.term(i).equals("strike")) {
                strike = features.value(i);
            }
        }
        assertThat(terms).containsExactlyInAnyOrder("strike", "ends", "strike ends", "rail", "rail strike", "ended",
                "strike ended");
        assertThat(strike).isEqualTo((float) (1 + Math.log(3)));
    }
}
