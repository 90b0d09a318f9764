package news.measure.dedup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import news.enrich.dedup.NearDuplicateConfig;

/**
 * Presents a dedup evaluation: the figures, recall per gold relation, the first missed and spurious pairs, and the
 * one-line JSON of the eval contract ({@code precision}, {@code recall}, {@code f1}, {@code pairs_predicted},
 * {@code pairs_gold}, plus counts, speed and the thresholds used).
 */
public record DedupReport(DedupEval.Result result, NearDuplicateConfig config) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN = 10;

    public String table() {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d articles (%d unreadable files): %d exact duplicates dropped, "
                        + "%d near-duplicates marked%n", result.articles(), result.unreadable(),
                result.exactDuplicates(), result.nearDuplicates()));
        out.append(String.format(Locale.ROOT, "pairs: %d predicted, %d gold; precision %.3f, recall %.3f, F1 %.3f%n",
                result.pairsPredicted(), result.pairsGold(), result.precision(), result.recall(), result.f1()));
        result.recallByRelation().forEach((relation, counts) -> out.append(String.format(Locale.ROOT,
                "  %-20s %d of %d listed pairs found%n", relation, counts[0], counts[1])));
        list(out, "missed", result.missed().stream().limit(SHOWN).toList());
        list(out, "not in gold", result.spurious().stream().limit(SHOWN).toList());
        return out.toString();
    }

    private static void list(StringBuilder out, String label, java.util.List<String> pairs) {
        for (String pair : pairs) {
            out.append("  ").append(label).append(": ").append(pair.replace("\t", " ~ ")).append('\n');
        }
    }

    public String json() {
        ObjectNode node = JSON.createObjectNode();
        node.put("precision", round(result.precision()));
        node.put("recall", round(result.recall()));
        node.put("f1", round(result.f1()));
        node.put("pairs_predicted", result.pairsPredicted());
        node.put("pairs_gold", result.pairsGold());
        node.put("articles", result.articles());
        node.put("exact_duplicates", result.exactDuplicates());
        node.put("near_duplicates", result.nearDuplicates());
        node.put("articles_per_second", Math.round(result.articlesPerSecond()));
        ObjectNode byRelation = node.putObject("recall_by_relation");
        result.recallByRelation().forEach((relation, counts) ->
                byRelation.put(relation, round(counts[0] / (double) counts[1])));
        node.put("title_threshold", config.titleThreshold());
        node.put("body_threshold", config.bodyThreshold());
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
