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

/** {@code newsflow eval topics} and {@code newsflow train topics} on a small corpus written here. */
class TopicsCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Newsflow.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** A corpus in the BBC layout: a few short articles per class. */
    private Path corpus() throws Exception {
        Path root = dir.resolve("corpus");
        write(root, "sport", "Late goal wins the cup final", "A late goal from the striker won the cup final for the "
                + "home side. The coach praised his players after the match at the national stadium.");
        write(root, "sport", "Champion retains her tennis title", "The champion retained her title with a win in "
                + "straight sets in the final of the tournament. Her opponent served poorly in the second set.");
        write(root, "sport", "Runner sets world record in marathon", "The runner broke the world record in the "
                + "marathon on Sunday, finishing the race two minutes ahead of the field.");
        write(root, "politics", "Minister resigns over budget row", "The finance minister resigned after a row "
                + "over the budget in parliament. The prime minister said the government would name a successor.");
        write(root, "politics", "Election date set as parties campaign", "The election will be held in May, the "
                + "government said, as opposition parties started to campaign for votes across the country.");
        write(root, "politics", "Parliament votes down new law", "Members of parliament voted down the government's "
                + "new law on Tuesday after the opposition and some ministers turned against it.");
        write(root, "business", "Shares rise as profits beat forecasts", "Shares in the company rose after it "
                + "reported profits above forecasts. Investors welcomed strong sales and a higher dividend.");
        write(root, "business", "Bank raises interest rates again", "The central bank raised interest rates to "
                + "curb inflation. Markets had expected the move, and the currency rose against the dollar.");
        write(root, "business", "Retailer to cut jobs as sales fall", "The retailer will close stores and cut jobs "
                + "after sales fell for a third year. Its shares fell on the stock market.");
        return root;
    }

    private static void write(Path root, String label, String title, String body) throws Exception {
        Path folder = Files.createDirectories(root.resolve(label));
        int n;
        try (var files = Files.list(folder)) {
            n = (int) files.count() + 1;
        }
        Files.writeString(folder.resolve(String.format("%03d.txt", n)), title + "\n\n" + body + "\n");
    }

    private JsonNode lastLine() throws Exception {
        List<String> lines = out.toString().lines().toList();
        return new ObjectMapper().readTree(lines.get(lines.size() - 1));
    }

    @Test
    void shouldEvaluateTheBuiltInModelWithATableAndOneJsonLine() throws Exception {
        int exit = run("eval", "topics", "--corpus", corpus().toString(), "--passes", "1");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("confusion").contains("politics").contains("top-1 accuracy");
        JsonNode json = lastLine();
        assertThat(json.get("articles").asInt() + json.get("overlap_with_training").asInt()).isEqualTo(9);
        assertThat(json.get("accuracy_top1").asDouble()).isGreaterThanOrEqualTo(0.8);
        assertThat(json.get("macro_f1").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("articles_per_second").asDouble()).isPositive();
        assertThat(json.get("confusion").get("sport").get("sport").asInt()).isPositive();
    }

    @Test
    void shouldTrainAModelThatEvalThenSkipsTheTrainingArticlesOf() throws Exception {
        Path corpus = corpus();
        Path model = dir.resolve("model.bin.gz");

        int exit = run("train", "topics", "--bbc", corpus.toString(), "--held-out", "40", "--out", model.toString());

        assertThat(exit).as(err.toString()).isZero();
        JsonNode trained = lastLine();
        assertThat(model).exists();
        assertThat(trained.get("threshold").asDouble()).isBetween(0.0, 1.0);
        int training = trained.get("training_articles").asInt();
        assertThat(training).isBetween(1, 8);

        out.getBuffer().setLength(0);
        assertThat(run("eval", "topics", "--corpus", corpus.toString(), "--model", model.toString(), "--passes", "0"))
                .as(err.toString()).isZero();
        JsonNode json = lastLine();
        assertThat(json.get("overlap_with_training").asInt()).isEqualTo(training);
        assertThat(json.get("articles").asInt()).isEqualTo(9 - training);
    }

    @Test
    void shouldExitTwoOnBadArguments() throws Exception {
        assertThat(run("eval", "topics", "--corpus", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such folder");
        assertThat(run("eval", "topics")).isEqualTo(2);
        assertThat(err.toString()).contains("--corpus");
        Path odd = dir.resolve("odd");
        write(odd, "gardening", "Roses in June", "Prune the roses after they flower.");
        assertThat(run("eval", "topics", "--corpus", odd.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("gardening");
        assertThat(run("eval", "topics", "--corpus", corpus().toString(), "--model", dir.resolve("none").toString()))
                .isEqualTo(2);
        assertThat(run("train", "topics", "--bbc", corpus().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
        assertThat(run("train", "topics", "--bbc", dir.resolve("missing").toString(), "--out",
                dir.resolve("m").toString())).isEqualTo(2);
    }
}
