package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.enrich.ArticleEnricher;
import news.enrich.entities.EntityConfig;
import news.enrich.entities.Places;
import news.enrich.stories.MapStoryMemory;
import news.enrich.stories.StoryConfig;
import news.enrich.stories.StoryGrouper;
import news.enrich.topics.TopicConfig;
import news.events.EnrichedArticle;
import news.events.Entity;
import news.events.RawArticle;
import news.ingest.parse.ArticleFile;
import news.ingest.parse.ArticleFileParser;
import news.ingest.parse.ParseResult;
import news.settings.SettingsReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The five seeds, parsed as ingest parses them and enriched with the shipped entity model and topic scorer, grouped
 * with the shipped story settings in every one of the 120 arrival orders: always the three stories {001, 003, 004},
 * {002} and {000}, and one Nick Checker across 001, 003 and 004.
 */
class SeedStoriesTest {
    private static final Instant AT = Instant.parse("2026-02-05T09:00:00Z");
    private static final Set<Set<String>> EXPECTED = Set.of(Set.of("001", "003", "004"), Set.of("002"), Set.of("000"));
    private static StoryConfig config;
    private static Map<String, EnrichedArticle> seeds;

    @BeforeAll
    static void enrichTheSeedsOnce() throws Exception {
        SettingsReader read = Configuration.load(null, Map.of(), Map.of()).reader();
        config = StoryConfig.from(read);
        var enricher = new ArticleEnricher(EntityConfig.from(read).extractor(), TopicConfig.from(read).scorer(),
                Clock.systemUTC());
        read.check();
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of("../seeds"))) {
            files = listing.filter(f -> f.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList();
        }
        assertThat(files).hasSize(5);
        seeds = new TreeMap<>();
        for (Path file : files) {
            var parsed = new ArticleFileParser().parse(new ArticleFile(file.toString(), file.getFileName().toString(),
                    Files.readAllBytes(file), AT));
            RawArticle raw = ((ParseResult.Parsed) parsed).articles().get(0);
            seeds.put(file.getFileName().toString().substring(0, 3), enricher.enrich(raw));
        }
    }

    @Test
    void shouldGroupTheSeedsIntoTheSameThreeStoriesInEveryOrder() {
        assertThreeStoriesInEveryOrder(config);
    }

    /**
     * Not a knife edge: the same three stories a little below and above the shipped threshold. The band where all
     * 120 orders hold is 0.17 to 0.18 (README "Stories"), so this checks its ends around the shipped 0.175.
     */
    @ParameterizedTest
    @ValueSource(doubles = {-0.005, 0.005})
    void shouldKeepTheThreeStoriesNearTheShippedThreshold(double offset) {
        assertThreeStoriesInEveryOrder(new StoryConfig(config.threshold() + offset, config.openFor(),
                config.retention(), config.maxCandidates(), config.profileTerms()));
    }

    private static void assertThreeStoriesInEveryOrder(StoryConfig settings) {
        List<List<String>> orders = orders(new ArrayList<>(seeds.keySet()));
        assertThat(orders).hasSize(120);
        for (List<String> order : orders) {
            Map<String, EnrichedArticle> grouped = group(order, settings);
            Set<Set<String>> stories = grouped.entrySet().stream()
                    .collect(Collectors.groupingBy(e -> e.getValue().storyId(),
                            Collectors.mapping(Map.Entry::getKey, Collectors.toSet())))
                    .values().stream().collect(Collectors.toSet());
            assertThat(stories).as("stories for arrival order %s at threshold %s", order, settings.threshold())
                    .isEqualTo(EXPECTED);
        }
    }

    @Test
    void shouldGiveNickCheckerOneIdAndTheMajorityNameAcrossHisStory() {
        for (List<String> order : orders(List.of("001", "003", "004"))) {
            List<String> all = new ArrayList<>(order);
            all.add(0, "000");
            all.add(2, "002");
            Map<String, EnrichedArticle> grouped = group(all, config);
            var ids = new HashSet<String>();
            for (String seed : List.of("001", "003", "004")) {
                Entity nick = grouped.get(seed).entities().stream()
                        .filter(e -> e.type().equals("PERSON") && e.name().startsWith("Nick "))
                        .findFirst().orElseThrow(() -> new AssertionError("no Nick in " + seed));
                ids.add(nick.id());
            }
            assertThat(ids).as("order %s", all).hasSize(1);
            Entity last = grouped.get(order.get(2)).entities().stream()
                    .filter(e -> ids.contains(e.id())).findFirst().orElseThrow();
            assertThat(last.name()).as("order %s", all).isEqualTo("Nick Checker");
        }
    }

    private static Map<String, EnrichedArticle> group(List<String> order, StoryConfig settings) {
        var grouper = new StoryGrouper(settings, new MapStoryMemory(), Places.builtIn());
        var grouped = new TreeMap<String, EnrichedArticle>();
        order.forEach(seed -> grouped.put(seed, grouper.assign(seeds.get(seed)).article()));
        return grouped;
    }

    private static List<List<String>> orders(List<String> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        var orders = new ArrayList<List<String>>();
        for (String first : items) {
            var rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<String> tail : orders(rest)) {
                var order = new ArrayList<String>();
                order.add(first);
                order.addAll(tail);
                orders.add(order);
            }
        }
        return orders;
    }
}
