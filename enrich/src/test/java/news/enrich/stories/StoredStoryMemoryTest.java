package news.enrich.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import news.events.JsonSerdes;
import news.events.StoreSerde;
import org.junit.jupiter.api.Test;

class StoredStoryMemoryTest {
    private static <T> T roundTrip(Class<T> type, StoreSerde.Codec<T> codec, T value) {
        var serde = StoreSerde.of(type, codec);
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
    }

    private static final StoryProfile PROFILE = new StoryProfile("s1", Instant.parse("2026-11-20T08:00:00.5Z"),
            Instant.parse("2026-11-21T08:00:00Z"), 3,
            List.of(new Weight("t:mali", 1.25), new Weight("e:PERSON:nick chckr", 2.5)),
            List.of(List.of(new Weight("t:trust", 0.5)), List.of()),
            List.of(new StoryEntity("PERSON:nick chicker", "PERSON",
                    List.of(new StoryEntity.Form("Nick Chicker", 1, 0), new StoryEntity.Form("Nick Checker", 2, 1)),
                    3)));

    @Test
    void shouldKeepEveryStoreValueAsItWas() {
        assertThat(roundTrip(StoryProfile.class, StoredStoryMemory.PROFILE, PROFILE)).isEqualTo(PROFILE);
        var postings = new Postings(List.of(new Postings.Posting("s1", 1_763_600_000_000L),
                new Postings.Posting("s2", -1)));
        assertThat(roundTrip(Postings.class, StoredStoryMemory.POSTINGS, postings)).isEqualTo(postings);
        var membership = new Membership("s1", Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(roundTrip(Membership.class, StoredStoryMemory.MEMBERSHIP, membership)).isEqualTo(membership);
        var count = new TermCount(12345, Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(roundTrip(TermCount.class, StoredStoryMemory.TERM_COUNT, count)).isEqualTo(count);
    }

    @Test
    void shouldStillReadProfilesStoredAsJsonByAnOlderVersion() {
        var serde = StoreSerde.of(StoryProfile.class, StoredStoryMemory.PROFILE);
        assertThat(serde.deserializer().deserialize("t", JsonSerdes.toBytes(PROFILE))).isEqualTo(PROFILE);
    }
}
