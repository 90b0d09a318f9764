package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow eval stories}: the closing JSON line on headlines written here, and usage errors. */
class EvalStoriesCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Newsflow.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void shouldGroupHeadlinesAndEndWithTheContractJson() throws Exception {
        Path csv = Files.writeString(dir.resolve("h.csv"), """
                ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP
                1,Titanfall servers crash on launch day,http://a,A,t,s1,a.com,1000
                2,Central bank raises interest rates again,http://b,B,b,s2,b.com,2000
                3,"Titanfall launch hit by server crash",http://c,C,t,s1,c.com,3000
                """);

        int exit = run("eval", "stories", "--headlines", csv.toString(), "--passes", "1");

        assertThat(exit).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(json.get("bcubed_f1").asDouble()).isEqualTo(1.0);
        assertThat(json.get("bcubed_precision").asDouble()).isEqualTo(1.0);
        assertThat(json.get("bcubed_recall").asDouble()).isEqualTo(1.0);
        assertThat(json.get("clusters").asInt()).isEqualTo(2);
        assertThat(json.get("stories_gold").asInt()).isEqualTo(2);
        assertThat(json.get("headlines").asInt()).isEqualTo(3);
        assertThat(json.get("headlines_per_second").asDouble()).isPositive();
        assertThat(json.get("threshold").asDouble()).isEqualTo(0.175);
    }

    @Test
    void shouldExitTwoNamingTheFileAndLineOfBadInput() throws Exception {
        Path csv = Files.writeString(dir.resolve("bad.csv"), """
                ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP
                1,A title,http://a,A,t,s1,a.com,yesterday
                """);

        assertThat(run("eval", "stories", "--headlines", csv.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(csv + ":2: TIMESTAMP 'yesterday' is not a whole number");
        assertThat(run("eval", "stories", "--headlines", dir.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(run("eval", "stories", "--headlines", csv.toString(), "--threshold", "2")).isEqualTo(2);
    }
}
