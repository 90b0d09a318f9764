package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.events.ArticleIdentity;
import news.events.EnrichedArticle;
import news.events.JsonSerdes;
import news.events.RawArticle;
import news.events.Source;
import news.events.Story;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * A known set of articles for the fault tests and the exact output it must give: unique articles, near-duplicate
 * groups (same headline, bodies that share most of their text) and exact copies (an article sent again from
 * another file, which enrich must drop). Texts are random words, so no two articles outside a group are alike.
 */
final class ArticleSet {
    /** Exact copies come from files named so; none may reach the output. */
    static final String COPY_PREFIX = "copy-";

    private final List<RawArticle> originals;
    private final List<RawArticle> copies;
    private final List<List<String>> groups;

    private ArticleSet(List<RawArticle> originals, List<RawArticle> copies, List<List<String>> groups) {
        this.originals = List.copyOf(originals);
        this.copies = List.copyOf(copies);
        this.groups = List.copyOf(groups);
    }

    /**
     * {@code unique} articles alone, {@code groupCount} near-duplicate groups of {@code groupSize}, and an exact copy
     * of every {@code copyEvery}-th article. Stamped now, as ingest stamps records: the broker applies time
     * retention to record timestamps.
     */
    static ArticleSet generate(long seed, int unique, int groupCount, int groupSize, int copyEvery) {
        var random = new Random(seed);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        var originals = new ArrayList<RawArticle>();
        var groups = new ArrayList<List<String>>();
        for (int i = 0; i < unique; i++) {
            originals.add(article("Report " + i + " " + words(random, 6), words(random, 90), "u" + i + ".txt", now));
        }
        for (int g = 0; g < groupCount; g++) {
            String title = "Developing " + g + " " + words(random, 6);
            String body = words(random, 120);
            var members = new ArrayList<String>();
            for (int m = 0; m < groupSize; m++) {
                // A revised version keeps most of the body and rewrites its end.
                String text = m == 0 ? body : body.substring(0, body.length() * 3 / 4) + " " + words(random, 25);
                RawArticle member = article(title, text, "g" + g + "-" + m + ".txt", now);
                originals.add(member);
                members.add(member.id());
            }
            groups.add(members);
        }
        var copies = new ArrayList<RawArticle>();
        for (int i = 0; i < originals.size(); i += copyEvery) {
            RawArticle original = originals.get(i);
            copies.add(article(original.title(), original.body(), COPY_PREFIX + original.source().name(), now));
        }
        return new ArticleSet(originals, copies, groups);
    }

    /** This set with one more article that must come out like the others. */
    ArticleSet plus(RawArticle extra) {
        var more = new ArrayList<>(originals);
        more.add(extra);
        return new ArticleSet(more, copies, groups);
    }

