package news.measure.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import news.measure.extract.EvalInputException;
import org.junit.jupiter.api.Test;

class HeadlineCsvTest {
    private static final String HEADER = "ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP\n";

    @Test
    void shouldReadQuotedFieldsAndSortByTimeThenId() throws Exception {
        List<Headline> rows = HeadlineCsv.parse("h.csv", HEADER
                + "2,\"Fed's Plosser says \"\"taper\"\", not stop\",http://a,Pub A,b,s1,a.com,1394470371000\n"
                + "1,\"Line\nbreak, and comma\",http://b,Pub B,b,s2,b.com,1394470371000\n"
                + "3,Plain title,http://c,Pub C,e,s1,c.com,1394470370000\n");

        assertThat(rows).extracting(Headline::id).containsExactly(3L, 1L, 2L);
        assertThat(rows.get(2).title()).isEqualTo("Fed's Plosser says \"taper\", not stop");
        assertThat(rows.get(1).title()).isEqualTo("Line\nbreak, and comma");
        assertThat(rows.get(0).story()).isEqualTo("s1");
        assertThat(rows.get(0).line()).isEqualTo(5);
        assertThat(rows.get(0).hostname()).isEqualTo("c.com");
    }

    @Test
    void shouldNameTheFileAndLineOfABadRow() {
        assertThatThrownBy(() -> HeadlineCsv.parse("h.csv", HEADER + "1,T,u,p,b,s,h,12\n2,T,u,p,b,s,h,soon\n"))
                .isInstanceOf(EvalInputException.class).hasMessage("h.csv:3: TIMESTAMP 'soon' is not a whole number");
        assertThatThrownBy(() -> HeadlineCsv.parse("h.csv", HEADER + "1,T,u,p,b,s,h\n"))
                .isInstanceOf(EvalInputException.class).hasMessageStartingWith("h.csv:2: 7 fields");
        assertThatThrownBy(() -> HeadlineCsv.parse("h.csv", HEADER + "1,\"T,u,p,b,s,h,12\n"))
                .isInstanceOf(EvalInputException.class).hasMessageContaining("h.csv:2: a quoted field is not closed");
    }

    @Test
    void shouldNameAMissingColumnOrFile() {
        assertThatThrownBy(() -> HeadlineCsv.parse("h.csv", "ID,TITLE,URL,PUBLISHER,CATEGORY,HOSTNAME,TIMESTAMP\n"))
                .isInstanceOf(EvalInputException.class).hasMessageStartingWith("h.csv:1: no column STORY");
        assertThatThrownBy(() -> HeadlineCsv.load(Path.of("no/such/file.csv")))
                .isInstanceOf(EvalInputException.class).hasMessageContaining("no such file: no/such/file.csv");
    }
}
