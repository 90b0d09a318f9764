package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import news.events.EnrichedArticle;
import news.events.JsonSerdes;
import news.events.Story;
import news.events.TopicLayout;
import news.events.Topics;
import news.settings.Settings;
import news.testkit.KafkaBroker;
import news.testkit.Eventually;
import news.testkit.KafkaBrokerExtension;
import news.testkit.Schemas;
import news.testkit.TopicContents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The three services in-process against a real broker: seed files in, compacted topic and JSON files out. */
@ExtendWith(KafkaBrokerExtension.class)
class PipelineIT {
    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final Path SEEDS = Path.of("../seeds");
    /** IPTC's schemas beside the repo (research data, never copied in); the ninjs check is skipped without them. */
    private static final Path NINJS = Path.of("../../shared/data/iptc/ninjs");

    @TempDir
    Path work;

    @Test
    void shouldPublishEverySeedOnceToTheCompactedTopicAndTheOutputFolder(KafkaBroker broker) throws Exception {
        String prefix = "it" + System.nanoTime() + ".";
        Settings settings = settings(broker, prefix);
        Topics topics = Topics.create(TopicLayout.defaults().withPrefix(prefix));
        List<Path> seeds = seedFiles();

        try (Stack stack = start(settings)) {
            new InboxDrop(stack.inbox()).deliver(seeds);
            awaitIdle(stack);

            assertThat(articleFiles()).hasSize(seeds.size());
            for (Path file : articleFiles()) {
                EnrichedArticle article = JsonSerdes.fromBytes(Files.readAllBytes(file), EnrichedArticle.class);
                assertThat(file.getFileName().toString()).isEqualTo(article.id() + ".json");
            }
            // Seen flaky once in about ten runs: a file written a moment before its record became readable.
            Eventually.await(Duration.ofSeconds(30), "every article file has its record in the compacted topic",
                    () -> readAll(broker, topics.articles().name()).keySet().equals(ids(articleFiles())));
            Map<String, EnrichedArticle> latest = readAll(broker, topics.articles().name());
            // Every story of the compacted view has one latest value, holding its members, and a file.
            var stories = new HashMap<String, Story>();
            for (ConsumerRecord<String, byte[]> record : TopicContents.read(broker, topics.stories().name())) {
                stories.put(record.key(), JsonSerdes.fromBytes(record.value(), Story.class));
            }
            Set<String> storyIds = new TreeSet<>();
            latest.values().forEach(article -> storyIds.add(article.storyId()));
            assertThat(stories.keySet()).isEqualTo(storyIds);
            latest.values().forEach(article ->
                    assertThat(stories.get(article.storyId()).articleIds()).contains(article.id()));
            assertThat(work.resolve("out/stories")).isDirectoryContaining(p -> p.toString().endsWith(".json"));
            assertThat(Files.list(work.resolve("out/ninjs")).count()).isEqualTo(seeds.size());
            assertEveryFileValid("out/articles", Schemas.newsflow("enriched-article.schema.json"));
            assertEveryFileValid("out/stories", Schemas.newsflow("story.schema.json"));
            if (Files.isDirectory(NINJS)) {
                assertEveryFileValid("out/ninjs", Schemas.ninjs22(NINJS));
            }
            try (Stream<Path> processed = Files.walk(work.resolve("processed"))) {
                assertThat(processed.filter(Files::isRegularFile).count()).isEqualTo(seeds.size());
            }

            // The same files again: recognised by their bytes, nothing new anywhere.
            new InboxDrop(stack.inbox()).deliver(seeds);
            awaitIdle(stack);
            assertThat(stack.summary().duplicateFiles()).isEqualTo(seeds.size());
            assertThat(articleFiles()).hasSize(seeds.size());
            assertThat(readAll(broker, topics.articlesEnriched().name())).hasSize(seeds.size());
        }
    }

