package news.measure.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * Presents a story evaluation: readable lines, then the one-line JSON of the eval contract ({@code bcubed_f1},
 * {@code bcubed_precision}, {@code bcubed_recall}, {@code clusters}, {@code stories_gold}, {@code headlines},
 * {@code headlines_per_second}, {@code threshold}).
 */
public record StoryReport(StoryEval.Result result) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public String table() {
        BCubed s = result.scores();
        return String.format(Locale.ROOT, "headlines        %d%n", result.headlines().size())
                + String.format(Locale.ROOT, "stories (gold)   %d%n", result.goldStories())
                + String.format(Locale.ROOT, "stories (found)  %d%n", result.clusters())
                + String.format(Locale.ROOT, "threshold        %.2f%n", result.threshold())
                + String.format(Locale.ROOT, "B-cubed          precision %.4f  recall %.4f  F1 %.4f%n", s.precision(),
                s.recall(), s.f1())
                + String.format(Locale.ROOT, "speed            %.0f headlines/s on one thread (median of the timed "
                + "passes)%n", result.headlinesPerSecond());
    }

    public String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("bcubed_f1", round(result.scores().f1()));
        root.put("bcubed_precision", round(result.scores().precision()));
        root.put("bcubed_recall", round(result.scores().recall()));
        root.put("clusters", result.clusters());
        root.put("stories_gold", result.goldStories());
        root.put("headlines", result.headlines().size());
        root.put("headlines_per_second", Math.round(result.headlinesPerSecond()));
        root.put("threshold", result.threshold());
        return root.toString();
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
