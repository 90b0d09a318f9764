package news.measure.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import news.measure.extract.ExtractionEval.ExtractorResult;
import news.measure.extract.ExtractionEval.PageResult;

/**
 * Presents an extraction evaluation: a table comparing ours with the peer, our worst pages, and the one-line JSON
 * the eval contract asks for ({@code f1}, {@code precision}, {@code recall}, {@code pages}, {@code pages_per_second},
 * {@code peer} {{@code name}, {@code f1}}), scores as fractions.
 *
 * @param peer null when no peer was run
 */
public record ExtractionReport(ExtractorResult ours, ExtractorResult peer) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WORST_PAGES = 10;

    public String table() {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-16s %9s %9s %9s %9s %9s%n", "extractor", "precision", "recall", "F1",
                "exact", "pages/s"));
        row(out, ours);
        if (peer != null) {
            row(out, peer);
        }
        out.append(String.format(Locale.ROOT, "%d pages; 4-token shingles, precision and recall averaged over pages, "
                + "F1 of the averages; pages/s on one thread, median of timed passes after a warm-up pass%n",
                ours.summary().pages()));
        out.append(String.format(Locale.ROOT, "%nworst pages for %s:%n", ours.name()));
        out.append(String.format(Locale.ROOT, "  %-16s %6s %6s %6s  %s%n", "id", "P", "R", "F1", "url"));
        for (PageResult page : worst(ours.pages())) {
            out.append(String.format(Locale.ROOT, "  %-16s %6.3f %6.3f %6.3f  %s%n", shortId(page.page().id()),
                    page.score().precision(), page.score().recall(), page.score().f1(), page.page().url()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, ExtractorResult result) {
        var s = result.summary();
        out.append(String.format(Locale.ROOT, "%-16s %9.4f %9.4f %9.4f %9.3f %9.1f%n", result.name(), s.precision(),
                s.recall(), s.f1(), s.accuracy(), result.pagesPerSecond()));
    }

    static List<PageResult> worst(List<PageResult> pages) {
        return pages.stream()
                .sorted(Comparator.comparingDouble((PageResult p) -> p.score().f1()).thenComparing(p -> p.page().id()))
                .limit(WORST_PAGES)
                .toList();
    }

    private static String shortId(String id) {
        return id.length() <= 16 ? id : id.substring(0, 16);
    }

    /** The contract's one-line JSON summary. */
    public String json() {
        ObjectNode root = JSON.createObjectNode();
        var s = ours.summary();
        root.put("f1", round(s.f1()));
        root.put("precision", round(s.precision()));
        root.put("recall", round(s.recall()));
        root.put("accuracy", round(s.accuracy()));
        root.put("pages", s.pages());
        root.put("pages_per_second", Math.round(ours.pagesPerSecond() * 10) / 10.0);
        if (peer != null) {
            ObjectNode node = root.putObject("peer");
            node.put("name", peer.name());
            node.put("f1", round(peer.summary().f1()));
            node.put("precision", round(peer.summary().precision()));
            node.put("recall", round(peer.summary().recall()));
            node.put("pages_per_second", Math.round(peer.pagesPerSecond() * 10) / 10.0);
        }
        return root.toString();
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
