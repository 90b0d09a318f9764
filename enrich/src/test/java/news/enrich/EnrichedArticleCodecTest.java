package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import news.enrich.dedup.MinHasher;
import news.enrich.entities.Places;
import news.events.EnrichedArticle;
import news.events.Entity;
import news.events.JsonSerdes;
import news.events.Mention;
import news.events.Source;
import news.events.StoreSerde;
import news.events.TopicScore;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class EnrichedArticleCodecTest {
    private static final Instant AT = Instant.parse("2026-02-05T10:00:00.123456789Z");

    @Test
    void shouldCarryEveryFieldThroughTheGroupingTopic() {
        var source = new Source("/inbox/feed.xml", "feed.xml", "ab".repeat(32), "application/rss+xml", 12_345, 7);
        var entities = List.of(
                new Entity("PERSON:assimi goïta", "PERSON", "Assimi Goïta",
                        List.of(new Mention("Assimi Goïta", 0, 12), new Mention("Goïta", 40, 45)), 2, 0.73, null),
                new Entity("MONEY:usd 2000000", "MONEY", "$2m", List.of(new Mention("$2m", 60, 63)), 1, 0.1,
                        "USD 2000000"));
        var topics = List.of(new TopicScore("11000000", "http://cv.iptc.org/newscodes/mediatopic/11000000",
                "politics", 1, 0.912345678, List.of("minister", "election")));
        var full = new EnrichedArticle("0123456789abcdef0123456789abcdef", "Title — ünï", "headline", "Body\ntext",
                AT, "By A. Writer", "en", "https://example.com/a", "rss", source, AT.plusSeconds(1),
                "fedcba9876543210fedcba9876543210", 0.93, "s-not-hex", entities, topics, AT.plusSeconds(2));
        var sparse = new EnrichedArticle("a1", "", "none", "", null, null, null, null, "txt",
                new Source("/inbox/a1.txt", "a1.txt", "00", null, 0, null), AT, null, null, "a1", List.of(),
                List.of(), AT);

        for (EnrichedArticle article : List.of(full, sparse)) {
            byte[] bytes = StoreSerde.toBytes(EnrichedArticleCodec.ARTICLE, article);
            assertThat(StoreSerde.fromBytes(bytes, EnrichedArticle.class, EnrichedArticleCodec.ARTICLE))
                    .isEqualTo(article);
        }
        assertThat(StoreSerde.toBytes(EnrichedArticleCodec.ARTICLE, full).length)
                .isLessThan(JsonSerdes.toBytes(full).length / 2);
    }

    @Test
    void shouldStillReadAnArticleAnEarlierVersionLeftInTheTopicAsJson() {
        var article = new EnrichedArticle("a1", "Title", "headline", "Body", AT, null, "en", null, "txt",
                new Source("/inbox/a1.txt", "a1.txt", "00", "text/plain", 4, null), AT, null, null, "a1", List.of(),
                List.of(), AT);
        assertThat(StoreSerde.fromBytes(JsonSerdes.toBytes(article), EnrichedArticle.class,
                EnrichedArticleCodec.ARTICLE)).isEqualTo(article);
    }

    @Test
    void shouldCarryFingerprintAndKeyTermsInOrderAndStillReadTheArticleAloneAsEarlierVersionsWroteIt() {
        var article = new EnrichedArticle("0123456789abcdef0123456789abcdef", "US envoy visits Mali", "headline",
                "Nick Checker arrived in Bamako on Monday for talks.", AT, null, "en", null, "txt",
                new Source("/inbox/a1.txt", "a1.txt", "00", "text/plain", 4, null), AT, null, null, "a1", List.of(),
                List.of(), AT);
        var prepared = GroupingInput.of(article, new MinHasher(16, 8), Places.builtIn());
        Serde<GroupingInput> serde = EnrichTopology.groupArticleSerde();

        GroupingInput read = serde.deserializer().deserialize("t", serde.serializer().serialize("t", prepared));
        assertThat(read.article()).isEqualTo(article);
        assertThat(read.fingerprint()).isEqualTo(prepared.fingerprint());
        assertThat(read.storyKeys()).isNotEmpty().containsExactlyEntriesOf(prepared.storyKeys());
        var nothing = new GroupingInput(article, null, null);
        assertThat(serde.deserializer().deserialize("t", StoreSerde.toBytes(EnrichedArticleCodec.ARTICLE, article)))
                .isEqualTo(nothing);
        assertThat(serde.deserializer().deserialize("t", JsonSerdes.toBytes(article))).isEqualTo(nothing);
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", nothing)))
                .isEqualTo(nothing);
    }
}