    /** An article from a file of the given name, stamped now. */
    static RawArticle article(String title, String body, String name) {
        return article(title, body, name, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Every record to send, each exact copy after its original (a copy reaches the same partition later). */
    List<RawArticle> toSend() {
        return Stream.concat(originals.stream(), copies.stream()).toList();
    }

    Set<String> expectedIds() {
        return originals.stream().map(RawArticle::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    int expectedCount() {
        return originals.size();
    }

    int copyCount() {
        return copies.size();
    }

    List<List<String>> groups() {
        return groups;
    }

    /** Sends articles to a raw-articles topic the way ingest does: keyed by id, timestamped now. */
    static void send(KafkaProducer<String, byte[]> producer, String topic, List<RawArticle> articles)
            throws Exception {
        var sent = new ArrayList<Future<RecordMetadata>>();
        for (RawArticle article : articles) {
            sent.add(producer.send(new ProducerRecord<>(topic, null, System.currentTimeMillis(), article.id(),
                    JsonSerdes.toBytes(article))));
        }
        producer.flush();
        for (Future<RecordMetadata> result : sent) {
            result.get(); // a record the broker refused would otherwise go missing without a word
        }
    }

    /**
     * Checks an enriched stream (read_committed) against the set: every expected article exactly once, no exact
     * copy, every near-duplicate group whole (one original, every other member pointing at it) and no other article
     * marked. Returns the articles by id.
     */
    Map<String, EnrichedArticle> assertExactlyOnce(String what, List<ConsumerRecord<String, byte[]>> records) {
        var byId = new HashMap<String, EnrichedArticle>();
        var twice = new ArrayList<String>();
        for (ConsumerRecord<String, byte[]> record : records) {
            EnrichedArticle article = JsonSerdes.fromBytes(record.value(), EnrichedArticle.class);
            assertThat(record.key()).as("key of %s", what).isEqualTo(article.id());
            if (byId.put(record.key(), article) != null) {
                twice.add(record.key() + " at " + record.partition() + "@" + record.offset());
            }
        }
        assertThat(twice).as("articles written twice to %s", what).isEmpty();
        assertThat(byId.keySet()).as("articles in %s", what).isEqualTo(expectedIds());
        assertThat(byId.values()).as("exact copies in %s", what)
                .noneMatch(article -> article.source().name().startsWith(COPY_PREFIX));
        var grouped = new HashSet<String>();
        for (List<String> group : groups) {
            grouped.addAll(group);
            List<String> originalsOfGroup = group.stream().filter(id -> byId.get(id).duplicateOf() == null).toList();
            assertThat(originalsOfGroup).as("original of group %s in %s", group, what).hasSize(1);
            for (String id : group) {
                if (!id.equals(originalsOfGroup.get(0))) {
                    assertThat(byId.get(id).duplicateOf()).as("near-duplicate %s in %s", id, what)
                            .isEqualTo(originalsOfGroup.get(0));
                }
            }
        }
        assertThat(byId.values().stream().filter(a -> a.duplicateOf() != null && !grouped.contains(a.id()))
                .map(EnrichedArticle::id)).as("articles marked near-duplicate outside any group in %s", what).isEmpty();
        return byId;
    }

    /**
     * Checks the sink's output folder: one {@code <id>.json} per expected article in {@code articles/} and
     * {@code ninjs/}, each article file byte-identical to the JSON of its record, no other file (no temporary
     * ones), and every article in exactly the story file its {@code storyId} names.
     */
    void assertFiles(Path out, Map<String, EnrichedArticle> latest) throws IOException {
        Set<String> expectedNames = expectedIds().stream().map(id -> id + ".json").collect(Collectors.toSet());
        assertThat(names(out.resolve("articles"))).as("files in articles/").isEqualTo(expectedNames);
        assertThat(names(out.resolve("ninjs"))).as("files in ninjs/").isEqualTo(expectedNames);
        for (EnrichedArticle article : latest.values()) {
            byte[] file = Files.readAllBytes(out.resolve("articles").resolve(article.id() + ".json"));
            if (!Arrays.equals(file, JsonSerdes.toPrettyBytes(article))) {
                throw new AssertionError("articles/" + article.id() + ".json differs from its record");
            }
        }
        assertThat(names(out.resolve("stories"))).as("files in stories/")
                .allMatch(name -> name.endsWith(".json") && !name.startsWith("."));
        Map<String, String> storyOf = storyMembership(out.resolve("stories"));
        for (EnrichedArticle article : latest.values()) {
            assertThat(storyOf.get(article.id())).as("story file holding %s", article.id())
                    .isEqualTo(article.storyId());
        }
        assertThat(storyOf.keySet()).as("articles in story files").isEqualTo(expectedIds());
    }

    /** Article id to the story file listing it; fails when an article is listed by two stories. */
    static Map<String, String> storyMembership(Path stories) throws IOException {
        var storyOf = new HashMap<String, String>();
        try (Stream<Path> files = Files.list(stories)) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().startsWith(".")) {
                    continue; // being written right now; assertFiles checks that none is left at the end
                }
                Story story = JsonSerdes.fromBytes(Files.readAllBytes(file), Story.class);
                for (String id : story.articleIds()) {
                    String before = storyOf.put(id, story.id());
                    assertThat(before).as("article %s in stories %s and %s", id, before, story.id()).isNull();
                }
            }
        }
        return storyOf;
    }

    /** The names in a folder (empty when it does not exist). */
    static Set<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    /** How many files a folder holds now, cheaply, for deciding when to inject a fault. */
    static int count(Path folder) throws IOException {
        return names(folder).size();
    }

    /** Words drawn from a 40,000-word made-up vocabulary: texts that share no story by chance. */
    static String words(Random random, int count) {
        return random.ints(count, 0, 40_000).mapToObj(i -> "w" + Integer.toString(i, 36))
                .collect(Collectors.joining(" "));
    }

    /** A raw article as ingest would publish it from {@code /inbox/NAME}. */
    static RawArticle article(String title, String body, String name, Instant ingestedAt) {
        var source = new Source("/inbox/" + name, name,
                ArticleIdentity.sha256Hex((name + body).getBytes(StandardCharsets.UTF_8)), "text/plain",
                body.length(), null);
        return new RawArticle(ArticleIdentity.articleId(title, body), title, "headline", body, null, null, "en", null,
                "txt", source, ingestedAt);
    }
}
