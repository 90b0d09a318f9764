package news.measure.ner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import news.enrich.entities.tagger.Tags;
import news.measure.ner.ChunkScore.Prf;
import news.measure.ner.NerEvaluation.Result;

/**
 * Presents an NER evaluation: a table of precision, recall and F1 per type and overall for ours and the peer, and
 * the one-line JSON of the eval contract ({@code f1}, {@code precision}, {@code recall}, {@code per_type},
 * {@code tokens}, {@code tokens_per_second}, {@code load_ms}, {@code model_bytes}, {@code heap_mb}, {@code peer}).
 *
 * @param peer       null when no peer ran
 * @param loadMillis time to read and build our model
 * @param modelBytes the size of our model file (compressed)
 * @param heapMb     the heap our loaded model holds, in MB
 */
public record NerReport(Result ours, Result peer, long loadMillis, long modelBytes, double heapMb) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public String table() {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-20s %-5s %9s %9s %9s %8s%n", "tagger", "type", "precision",
                "recall", "F1", "support"));
        rows(out, ours);
        if (peer != null) {
            rows(out, peer);
        }
        out.append(String.format(Locale.ROOT, "%n%-20s %12s%n", "tagger", "tokens/s"));
        out.append(String.format(Locale.ROOT, "%-20s %12.0f%n", ours.name(), ours.tokensPerSecond()));
        if (peer != null) {
            out.append(String.format(Locale.ROOT, "%-20s %12.0f%n", peer.name(), peer.tokensPerSecond()));
        }
        out.append(String.format(Locale.ROOT, "%d tokens on gold tokenisation; exact chunks (conlleval); tokens/s "
                + "on one thread, median of timed passes after a warm-up; our model: %d bytes, loaded in %d ms, "
                + "%.1f MB of heap%n", ours.tokens(), modelBytes, loadMillis, heapMb));
        return out.toString();
    }

    private static void rows(StringBuilder out, Result result) {
        for (int t = 0; t < 4; t++) {
            row(out, result.name(), Tags.TYPES[t], result.score().of(t));
        }
        row(out, result.name(), "all", result.score().of(-1));
    }

    private static void row(StringBuilder out, String name, String type, Prf prf) {
        out.append(String.format(Locale.ROOT, "%-20s %-5s %9.4f %9.4f %9.4f %8d%n", name, type, prf.precision(),
                prf.recall(), prf.f1(), prf.support()));
    }

    /** The contract's one-line JSON summary. */
    public String json() {
        ObjectNode root = JSON.createObjectNode();
        Prf all = ours.score().of(-1);
        root.put("f1", round(all.f1()));
        root.put("precision", round(all.precision()));
        root.put("recall", round(all.recall()));
        ObjectNode perType = root.putObject("per_type");
        for (int t = 0; t < 4; t++) {
            Prf prf = ours.score().of(t);
            ObjectNode node = perType.putObject(Tags.TYPES[t]);
            node.put("precision", round(prf.precision()));
            node.put("recall", round(prf.recall()));
            node.put("f1", round(prf.f1()));
            node.put("support", prf.support());
        }
        root.put("tokens", ours.tokens());
        root.put("tokens_per_second", Math.round(ours.tokensPerSecond()));
        root.put("load_ms", loadMillis);
        root.put("model_bytes", modelBytes);
        root.put("heap_mb", Math.round(heapMb * 10) / 10.0);
        if (peer != null) {
            ObjectNode node = root.putObject("peer");
            node.put("name", peer.name());
            Prf p = peer.score().of(-1);
            node.put("f1", round(p.f1()));
            node.put("precision", round(p.precision()));
            node.put("recall", round(p.recall()));
            node.put("tokens_per_second", Math.round(peer.tokensPerSecond()));
        }
        return root.toString();
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
