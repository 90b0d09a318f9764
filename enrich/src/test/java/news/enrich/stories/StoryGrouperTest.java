package news.enrich.stories;

import static news.enrich.stories.StoryArticles.T0;
import static news.enrich.stories.StoryArticles.article;
import static news.enrich.stories.StoryArticles.duplicateOf;
import static news.enrich.stories.StoryArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import news.enrich.entities.Places;
import news.events.EnrichedArticle;
import news.events.Entity;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {
    private static final StoryConfig CONFIG = StoryConfig.defaults(0.2);
    private final MapStoryMemory memory = new MapStoryMemory();
    private final StoryGrouper grouper = new StoryGrouper(CONFIG, memory, Places.builtIn());

    private EnrichedArticle assign(EnrichedArticle article) {
        return grouper.assign(article).article();
    }

    @Test
    void shouldJoinTheStoryOfASimilarArticleAndStartANewOneOtherwise() {
        EnrichedArticle first = assign(article("a1", "Titanfall servers crash on launch day", "", T0));
        EnrichedArticle second = assign(article("a2", "Titanfall launch hit by server crash",
                "", T0.plusSeconds(600)));
        EnrichedArticle other = assign(article("a3", "Central bank raises interest rates again", "",
                T0.plusSeconds(900)));

        assertThat(first.storyId()).isEqualTo("a1");
        assertThat(second.storyId()).isEqualTo("a1");
        assertThat(other.storyId()).isEqualTo("a3");
        assertThat(memory.profiles().get("a1").members()).isEqualTo(2);
        assertThat(memory.articles().get("a2").storyId()).isEqualTo("a1");
    }

    @Test
    void shouldPutANearDuplicateInTheStoryOfItsOriginalWhateverItsText() {
        assign(article("o1", "Titanfall servers crash on launch day", "", T0));
        assign(article("o2", "Central bank raises interest rates again", "", T0.plusSeconds(60)));
        var copy = duplicateOf(article("o3", "Completely different words here", "", T0.plusSeconds(120)), "o2",
                0.97);

        StoryGrouper.Decision decision = grouper.assign(copy);

        assertThat(decision.article().storyId()).isEqualTo("o2");
        assertThat(decision.reason()).isEqualTo("duplicate");
        assertThat(decision.similarity()).isEqualTo(0.97);
    }

    @Test
    void shouldNotJoinAStoryClosedForLongerThanTheWindow() {
        assign(article("w1", "Titanfall servers crash on launch day", "", T0));
        EnrichedArticle late = assign(article("w2", "Titanfall servers crash on launch day again", "",
                T0.plus(CONFIG.openFor()).plus(Duration.ofHours(1))));
        EnrichedArticle inTime = assign(article("w3", "Titanfall servers crash on launch day once more", "",
                T0.plus(CONFIG.openFor()).minus(Duration.ofHours(1))));

        assertThat(late.storyId()).isEqualTo("w2");
        assertThat(inTime.storyId()).isIn("w1", "w2");
    }

    @Test
    void shouldKeepAnAssignmentWhenAnArticleComesAgain() {
        assign(article("r1", "Titanfall servers crash on launch day", "", T0));
        assign(article("r2", "Central bank raises interest rates again", "", T0.plusSeconds(60)));

        StoryGrouper.Decision again = grouper.assign(article("r2", "Central bank raises interest rates again", "",
                T0.plusSeconds(120)));

        assertThat(again.article().storyId()).isEqualTo("r2");
        assertThat(again.reason()).isEqualTo("seen");
        assertThat(memory.profiles().get("r2").members()).isEqualTo(1);
    }

    @Test
    void shouldKeepProfilesAndIndexBoundedAndPurgeIdleStories() {
        assign(article("b0", "Titanfall servers crash on launch day", "", T0));
        for (int i = 1; i < 200; i++) {
            // Near-duplicates join whatever their words, so every new word lands in one story's profile.
            assign(duplicateOf(article("b" + i, "Titanfall word" + i + " term" + (i * 7) + " extra" + (i * 13), "",
                    T0.plusSeconds(i)), "b0", 0.9));
        }
        StoryProfile story = memory.profiles().get("b0");
        assertThat(story.members()).isEqualTo(200);
        assertThat(story.centroid()).hasSizeLessThanOrEqualTo(CONFIG.profileTerms());
        assertThat(story.recent()).hasSizeLessThanOrEqualTo(StoryGrouper.RECENT_MEMBERS);
        memory.index().forEach((key, postings) ->
                assertThat(postings.stories()).hasSizeLessThanOrEqualTo(StoryGrouper.POSTINGS_PER_KEY));

        grouper.purge(T0.plus(CONFIG.retention()).plus(Duration.ofHours(1)));

        var left = new ArrayList<String>();
        memory.profiles().forEach((id, profile) -> left.add(id));
        memory.articles().forEach((id, membership) -> left.add(id));
        memory.index().forEach((key, postings) -> left.add(key));
        assertThat(left).isEmpty();
        // Only the running counts are left, and no story is live any more.
        memory.terms().forEach((key, count) -> assertThat(key).isIn(StoryGrouper.ARTICLE_COUNT,
                StoryGrouper.STORY_COUNT));
        assertThat(memory.terms().get(StoryGrouper.STORY_COUNT).articles()).isZero();
    }

    @Test
    void shouldGiveOneEntityIdPerStoryAndTheMajorityNameAsCanonical() {
        String text = "The head of African Affairs at the State Department visited Bamako to meet ministers.";
        EnrichedArticle first = assign(article("n1", "Envoy Nick Chicker visits Bamako for talks", text, T0,
                entity("PERSON", "Nick Chicker", 0.8)));
        EnrichedArticle second = assign(article("n2", "Nick Checker visits Bamako for talks with ministers", text,
                T0.plusSeconds(60), entity("PERSON", "Nick Checker", 0.8)));
        EnrichedArticle third = assign(article("n3", "Nick Checker in Bamako: talks with ministers", text,
                T0.plusSeconds(120), entity("PERSON", "Nick Checker", 0.8)));

        assertThat(List.of(first.storyId(), second.storyId(), third.storyId())).containsOnly("n1");
        assertThat(List.of(first, second, third)).extracting(a -> a.entities().get(0).id())
                .containsOnly("PERSON:nick chicker");
        // A tie (one article each) goes to the earliest form; the majority wins once there is one.
        assertThat(first.entities().get(0).name()).isEqualTo("Nick Chicker");
        assertThat(second.entities().get(0).name()).isEqualTo("Nick Chicker");
        assertThat(third.entities().get(0).name()).isEqualTo("Nick Checker");
        assertThat(third.entities().get(0).mentions()).extracting(m -> m.text()).containsExactly("Nick Checker");
    }

    @Test
    void shouldMatchAnAcronymWithItsExpansionInsideOneArticleAndAcrossArticles() {
        String text = "Aid programmes were cut as the agency was dismantled by the administration this year.";
        EnrichedArticle first = assign(article("u1", "Trump dismantles US aid agency", text, T0,
                entity("ORGANIZATION", "US Agency for International Development", 0.6),
                entity("ORGANIZATION", "USAID", 0.4)));
        EnrichedArticle second = assign(article("u2", "Trump dismantles US aid agency, programmes cut", text,
                T0.plusSeconds(60), entity("ORGANIZATION", "USAID", 0.9)));

        assertThat(second.storyId()).isEqualTo("u1");
        assertThat(first.entities()).hasSize(1);
        Entity merged = first.entities().get(0);
        assertThat(merged.id()).isEqualTo("ORGANIZATION:us agency for international development");
        assertThat(merged.mentions()).hasSize(2);
        assertThat(second.entities()).extracting(Entity::id)
                .containsExactly("ORGANIZATION:us agency for international development");
    }

    @Test
    void shouldTellNamesApartThatOnlyLookAlike() {
        assertThat(EntityRegistry.similar("PERSON", "Nick Chicker", "Nick Checker")).isTrue();
        assertThat(EntityRegistry.similar("PERSON", "Checker", "Nick Checker")).isTrue();
        assertThat(EntityRegistry.similar("PERSON", "Nick Checker", "Anna Checker")).isFalse();
        assertThat(EntityRegistry.similar("PERSON", "Tom Lee", "Tom Lie")).isFalse();
        assertThat(EntityRegistry.isAcronymOf("USAID", "US Agency for International Development")).isTrue();
        assertThat(EntityRegistry.isAcronymOf("U.N.", "United Nations")).isTrue();
        assertThat(EntityRegistry.isAcronymOf("UN", "United States")).isFalse();
    }
}
