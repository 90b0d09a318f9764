package news.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
    /** A Thursday. */
    private static final Instant PUBLISHED = Instant.parse("2026-02-05T10:00:00Z");
    private final Dates dates = new Dates();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "met on July 14, 2025, to discuss|July 14, 2025|2025-07-14",
            "on 14 July 2025 in Bamako|14 July 2025|2025-07-14",
            "date 2026-02-05 Nick|2026-02-05|2026-02-05",
            "between May 2024 and|May 2024|2024-05",
            "established in 2014.|2014|2014",
            "visited Mali Monday, calling|Monday|2026-02-02",
            "arrived on Thursday for|Thursday|2026-02-05",
            "said last week it|last week|2026-W05",
            "last month, the deputy|last month|2026-01",
            "yesterday he said|yesterday|2026-02-04",
            "on February 3 the|February 3|2026-02-03"})
    void shouldResolveAgainstThePublicationDay(String text, String surface, String value) {
        List<Span> spans = dates.find(text, PUBLISHED);

        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).text()).isEqualTo(surface);
        assertThat(text.substring(spans.get(0).start(), spans.get(0).end())).isEqualTo(surface);
        assertThat(spans.get(0).value()).isEqualTo(value);
    }

    @Test
    void shouldKeepRelativeDatesWithoutAValueWhenThePublicationTimeIsUnknown() {
        List<Span> spans = dates.find("He arrived on Monday and leaves next week, not in 2024.", null);

        assertThat(spans).extracting(Span::text).containsExactly("Monday", "next week", "2024");
        assertThat(spans).extracting(Span::value).containsExactly(null, null, "2024");
    }

    @Test
    void shouldNotTakeAmountsForYears() {
        assertThat(dates.find("It paid 2,000 dollars for 2014 shares at 2019.5 each", PUBLISHED)).isEmpty();
    }
}
