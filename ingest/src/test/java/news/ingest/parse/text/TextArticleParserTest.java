package news.ingest.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import news.ingest.parse.ArticleDraft;
import org.junit.jupiter.api.Test;

/** Cases of our own beside the seeds: each a shape real news pages have. */
class TextArticleParserTest {
    private final TextArticleParser parser = new TextArticleParser(TextRules.builtIn());

    @Test
    void shouldTakeTheHeadlineOnceWhenPageFurnitureRepeatsIt() {
        ArticleDraft draft = parser.parse("""
                Ministers meet in Dakar
                12
                Ministers meet in Dakar
                MINISTERS MEET IN DAKAR

                Ministers from five countries met in Dakar on Tuesday to discuss the new trade corridor.
                """);

        assertThat(draft.title()).isEqualTo("Ministers meet in Dakar");
        assertThat(draft.titleSource()).isEqualTo("headline");
        assertThat(draft.body()).isEqualTo(
                "Ministers from five countries met in Dakar on Tuesday to discuss the new trade corridor.");
    }

    @Test
    void shouldReadADateLineAndABylineInTheHeader() {
        ArticleDraft draft = parser.parse("""
                Port of Abidjan expands
                By Awa Koné
                March 3, 2026

                The port authority announced a second container terminal on Monday, doubling capacity by 2028.
                """);

        assertThat(draft.title()).isEqualTo("Port of Abidjan expands");
        assertThat(draft.byline()).isEqualTo("By Awa Koné");
        assertThat(draft.published()).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
        assertThat(draft.body()).startsWith("The port authority announced");
    }

    @Test
    void shouldRemoveBoilerplateAndKeepParagraphs() {
        ArticleDraft draft = parser.parse("""
                Rains return to the Sahel

                Farmers in Mopti welcomed the first rains of the season this week, weeks earlier than usual.
                - Advertisement -
                Agronomists warned that a dry spell could still follow, as it did in 2024.

                Share this article
                Success! You are now signed up.
                This site uses cookies. Accept
                LEAVE A REPLY
                Please enter your comment!
                """);

        assertThat(draft.body()).isEqualTo("""
                Farmers in Mopti welcomed the first rains of the season this week, weeks earlier than usual.

                Agronomists warned that a dry spell could still follow, as it did in 2024.""");
    }

    @Test
    void shouldDeriveAShortTitleAtAWordBoundaryWithoutAHeadline() {
        ArticleDraft draft = parser.parse("The regional bloc agreed on Thursday to create a joint force of five "
                + "thousand soldiers to patrol the borders between the three member states after months of talks. "
                + "Officials said the force would be ready next year.");

        assertThat(draft.titleSource()).isEqualTo("derived");
        assertThat(draft.title()).endsWith("…").hasSizeLessThanOrEqualTo(121)
                .startsWith("The regional bloc agreed on Thursday to create a joint force");
        assertThat(draft.title()).doesNotContain("  ");
    }

    @Test
    void shouldTakeAQuestionHeadline() {
        ArticleDraft draft = parser.parse("Can the corridor survive the rainy season?\n\n"
                + "Engineers say the new road will need repairs every year unless drainage is improved.");

        assertThat(draft.title()).isEqualTo("Can the corridor survive the rainy season?");
        assertThat(draft.titleSource()).isEqualTo("headline");
    }

    @Test
    void shouldKeepAnArticleWithOnlyAHeadlineAndOneLine() {
        ArticleDraft draft = parser.parse("Breaking: border reopens\nThe border between the two countries reopened.");

        assertThat(draft.title()).isEqualTo("Breaking: border reopens");
        assertThat(draft.body()).isEqualTo("The border between the two countries reopened.");
    }
}
