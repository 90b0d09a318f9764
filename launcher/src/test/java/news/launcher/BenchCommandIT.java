package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code newsflow bench} end to end at a tiny size: its own broker process, the three phases, the JSON line. */
class BenchCommandIT {
    private String home;

    @BeforeEach
    void seedsFromTheRepository() {
        home = System.getProperty("newsflow.home");
        System.setProperty("newsflow.home", "..");
    }

    @AfterEach
    void restore() {
        if (home == null) {
            System.clearProperty("newsflow.home");
        } else {
            System.setProperty("newsflow.home", home);
        }
    }

    @Test
    void shouldRunEveryPhaseAndEndWithTheFigures() throws Exception {
        var out = new StringWriter();
        var err = new StringWriter();

        int exit = Newsflow.execute(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "--articles",
                "200", "--warmup", "50", "--rate", "20", "--latency-seconds", "2");

        assertThat(exit).as(err.toString()).isZero();
        String[] lines = out.toString().strip().split("\n");
        JsonNode figures = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(figures.get("articles").asInt()).isEqualTo(200);
        assertThat(figures.get("warmup_articles").asInt()).isEqualTo(50);
        assertThat(figures.get("article_files").asInt()).as("the warm-up is not counted").isEqualTo(200);
        assertThat(figures.get("articles_per_second").asDouble()).isPositive();
        assertThat(figures.get("passthrough_articles_per_second").asDouble()).isPositive();
        assertThat(figures.get("ratio").asDouble()).isPositive();
        assertThat(figures.get("p50_ms").asDouble()).isPositive();
        assertThat(figures.get("p99_ms").asDouble()).isGreaterThanOrEqualTo(figures.get("p50_ms").asDouble());
        assertThat(figures.get("heap_mb").asInt()).isPositive();
        assertThat(figures.get("cpu_share").fieldNames()).toIterable()
                .contains("ingest", "enrich", "sink", "broker", "jvm", "gc", "jit");
        double shares = 0;
        for (JsonNode share : figures.get("cpu_share")) {
            shares += share.asDouble();
        }
        assertThat(shares).isBetween(0.98, 1.02);
        assertThat(figures.get("cpu_share").get("enrich").asDouble()).isPositive();
        assertThat(figures.get("cpu_share").get("broker").asDouble()).isPositive();
    }

    @Test
    void shouldRefuseASourceThatIsNeitherSyntheticNorAFolder() {
        var out = new StringWriter();
        var err = new StringWriter();

        int exit = Newsflow.execute(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "--source",
                "no-such-folder");

        assertThat(exit).isEqualTo(Newsflow.USAGE);
        assertThat(err.toString()).contains("--source").contains("no-such-folder");
    }
}
