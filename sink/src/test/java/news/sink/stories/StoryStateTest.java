package news.sink.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import news.events.EnrichedArticle;
import news.events.Entity;
import news.events.Mention;
import news.events.Source;
import news.events.StoreSerde;
import news.events.TopicScore;
import org.junit.jupiter.api.Test;

class StoryStateTest {
    @Test
    void shouldComeBackFromItsStoreFormatWithTheSameView() {
        var mali = new Entity("LOCATION:mali", "LOCATION", "Mali", List.of(), 3, 0.4, null);
        var diop = new Entity("PERSON:abdoulaye diop", "PERSON", "Abdoulaye Diop", List.of(), 2, 0.7, null);
        var money = new Entity("MONEY:usd 5000000", "MONEY", "$5 million", List.of(), 1, 0.1, "USD 5000000");
        var politics = new TopicScore("11000000", "http://cv.iptc.org/newscodes/mediatopic/11000000", "politics", 1,
                0.8, List.of());
        var state = new StoryState("s1", Map.of(
                "a1", new StoryState.Member("Washington Seeks to Rebuild Trust", Instant.parse(
                        "2026-11-20T08:00:00.123456Z"), List.of(mali, diop), List.of(politics)),
                "a2", new StoryState.Member("US envoy in Bamako", Instant.parse("2026-11-20T09:00:00Z"),
                        List.of(mali, money), List.of())));
        var serde = StoreSerde.of(StoryState.class, StoryState.CODEC);

        StoryState back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", state));

        assertThat(back).isEqualTo(state);
        assertThat(back.story()).isEqualTo(state.story());
    }

    @Test
    void shouldDropMentionsAndEvidenceItNeverUses() {
        var named = new Entity("PERSON:x", "PERSON", "X", List.of(new Mention("X", 0, 1)), 1, 0.5, null);
        var topic = new TopicScore("04000000", "uri", "economy", 1, 0.6, List.of("trade"));
        var state = new StoryState("s", Map.of("a", new StoryState.Member("t", Instant.EPOCH, List.of(named),
                List.of(topic))));
        var serde = StoreSerde.of(StoryState.class, StoryState.CODEC);

        StoryState.Member back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", state))
                .members().get("a");

        assertThat(back.entities().get(0).mentions()).isEmpty();
        assertThat(back.topics().get(0).evidence()).isEmpty();
        assertThat(back.topics().get(0).score()).isEqualTo(0.6);
    }

    @Test
    void aContributionTravelsCompactlyAndAnOlderJsonRecordIsStillRead() {
        var entity = new Entity("PERSON:x", "PERSON", "X", List.of(new Mention("X", 0, 1)), 1, 0.5, null);
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        var source = new Source("/inbox/a1.txt", "a1.txt", "ab".repeat(32), "text/plain", 40, null);
        var article = new EnrichedArticle("a1", "A title", "headline", "X said so. ".repeat(50), at, null, "en", null,
                "txt", source, at, null, null, "s1", List.of(entity),
                List.of(new TopicScore("11000000", "medtop:11000000", "politics", 1, 0.9, List.of("minister"))), at);
        StoryState.Contribution contribution = StoryState.Contribution.of(article);
        var serde = StoryState.CONTRIBUTION_SERDE;

        byte[] compact = serde.serializer().serialize("t", contribution);

        assertThat(serde.deserializer().deserialize("t", compact)).isEqualTo(contribution);
        assertThat(compact.length).isLessThan(news.events.JsonSerdes.toBytes(article).length / 2);
        assertThat(serde.deserializer().deserialize("t", news.events.JsonSerdes.toBytes(article)))
                .isEqualTo(contribution);
        assertThat(contribution.member().entities().get(0).mentions()).isEmpty();
        assertThat(StoryState.empty().with(article)).isEqualTo(StoryState.empty().with(contribution));
    }
}
