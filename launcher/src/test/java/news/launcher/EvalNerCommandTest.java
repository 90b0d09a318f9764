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

/** {@code newsflow eval ner}: exit codes, the table and the closing JSON line, on a file written here. */
class EvalNerCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Newsflow.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void shouldPrintATableThenTheContractJson() throws Exception {
        Path conll = Files.writeString(dir.resolve("small.conll"), """
                -DOCSTART- -X- -X- O

                Peter NNP B-NP B-PER
                Blackburn NNP I-NP I-PER
                visited VBD B-VP O
                London NNP B-NP B-LOC
                . . O O
                """);

        int exit = run("eval", "ner", "--conll", conll.toString(), "--passes", "1");

        assertThat(exit).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(json.get("f1").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("per_type").get("PER").get("support").asInt()).isEqualTo(1);
        assertThat(json.get("tokens").asInt()).isEqualTo(5);
        assertThat(json.get("tokens_per_second").asDouble()).isPositive();
        assertThat(json.get("model_bytes").asLong()).isPositive();
        assertThat(json.has("load_ms")).isTrue();
        assertThat(json.has("heap_mb")).isTrue();
        assertThat(json.has("peer")).isFalse();
    }

    @Test
    void shouldExitTwoOnMissingOrMalformedInput() throws Exception {
        assertThat(run("eval", "ner", "--conll", dir.resolve("none.conll").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
        Path bad = Files.writeString(dir.resolve("bad.conll"), "Peter NNP B-NP B-PERSON\n");
        assertThat(run("eval", "ner", "--conll", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown tag");
        assertThat(run("eval", "ner")).isEqualTo(2);
        assertThat(run("train", "ner", "--conll", dir.resolve("none.conll").toString(), "--out",
                dir.resolve("m.gz").toString(), "--reuters", "none", "--text", "none")).isEqualTo(2);
    }
}
