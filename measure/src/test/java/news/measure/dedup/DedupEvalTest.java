package news.measure.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.enrich.dedup.NearDuplicateConfig;
import news.measure.extract.EvalInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupEvalTest {
    private static final NearDuplicateConfig CONFIG = new NearDuplicateConfig(0.9, 0.2, 32, 4);
    private static final String BODY = "The head of African Affairs at the US State Department arrived in Bamako on "
            + "Monday in a move described as an attempt to inject new momentum into the bilateral relationship "
            + "between the two countries, and met the foreign minister.";

    @TempDir
    Path corpus;

    @Test
    void shouldCountExactAndRevisedCopiesAndScoreAgainstTheClosedGoldPairs() throws Exception {
        write("a/1.txt", "US envoy visits Mali\n\n" + BODY);
        write("a/2.txt", "US envoy visits Mali\n\n" + BODY);
        write("a/3.txt", "US envoy visits Mali\n\n" + BODY + " He also met the head of the military council.");
        write("b/4.txt", "Washington courts Bamako\n\n" + BODY);
        write("b/5.txt", "Rain in Spain\n\nIt rained all week in Madrid and the rivers rose above their banks.");
        var gold = List.of(new DuplicatePairs.Pair("a/1.txt", "a/2.txt", "exact"),
                new DuplicatePairs.Pair("a/2.txt", "a/3.txt", "same-title-revised"),
                new DuplicatePairs.Pair("b/4.txt", "b/5.txt", "exact"));

        DedupEval.Result result = new DedupEval(CONFIG, 1).run(corpus, gold);

        assertThat(result.articles()).isEqualTo(5);
        assertThat(result.exactDuplicates()).isEqualTo(1);
        assertThat(result.nearDuplicates()).isEqualTo(1);
        // Gold closes to {1,2,3} and {4,5}: four pairs; predicted {1,2,3}: three pairs, all right.
        assertThat(result.pairsGold()).isEqualTo(4);
        assertThat(result.pairsPredicted()).isEqualTo(3);
        assertThat(result.precision()).isEqualTo(1.0);
        assertThat(result.recall()).isEqualTo(0.75);
        assertThat(result.missed()).containsExactly("b/4.txt\tb/5.txt");
        assertThat(result.recallByRelation().get("same-title-revised")).containsExactly(1, 1);
        assertThat(new DedupReport(result, CONFIG).json()).contains("\"precision\":1.0", "\"recall\":0.75",
                "\"pairs_gold\":4");
    }

    @Test
    void shouldRefuseGoldPairsNamingFilesOutsideTheCorpus() throws Exception {
        write("a/1.txt", "Title\n\nBody text.");
        var gold = List.of(new DuplicatePairs.Pair("a/1.txt", "a/9.txt", "exact"));

        assertThatThrownBy(() -> new DedupEval(CONFIG, 0).run(corpus, gold))
                .isInstanceOf(EvalInputException.class).hasMessageContaining("a/9.txt");
    }

    @Test
    void shouldNameTheFileAndLineOfABadPairsFile(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("pairs.tsv");
        Files.writeString(tsv, "file_a\tfile_b\trelation\na/1.txt\ta/2.txt\texact\nonly-one-column\n");

        assertThatThrownBy(() -> DuplicatePairs.load(tsv)).isInstanceOf(EvalInputException.class)
                .hasMessageContaining("pairs.tsv: line 3");
        Files.writeString(tsv, "a\tb\n");
        assertThatThrownBy(() -> DuplicatePairs.load(tsv)).hasMessageContaining("header");
    }

    @Test
    void shouldReachTheBarsOnTheBbcDevPairs() throws Exception {
        Path data = findData();
        assumeTrue(data != null, "../shared/data/bbc or near-dup is absent (research data kept outside the "
                + "repository): the dedup evaluation is skipped");

        DedupEval.Result result = new DedupEval(CONFIG, 0).run(data.resolve("bbc"),
                DuplicatePairs.load(data.resolve("near-dup/bbc_duplicate_pairs.dev.tsv")));

        assertThat(result.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.95);
    }

    private void write(String name, String text) throws Exception {
        Path file = corpus.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Path findData() {
        for (String candidate : new String[] {"../../shared/data", "../shared/data"}) {
            Path path = Path.of(candidate);
            if (Files.isDirectory(path.resolve("bbc"))
                    && Files.isRegularFile(path.resolve("near-dup/bbc_duplicate_pairs.dev.tsv"))) {
                return path;
            }
        }
        return null;
    }
}
