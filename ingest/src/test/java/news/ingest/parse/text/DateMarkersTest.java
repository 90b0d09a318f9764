package news.ingest.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateMarkersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "date 2026-02-05 Nick Checker visited|2026-02-05T00:00:00Z",
            "2026-02-05|2026-02-05T00:00:00Z",
            "2026-02-05T10:15:30Z|2026-02-05T10:15:30Z",
            "2026-02-05 10:15 +0100|2026-02-05T09:15:00Z",
            "2026-02-05T10:15:30.250+02:00|2026-02-05T08:15:30.250Z",
            "February 5, 2026|2026-02-05T00:00:00Z",
            "Feb. 5 2026|2026-02-05T00:00:00Z",
            "Thursday, February 5th, 2026|2026-02-05T00:00:00Z",
            "5 February 2026|2026-02-05T00:00:00Z",
            "05/02/2026|2026-02-05T00:00:00Z",
            "5.2.2026|2026-02-05T00:00:00Z",
            "Published: February 5, 2026|2026-02-05T00:00:00Z",
            "Updated on 2026-02-05|2026-02-05T00:00:00Z",
    })
    void shouldReadDatesAtTheStartOfALine(String line, String expected) {
        assertThat(DateMarkers.atStart(line)).get().extracting(DateMarkers.Found::instant)
                .isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2026", "2026-13-01", "The meeting on February 5, 2026", "12.9 million rand",
            "May the talks go on", "March on Bamako 2026"})
    void shouldNotMistakeOtherTextForADate(String line) {
        assertThat(DateMarkers.atStart(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"February 5, 2026", "2026-02-05 |", "Published: 05/02/2026."})
    void shouldTellAWholeLineDate(String line) {
        assertThat(DateMarkers.wholeLine(line)).contains(Instant.parse("2026-02-05T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"date 2026-02-05 Nick Checker visited", "February 5, 2026 was a Thursday"})
    void shouldNotTakeALineWithTextAfterTheDateAsADateLine(String line) {
        assertThat(DateMarkers.wholeLine(line)).isEmpty();
    }
}
