package news.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.enrich.entities.NerExtractor;
import org.junit.jupiter.api.Test;

/**
 * The tagger sums the weights of the rows that come from one word alone once per word ({@link WordScores}); these
 * tests hold it to the plain way, every static row of {@link Features.Document#prepare(int)} added one by one.
 */
class SequenceTaggerTest {
    /** A document with the awkward cases: one token, capitals, unknown and long words, repeats, quotes. */
    private static final String[][] DOCUMENT = {
        {"MALI", "JUNTA", "EXPELS", "FRENCH", "ENVOY", "AFTER", "U.S.", "TALKS"},
        {"Mali"},
        {"Foreign", "Minister", "Abdoulaye", "Diop", "met", "the", "the", "the", "envoys", "of", "the",
            "Alliance", "of", "Sahel", "States", "(", "AES", ")", "in", "Bamako", "on", "Monday", "."},
        {"Internationalisation", "of", "Xqzvbrt", "Plc", "cost", "$", "12.9", "million", ",", "up", "4", "%",
            "from", "2024", "\u2019s", "figure", "\u2014", "Diop", "said", "."},
        {"\u201cWe", "will", "not", "negotiate", "under", "threat", ",\u201d", "Diop", "said", "to", "Mali",
            "Mali", "Mali", "Mali", "Mali", "Mali", "."},
        {"UN", "says", "AES", "nations", "left", "ECOWAS"},
        {},
        {"", "a", "A", "B", "1", "-"},
    };

    @Test
    void shouldGiveEveryTokenTheStaticScoresOfItsRowsWithTheShippedModel() {
        assertSameStaticScores(NerExtractor.builtInModel(), WordScores.SLOTS);
    }

    @Test
    void shouldGiveEveryTokenTheStaticScoresOfItsRowsWhenWordsTakeEachOthersSlots() {
        assertSameStaticScores(NerExtractor.builtInModel(), 2);
        assertSameStaticScores(randomModel(3, 1), 1);
    }

    @Test
    void shouldGiveEveryTokenTheStaticScoresOfItsRowsWithClustersAtEveryGranularityAndNone() {
        for (int granularities = 0; granularities <= 3; granularities++) {
            assertSameStaticScores(randomModel(granularities, 7 + granularities), 16);
        }
    }

    @Test
    void shouldTagAsThePlainSumOfRowsDoesBeforeAndAfterTheWordsAreRemembered() {
        for (TaggerModel model : List.of(NerExtractor.builtInModel(), randomModel(3, 2), randomModel(0, 3))) {
            int[][] expected = plainTags(model, DOCUMENT);
            var tagger = new SequenceTagger(model, 4);
            assertThat(tagger.tag(DOCUMENT)).isDeepEqualTo(expected);
            assertThat(tagger.tag(DOCUMENT)).isDeepEqualTo(expected);
            var large = new SequenceTagger(model);
            assertThat(large.tag(DOCUMENT)).isDeepEqualTo(expected);
            assertThat(large.tag(DOCUMENT)).isDeepEqualTo(expected);
        }
    }

