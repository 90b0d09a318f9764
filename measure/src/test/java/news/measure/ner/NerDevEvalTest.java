package news.measure.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.enrich.entities.NerExtractor;
import org.junit.jupiter.api.Test;

/**
 * The shipped tagger on the CoNLL-2003 development file (gold tokens, exact chunks). Skips where the research data
 * is absent. The bar is the first one, F1 0.91 (the shipped model scores 0.9109; the model file and the
 * evaluation are deterministic).
 */
class NerDevEvalTest {
    private static final Path DEV = Path.of("../../shared/data/conll2003/dev.conll");

    @Test
    void shouldScoreTheShippedModelOnTheDevelopmentSet() throws Exception {
        assumeTrue(Files.isRegularFile(DEV), "CoNLL-2003 dev data not found at " + DEV.toAbsolutePath()
                + " (research data, kept outside the repo): skipping");
        List<ConllDocument> docs = ConllCorpus.read(DEV);

        NerEvaluation.Result result = new NerEvaluation(0).run(new OurTagger(NerExtractor.builtInModel()), docs);

        assertThat(result.tokens()).isEqualTo(51_362);
        assertThat(result.score().of(-1).support()).isEqualTo(5_942);
        assertThat(result.score().of(-1).f1()).isGreaterThanOrEqualTo(0.91);
        assertThat(result.score().of(0).f1()).as("PER").isGreaterThanOrEqualTo(0.93);
    }
}
