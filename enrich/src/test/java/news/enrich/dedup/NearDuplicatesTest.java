package news.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.events.EnrichedArticle;
import news.events.RawArticle;
import news.events.Source;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    static final NearDuplicateConfig CONFIG = new NearDuplicateConfig(0.9, 0.2, 32, 4);
    static final String BODY = "Nick Checker, head of the US State Department's Bureau of African Affairs, visited Mali "
            + "on Monday, calling for renewed economic and security cooperation between Washington and Bamako. "
            + "Foreign Minister Abdoulaye Diop welcomed him and said no official statement would be issued. The two "
            + "sides focused on resuming bilateral cooperation, particularly in the fight against terrorism, and on "
            + "strengthening trade relations between Mali and the United States.";

    private final NearDuplicates nearDuplicates = new NearDuplicates(CONFIG);
    private final InMemoryFingerprints index = new InMemoryFingerprints();

    @Test
    void shouldMarkASyndicatedCopyWithDifferentBoilerplate() {
        assertThat(check("a", "US envoy visits Mali", BODY)).isEmpty();

        var match = check("b", "US envoy visits Mali", BODY + " Follow us on WhatsApp for the latest headlines.");

        assertThat(match).hasValueSatisfying(m -> {
            assertThat(m.originalId()).isEqualTo("a");
            assertThat(m.similarity()).isBetween(0.75, 1.0);
        });
    }

    @Test
    void shouldMarkARevisedVersionThatKeepsTheHeadline() {
        check("a", "Wolves appoint Hoddle as manager", BODY);
        String revised = BODY.substring(0, BODY.length() / 2) + " The club confirmed the appointment on Friday after "
                + "weeks of talks, and the new manager takes charge of training on Monday morning at the ground.";

        assertThat(check("b", "Wolves appoint Hoddle as manager", revised))
                .hasValueSatisfying(m -> assertThat(m.originalId()).isEqualTo("a"));
    }

    @Test
    void shouldNotMarkAReHeadlinedCopyWithTheDefaultTitleThreshold() {
        check("a", "US envoy visits Mali", BODY);

        assertThat(check("b", "Washington seeks to rebuild trust with Bamako", BODY)).isEmpty();
    }

    @Test
    void shouldMarkAReHeadlinedCopyWhenTheTitleThresholdIsZero() {
        var bodyOnly = new NearDuplicates(new NearDuplicateConfig(0, 0.8, 32, 4));
        bodyOnly.check("a", "US envoy visits Mali", BODY, index);

        assertThat(bodyOnly.check("b", "Washington seeks to rebuild trust", BODY, index)).isPresent();
    }

    @Test
    void shouldNotMarkADifferentArticleUnderTheSameGenericHeadline() {
        check("a", "Market report", BODY);

        assertThat(check("b", "Market report", "Shares in London closed higher on Friday as miners rallied after "
                + "copper prices rose for a third day; the FTSE 100 gained 0.8% while the pound slipped against the "
                + "dollar ahead of next week's inflation figures.")).isEmpty();
    }

    @Test
    void shouldPointACopyOfACopyAtTheGroupsOriginal() {
        check("a", "US envoy visits Mali", BODY);
        check("b", "US envoy visits Mali", BODY + " Updated.");

        assertThat(check("c", "US envoy visits Mali", BODY + " Updated again with more."))
                .hasValueSatisfying(m -> assertThat(m.originalId()).isEqualTo("a"));
    }

    @Test
    void shouldGiveAReplayedArticleTheAnswerItHadTheFirstTime() {
        check("a", "US envoy visits Mali", BODY);
        var first = check("b", "US envoy visits Mali", BODY + " Updated.");

        assertThat(check("b", "US envoy visits Mali", BODY + " Updated.")).isEqualTo(first);
        assertThat(check("a", "US envoy visits Mali", BODY)).isEmpty();
    }

    @Test
    void shouldTreatTwoEmptyBodiesWithTheSameTitleAsDuplicates() {
        check("a", "Breaking: earthquake in Chile", "");

        assertThat(check("b", "Breaking: earthquake in Chile", "")).isPresent();
        assertThat(check("c", "Breaking: earthquake in Chile", BODY)).isEmpty();
    }

    @Test
    void shouldDecideTheSameWithTheFingerprintCarriedOrWorkedOutOnArrival() {
        check("a", "Washington seeks to rebuild trust", BODY);
        EnrichedArticle copy = article("b", "Washington seeks to rebuild trust", BODY);
        EnrichedArticle other = article("c", "Washington seeks to rebuild trust", BODY);
        Fingerprint carried = new MinHasher(16, 8).fingerprint(copy.id(), copy.title(), copy.body());
        // Another band layout (the settings changed while the record was in flight): worked out again.
        Fingerprint stale = new MinHasher(8, 8).fingerprint(other.id(), other.title(), other.body());

        assertThat(nearDuplicates.check(copy, carried, index)).map(NearDuplicates.Match::originalId).contains("a");
        assertThat(nearDuplicates.check(other, stale, index)).map(NearDuplicates.Match::originalId).contains("a");
        assertThat(nearDuplicates.check(article("d", "Other news", "Nothing alike."), null, index)).isEmpty();
    }

    private static EnrichedArticle article(String id, String title, String body) {
        var raw = new RawArticle(id, title, "headline", body, null, null, "en", null, "txt",
                new Source("/inbox/" + id + ".txt", id + ".txt", "00", "text/plain", body.length(), null),
                Instant.parse("2026-02-05T10:00:00Z"));
        return EnrichedArticle.of(raw, null, null, id, List.of(), List.of(), raw.ingestedAt());
    }

    private Optional<NearDuplicates.Match> check(String id, String title, String body) {
        return nearDuplicates.check(id, title, body, index);
    }
}