    @Test
    void shouldMoveEveryKindOfBadFileToFailedWithANoteAndKeepGoing(KafkaBroker broker) throws Exception {
        String prefix = "it" + System.nanoTime() + ".";
        try (Stack stack = start(settings(broker, prefix))) {
            Path inbox = stack.inbox();
            Files.write(inbox.resolve("empty.txt"), new byte[0]);
            Files.write(inbox.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
            Files.writeString(inbox.resolve(".hidden.txt"), "ignored dotfile");
            Files.writeString(inbox.resolve("partial.txt.part"), "ignored temp name");
            Files.createDirectories(inbox.resolve("sub"));
            Files.writeString(inbox.resolve("sub/nested.txt"), "ignored subfolder");
            Files.writeString(inbox.resolve("good.txt"), "A good headline\n\nA body that is fine.\n");
            Files.writeString(inbox.resolve("broken.json"), "{\"title\": \"unterminated");
            Files.writeString(inbox.resolve("xxe.xml"), """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                    <rss version="2.0"><channel><title>t</title>
                    <item><title>Leak</title><description>&xxe;</description></item></channel></rss>
                    """);
            Files.writeString(inbox.resolve("feed.rss"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0"><channel><title>Wire</title>
                    <item><title>First item</title><description>Text of the first item.</description></item>
                    <item></item>
                    <item><title>Third item</title><description>Text of the third item.</description></item>
                    </channel></rss>
                    """);
            Path outside = Files.writeString(work.resolve("outside.txt"), "Outside\n\nNot in the inbox.");
            Files.createSymbolicLink(inbox.resolve("link.txt"), outside);
            awaitIdle(stack);

            Path failed = work.resolve("failed");
            assertThat(Files.readString(failed.resolve("empty.txt.error.json"))).contains("empty file");
            assertThat(Files.readString(failed.resolve("image.txt.error.json"))).contains("binary");
            assertThat(failed.resolve("empty.txt")).exists();
            assertThat(failed.resolve("image.txt")).exists();
            assertThat(inbox.resolve(".hidden.txt")).exists();
            assertThat(inbox.resolve("partial.txt.part")).exists();
            assertThat(inbox.resolve("sub/nested.txt")).exists();
            assertThat(Files.readString(failed.resolve("broken.json.error.json"))).contains("\"stage\" : \"parse\"");
            assertThat(Files.readString(failed.resolve("xxe.xml.error.json"))).contains("xxe").doesNotContain("root:");
            assertThat(Files.readString(failed.resolve("link.txt.error.json"))).contains("outside");
            assertThat(outside).exists();
            // good.txt and two of the three feed items
            assertThat(articleFiles()).hasSize(3);
            assertThat(stack.summary().failedFiles()).isEqualTo(5);
        }
    }

    @Test
    void shouldCommitNothingWhileTheOutputFolderCannotBeWrittenAndCatchUpAfter(KafkaBroker broker) throws Exception {
        String prefix = "it" + System.nanoTime() + ".";
        Settings settings = settings(broker, prefix).with(Map.of("sink.files.retry-for", "300ms"));
        Topics topics = Topics.create(TopicLayout.defaults().withPrefix(prefix));
        Files.createDirectories(work.resolve("out"));
        // A file where the articles folder should be: writes fail even for root, unlike a read-only folder.
        Files.writeString(work.resolve("out/articles"), "in the way");
        try (Stack stack = start(settings)) {
            new InboxDrop(stack.inbox()).deliver(List.of(seedFiles().get(0)));
            Eventually.await(Duration.ofSeconds(60), "the article reaching the enriched topic",
                    () -> !TopicContents.read(broker, topics.articlesEnriched().name()).isEmpty());
            Thread.sleep(2000);
            assertThat(stack.isIdle()).as("not idle while the sink cannot write").isFalse();
            assertThat(TopicContents.read(broker, topics.articles().name())).isEmpty();

            Files.delete(work.resolve("out/articles"));
            awaitIdle(stack);
            assertThat(articleFiles()).hasSize(1);
            assertThat(readAll(broker, topics.articles().name())).hasSize(1);
        }
    }

    private void assertEveryFileValid(String folder, Schemas schema) throws Exception {
        try (Stream<Path> files = Files.list(work.resolve(folder))) {
            for (Path file : files.toList()) {
                assertThat(schema.problems(file)).as(file.toString()).isEmpty();
            }
        }
    }

    private static Stack start(Settings settings) {
        return Stack.start(Configuration.bind(settings), settings.kafka(), new SimpleMeterRegistry());
    }

    private Settings settings(KafkaBroker broker, String prefix) {
        Map<String, String> cli = new HashMap<>();
        cli.put("kafka.bootstrap.servers", broker.bootstrapServers());
        cli.put("topics.prefix", prefix);
        cli.put("topics.partitions", "3");
        cli.put("ingest.inbox.dir", work.resolve("inbox").toString());
        cli.put("ingest.files.stable-after", "100ms");
        cli.put("sink.out.dir", work.resolve("out").toString());
        cli.put("enrich.streams.application-id", prefix + "enrich");
        cli.put("sink.streams.application-id", prefix + "sink");
        cli.put("enrich.streams.state-dir", work.resolve("streams").toString());
        cli.put("sink.streams.state-dir", work.resolve("streams").toString());
        // Short Streams timeouts so the test does not wait for production defaults.
        cli.put("kafka.commit.interval.ms", "100");
        cli.put("kafka.session.timeout.ms", "6000");
        cli.put("kafka.producer.transaction.timeout.ms", "10000");
        return Configuration.load(null, cli, Map.of());
    }

    private List<Path> articleFiles() throws Exception {
        Path dir = work.resolve("out/articles");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static Set<String> ids(List<Path> files) {
        var ids = new TreeSet<String>();
        files.forEach(f -> ids.add(f.getFileName().toString().replace(".json", "")));
        return ids;
    }

    private static List<Path> seedFiles() throws Exception {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.sorted().toList();
        }
    }

    private static void awaitIdle(Stack stack) throws Exception {
        await(() -> stack.isIdle() && stack.isIdle());
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        Eventually.await(DEADLINE, "the stack becoming idle", condition);
    }

    /** The latest value per key of a topic, read_committed, from the beginning to the current end. */
    private static Map<String, EnrichedArticle> readAll(KafkaBroker broker, String topic) throws Exception {
        var latest = new HashMap<String, EnrichedArticle>();
        for (ConsumerRecord<String, byte[]> record : TopicContents.read(broker, topic)) {
            latest.put(record.key(), JsonSerdes.fromBytes(record.value(), EnrichedArticle.class));
        }
        return latest;
    }
}