    @Test
    void shouldTagAlikeFromSeveralThreadsAtOnce() throws Exception {
        TaggerModel model = NerExtractor.builtInModel();
        int[][] expected = plainTags(model, DOCUMENT);
        var tagger = new SequenceTagger(model, 64);
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<int[][]>> results = new ArrayList<>();
            for (int call = 0; call < 200; call++) {
                results.add(pool.submit(() -> tagger.tag(DOCUMENT)));
            }
            for (var result : results) {
                assertThat(result.get()).isDeepEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void shouldForgetTheDocumentBeforeWhenAWorkspaceStartsAnother() {
        // Words of DOCUMENT written otherwise: "Said" capitalised where DOCUMENT has it in lower case, "Minister"
        // first where DOCUMENT has it inside a sentence, "Diop" after DOCUMENT's tags were recorded.
        String[][] other = {{"Minister", "Diop", "Said", "no", "."}, {"Talks", "in", "Bamako", "ended", "."}};
        TaggerModel model = randomModel(3, 11);
        var words = new WordScores(model.features(), model.weights(), 64);
        Features.Document workspace = model.features().workspace(model.gazetteer());
        workspace.start(DOCUMENT);
        for (int s = 0; s < DOCUMENT.length; s++) {
            for (int i = 0; i < workspace.prepare(s, words); i++) {
                workspace.record(i, Tags.begin(i % 4));
            }
        }
        workspace.start(other);
        Features.Document fresh = model.features().document(other, model.gazetteer());
        assertSameScores(model, fresh, workspace, words, other);
    }

    /** Static scores from the words' sums plus the remaining rows, against the sum of all rows, token by token. */
    private static void assertSameStaticScores(TaggerModel model, int slots) {
        var words = new WordScores(model.features(), model.weights(), slots);
        for (int pass = 0; pass < 2; pass++) {
            assertSameScores(model, model.features().document(DOCUMENT, model.gazetteer()),
                    model.features().document(DOCUMENT, model.gazetteer()), words, DOCUMENT);
        }
    }

    /**
     * Per token, the static scores and, after an O tag, the scores with the word's rows for that tag, of a document
     * prepared for tagging ({@code cached}), against the plain sums of all its rows ({@code plain}).
     */
    private static void assertSameScores(TaggerModel model, Features.Document plain, Features.Document cached,
            WordScores words, String[][] sentences) {
        WeightTable weights = model.weights();
        int[] dynamic = new int[Features.MAX_DYNAMIC];
        for (int s = 0; s < sentences.length; s++) {
            int n = plain.prepare(s);
            assertThat(cached.prepare(s, words)).isEqualTo(n);
            for (int i = 0; i < n; i++) {
                String token = "sentence " + s + " token " + i + " (" + sentences[s][i] + ")";
                int[] expected = new int[Tags.COUNT];
                add(weights, expected, plain.rows(), i * Features.MAX_STATIC, plain.rowCount(i));
                assertThat(slice(cached.staticScores(), i)).as(token).isEqualTo(expected);
                for (int beforePrevious : new int[] {Tags.O, Tags.begin(2)}) {
                    int[] afterO = expected.clone();
                    add(weights, afterO, dynamic, 0, plain.dynamicRows(i, Tags.O, beforePrevious, dynamic));
                    int[] actual = slice(cached.scoresAfterO(), i);
                    add(weights, actual, dynamic, 0, cached.contextTagRows(i, Tags.O, beforePrevious, dynamic));
                    assertThat(actual).as(token + " after O").isEqualTo(afterO);
                }
            }
        }
    }

    private static int[] slice(int[] perToken, int i) {
        return Arrays.copyOfRange(perToken, i * Tags.COUNT, (i + 1) * Tags.COUNT);
    }

    /** Greedy tagging the way the trainer scores: every static and dynamic row added one by one. */
    private static int[][] plainTags(TaggerModel model, String[][] sentences) {
        WeightTable weights = model.weights();
        Features.Document doc = model.features().document(sentences, model.gazetteer());
        int[][] tags = new int[sentences.length][];
        int[] dynamic = new int[Features.MAX_DYNAMIC];
        for (int s = 0; s < sentences.length; s++) {
            int n = doc.prepare(s);
            tags[s] = new int[n];
            int previous = Tags.O;
            int beforePrevious = Tags.O;
            for (int i = 0; i < n; i++) {
                int[] scores = new int[Tags.COUNT];
                add(weights, scores, doc.rows(), i * Features.MAX_STATIC, doc.rowCount(i));
                add(weights, scores, dynamic, 0, doc.dynamicRows(i, previous, beforePrevious, dynamic));
                int best = SequenceTagger.best(scores, previous);
                tags[s][i] = best;
                doc.record(i, best);
                beforePrevious = previous;
                previous = best;
            }
        }
        return tags;
    }

    private static void add(WeightTable weights, int[] scores, int[] rows, int from, int count) {
        for (int k = from; k < from + count; k++) {
            for (int t = 0; t < Tags.COUNT; t++) {
                scores[t] += weights.weight(rows[k], t);
            }
        }
    }

    /**
     * A small model with random weights (so a missing or extra row changes a score), clusters for some words of
     * the document in some capitalisations, and a gazetteer of a few of its names.
     */
    private static TaggerModel randomModel(int granularities, long seed) {
        var random = new Random(seed);
        var clusters = new LongIntMap(16);
        for (String w : List.of("Mali", "mali", "the", "Diop", "said", "minister", "Junta", "envoy", "of", "2024")) {
            clusters.put(Hashes.of(w), random.nextInt(1 << 30));
        }
        var names = new LongIntMap(16);
        names.put(Gazetteer.key(new long[] {Hashes.of("Mali")}, 0, 1), 1 << 2);
        long[] aes = {Hashes.of("Alliance"), Hashes.of("of"), Hashes.of("Sahel"), Hashes.of("States")};
        names.put(Gazetteer.key(aes, 0, aes.length), 1 << 1);
        for (long h : aes) {
            names.or(Gazetteer.partKey(h), 1 << 1);
        }
        var features = new Features(10, granularities == 0 ? WordClusters.none()
                : new WordClusters(clusters, granularities));
        float[] trained = new float[Tags.COUNT << features.bits()];
        for (int i = 0; i < trained.length; i++) {
            trained[i] = (float) random.nextGaussian();
        }
        return new TaggerModel(features, new Gazetteer(names), trained);
    }
}
