package news.measure.dedup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import news.enrich.dedup.InMemoryFingerprints;
import news.enrich.dedup.NearDuplicateConfig;
import news.enrich.dedup.NearDuplicates;
import news.events.RawArticle;
import news.ingest.parse.ArticleFile;
import news.ingest.parse.ArticleFileParser;
import news.ingest.parse.ParseResult;
import news.measure.extract.EvalInputException;

/**
 * Runs every article of a folder, in path order, through what enrich does to duplicates: the exact-duplicate check
 * (same article id: dropped, so in the group of the first copy) and the near-duplicate check ({@link NearDuplicates},
 * the code of the topology's grouping stage, over an in-memory index). A predicted pair is two files put in one
 * group; gold is the listed pairs, closed transitively. Files are parsed as ingest parses them.
 */
public final class DedupEval {
    private final NearDuplicateConfig config;
    private final int passes;

    /** One file's article. */
    record Item(String name, RawArticle article) {
    }

    /**
     * The figures of one run; the speed is the median of the timed passes that follow the scored one.
     *
     * @param recallByRelation for each gold relation: gold pairs of that relation found, out of how many
     * @param missed           gold pairs not predicted (first few)
     * @param spurious         predicted pairs not in gold (first few)
     */
    public record Result(double precision, double recall, double f1, int pairsPredicted, int pairsGold,
                         int articles, int exactDuplicates, int nearDuplicates, int unreadable,
                         double articlesPerSecond, Map<String, int[]> recallByRelation, List<String> missed,
                         List<String> spurious) {
    }

    public DedupEval(NearDuplicateConfig config, int passes) {
        this.config = config;
        this.passes = passes;
    }

    public Result run(Path corpus, List<DuplicatePairs.Pair> gold) throws EvalInputException, IOException {
        List<Item> items = new ArrayList<>();
        int unreadable = read(corpus, items);
        Set<String> names = new HashSet<>();
        items.forEach(item -> names.add(item.name()));
        for (DuplicatePairs.Pair pair : gold) {
            for (String file : List.of(pair.fileA(), pair.fileB())) {
                if (!names.contains(file)) {
                    throw new EvalInputException("the pairs name " + file + ", which is not an article of " + corpus);
                }
            }
        }
        Run run = group(items);
        double[] rates = new double[passes];
        for (int pass = 0; pass < passes; pass++) {
            long started = System.nanoTime();
            group(items);
            rates[pass] = items.size() / ((System.nanoTime() - started) / 1e9);
        }
        Arrays.sort(rates);
        double perSecond = passes == 0 ? 0 : rates[passes / 2];
        return score(run, gold, items.size(), unreadable, perSecond);
    }

    private record Run(Groups groups, int exact, int near) {
    }

    private Run group(List<Item> items) {
        var nearDuplicates = new NearDuplicates(config);
        var index = new InMemoryFingerprints();
        var firstWithId = new HashMap<String, String>();
        var nameOfId = new HashMap<String, String>();
        var groups = new Groups();
        int exact = 0;
        int near = 0;
        for (Item item : items) {
            RawArticle article = item.article();
            groups.link(item.name(), item.name());
            String first = firstWithId.putIfAbsent(article.id(), item.name());
            if (first != null) {
                groups.link(item.name(), first);
                exact++;
                continue;
            }
            nameOfId.put(article.id(), item.name());
            Optional<NearDuplicates.Match> match = nearDuplicates.check(article.id(), article.title(), article.body(),
                    index);
            if (match.isPresent()) {
                groups.link(item.name(), nameOfId.get(match.get().originalId()));
                near++;
            }
        }
        return new Run(groups, exact, near);
    }

    private static Result score(Run run, List<DuplicatePairs.Pair> gold, int articles, int unreadable,
                                double perSecond) {
        var goldGroups = new Groups();
        for (DuplicatePairs.Pair pair : gold) {
            goldGroups.link(pair.fileA(), pair.fileB());
        }
        Set<String> goldPairs = goldGroups.pairs();
        Set<String> predicted = run.groups().pairs();
        int correct = 0;
        var missed = new ArrayList<String>();
        for (String pair : goldPairs.stream().sorted().toList()) {
            if (predicted.contains(pair)) {
                correct++;
            } else {
                missed.add(pair);
            }
        }
        var spurious = predicted.stream().filter(p -> !goldPairs.contains(p)).sorted().toList();
        var byRelation = new TreeMap<String, int[]>();
        for (DuplicatePairs.Pair pair : gold) {
            int[] counts = byRelation.computeIfAbsent(pair.relation(), r -> new int[2]);
            counts[1]++;
            if (run.groups().root(pair.fileA()).equals(run.groups().root(pair.fileB()))) {
                counts[0]++;
            }
        }
        double precision = predicted.isEmpty() ? 0 : correct / (double) predicted.size();
        double recall = goldPairs.isEmpty() ? 0 : correct / (double) goldPairs.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Result(precision, recall, f1, predicted.size(), goldPairs.size(), articles, run.exact(),
                run.near(), unreadable, perSecond, byRelation, missed, spurious);
    }

    /** Parses every file under the corpus; returns how many could not be parsed (reported, not fatal). */
    private static int read(Path corpus, List<Item> items) throws EvalInputException, IOException {
        if (!Files.isDirectory(corpus)) {
            throw new EvalInputException("no such folder: " + corpus);
        }
        var parser = new ArticleFileParser();
        int unreadable = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !f.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().toList();
        }
        for (Path file : files) {
            String name = corpus.relativize(file).toString().replace('\\', '/');
            var parsed = parser.parse(new ArticleFile(file.toString(), file.getFileName().toString(),
                    Files.readAllBytes(file), Instant.EPOCH));
            if (!(parsed instanceof ParseResult.Parsed ok) || ok.articles().isEmpty()) {
                unreadable++;
                continue;
            }
            List<RawArticle> articles = ok.articles();
            for (int i = 0; i < articles.size(); i++) {
                items.add(new Item(articles.size() == 1 ? name : name + "#" + i, articles.get(i)));
            }
        }
        if (items.isEmpty()) {
            throw new EvalInputException("no articles in " + corpus);
        }
        return unreadable;
    }
}
