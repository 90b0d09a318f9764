package news.measure.topics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import news.measure.topics.TopicEval.Outcome;
import news.measure.topics.TopicEval.Result;

/**
 * Presents a topic evaluation: per-class precision, recall and F1, the confusion matrix (rows the gold class,
 * columns the predicted top-level topic), the misclassified articles, and the one-line JSON of the eval contract
 * ({@code accuracy_top1}, {@code macro_f1}, {@code articles}, {@code articles_per_second},
 * {@code overlap_with_training}, plus {@code per_class}, {@code confusion} and the multi-label figures).
 */
public record TopicReport(Result result) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN_ERRORS = 15;
    private static final String OTHER = "other";

    /** Per gold class: precision, recall, F1 and support of the top-1 prediction. */
    record ClassScore(String label, String code, double precision, double recall, double f1, int support) {
    }

    List<ClassScore> perClass() {
        var scores = new ArrayList<ClassScore>();
        for (var entry : new TreeMap<>(result.classCodes()).entrySet()) {
            String code = entry.getValue();
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Outcome o : result.outcomes()) {
                boolean gold = o.gold().equals(code);
                boolean predicted = o.predicted().equals(code);
                tp += gold && predicted ? 1 : 0;
                fp += !gold && predicted ? 1 : 0;
                fn += gold && !predicted ? 1 : 0;
            }
            double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
            double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores.add(new ClassScore(entry.getKey(), code, precision, recall, f1, tp + fn));
        }
        return scores;
    }

    public double accuracy() {
        long correct = result.outcomes().stream().filter(Outcome::correct).count();
        return result.outcomes().isEmpty() ? 0 : correct / (double) result.outcomes().size();
    }

    public double macroF1() {
        List<ClassScore> classes = perClass().stream().filter(c -> c.support() > 0).toList();
        return classes.stream().mapToDouble(ClassScore::f1).average().orElse(0);
    }

    /** Gold class label to predicted column (a class label, or "other") to count. */
    Map<String, Map<String, Integer>> confusion() {
        var labelOf = new TreeMap<String, String>();
        result.classCodes().forEach((label, code) -> labelOf.putIfAbsent(code, label));
        var matrix = new LinkedHashMap<String, Map<String, Integer>>();
        for (String label : new TreeMap<>(result.classCodes()).keySet()) {
            var row = new LinkedHashMap<String, Integer>();
            for (String column : columns()) {
                row.put(column, 0);
            }
            matrix.put(label, row);
        }
        for (Outcome o : result.outcomes()) {
            String column = labelOf.getOrDefault(o.predicted(), OTHER);
            matrix.get(o.article().labels().get(0)).merge(column, 1, Integer::sum);
        }
        return matrix;
    }

    private List<String> columns() {
        var columns = new ArrayList<>(new TreeMap<>(result.classCodes()).keySet());
        columns.add(OTHER);
        return columns;
    }

    /** Mean number of top-level topics an article carries. */
    double topLevelPerArticle() {
        return result.outcomes().stream().mapToLong(o -> o.topics().stream().filter(t -> t.level() == 1).count())
                .average().orElse(0);
    }

    /** Share of articles carrying a second-level topic. */
    double withSecondLevel() {
        return result.outcomes().stream().filter(o -> o.topics().stream().anyMatch(t -> t.level() == 2)).count()
                / (double) Math.max(1, result.outcomes().size());
    }

    /** Share of articles whose gold topic is among the topics they carry. */
    double goldCarried() {
        return result.outcomes().stream().filter(o -> o.topics().stream().anyMatch(t -> t.code().equals(o.gold())))
                .count() / (double) Math.max(1, result.outcomes().size());
    }

    public String table() {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-16s %-9s %9s %9s %9s %8s%n", "class", "topic", "precision", "recall",
                "F1", "articles"));
        for (ClassScore c : perClass()) {
            out.append(String.format(Locale.ROOT, "%-16s %-9s %9.4f %9.4f %9.4f %8d%n", c.label(), c.code(),
                    c.precision(), c.recall(), c.f1(), c.support()));
        }
        out.append(String.format(Locale.ROOT, "top-1 accuracy %.4f, macro-F1 %.4f on %d unseen articles "
                        + "(%d skipped: the model was trained on them); %.0f articles/s on one thread%n",
                accuracy(), macroF1(), result.outcomes().size(), result.overlap(), result.articlesPerSecond()));
        out.append(String.format(Locale.ROOT, "threshold %.2f: %.2f top-level topics per article, the gold topic "
                        + "carried by %.4f, a second-level topic by %.4f%n", result.threshold(), topLevelPerArticle(),
                goldCarried(), withSecondLevel()));
        out.append(String.format(Locale.ROOT, "%nconfusion (rows: gold class, columns: best top-level topic)%n"));
        List<String> columns = columns();
        out.append(String.format(Locale.ROOT, "  %-14s", ""));
        columns.forEach(c -> out.append(String.format(Locale.ROOT, " %13s", c)));
        out.append('\n');
        confusion().forEach((label, row) -> {
            out.append(String.format(Locale.ROOT, "  %-14s", label));
            columns.forEach(c -> out.append(String.format(Locale.ROOT, " %13d", row.get(c))));
            out.append('\n');
        });
        List<Outcome> errors = result.outcomes().stream().filter(o -> !o.correct()).toList();
        if (!errors.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nmisclassified (%d):%n", errors.size()));
            errors.stream().limit(SHOWN_ERRORS).forEach(o -> out.append(String.format(Locale.ROOT, "  %-22s %s%n",
                    o.article().source(), o.topics().stream().limit(3)
                            .map(t -> String.format(Locale.ROOT, "%s %s %.2f", t.code(), t.label(), t.score()))
                            .collect(Collectors.joining("; ")))));
        }
        return out.toString();
    }

    /** The contract's one-line JSON summary. */
    public String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("accuracy_top1", round(accuracy()));
        root.put("macro_f1", round(macroF1()));
        root.put("articles", result.outcomes().size());
        root.put("articles_per_second", Math.round(result.articlesPerSecond()));
        root.put("overlap_with_training", result.overlap());
        root.put("threshold", result.threshold());
        root.put("top_level_per_article", round(topLevelPerArticle()));
        root.put("gold_carried", round(goldCarried()));
        ObjectNode classes = root.putObject("per_class");
        for (ClassScore c : perClass()) {
            ObjectNode node = classes.putObject(c.label());
            node.put("code", c.code());
            node.put("precision", round(c.precision()));
            node.put("recall", round(c.recall()));
            node.put("f1", round(c.f1()));
            node.put("support", c.support());
        }
        ObjectNode confusion = root.putObject("confusion");
        confusion().forEach((label, row) -> {
            ObjectNode node = confusion.putObject(label);
            row.forEach(node::put);
        });
        return root.toString();
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
