package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;

import java.util.concurrent.Callable;
import java.util.stream.Stream;
import news.enrich.EnrichApp;
import news.events.Topics;
import news.sink.SinkApp;
import news.testkit.KafkaBroker;
import news.testkit.Eventually;
import news.testkit.KafkaBrokerExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest in a child JVM is killed with SIGKILL in the middle of a folder of files (one of them a feed of 500
 * items), then started again. Every file
 * must end in processed/, none in failed/, and the enriched stream must hold every article exactly once, although
 * some articles were sent twice (their file was published but not yet moved when the process died).
 */
@ExtendWith(KafkaBrokerExtension.class)
class IngestCrashFaultIT {
    private static final int FILES = 1000;
    /** One feed file among the text files: a crash in the middle of its items must not lose or double any. */
    private static final int FEED_ITEMS = 500;
    private static final int ARTICLES = FILES - 1 + FEED_ITEMS;
    private static final Duration DEADLINE = Duration.ofMinutes(4);

    @TempDir
    Path work;

    @Test
    void shouldLoseAndDuplicateNothingWhenIngestIsKilledBetweenSendAndMove(KafkaBroker broker) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        for (int i = 0; i < FILES; i++) {
            if (i == FILES / 2) {
                Files.writeString(inbox.resolve(String.format("article-%04d.rss", i)), feed());
                continue;
            }
            Files.writeString(inbox.resolve(String.format("article-%04d.txt", i)), "Headline of article " + i
                    + "\n\nThe body of article number " + i + " says something that no other article says.\n");
        }
        FaultRig rig = FaultRig.create(broker, work, "crash", "ingest.feeds.max-items=" + FEED_ITEMS,
                // Small batches, so that the kill lands between the send and the move of some batch.
                "ingest.files.batch=20");
        Topics topics = rig.topics();

        ChildProcess first = rig.run("ingest", "first");
        await(() -> processedCount() >= FILES / 3 || !first.isAlive());
        assertThat(first.isAlive()).as(first.logTail()).isTrue();
        first.kill();
        int processedAtKill = processedCount();
        assertThat(processedAtKill).as("killed mid-run").isLessThan(FILES);

        try (ChildProcess second = rig.run("ingest", "second"); EnrichApp enrich = rig.startEnrich();
             SinkApp sink = rig.startSink()) {
            await(() -> processedCount() == FILES && listing(inbox).isEmpty());
            await(() -> records(rig, topics.articlesEnriched().name()).size() >= ARTICLES);

            List<String> enriched = records(rig, topics.articlesEnriched().name());
            List<String> raw = records(rig, topics.articlesRaw().name());
            assertThat(enriched).hasSize(ARTICLES).doesNotHaveDuplicates();
            assertThat(new HashSet<>(raw)).isEqualTo(new HashSet<>(enriched));
            assertThat(listing(work.resolve("failed"))).isEmpty();
            System.out.printf("killed after %d of %d files; raw records %d (%d sent again), enriched %d%n",
                    processedAtKill, FILES, raw.size(), raw.size() - ARTICLES, enriched.size());
        }
    }

    private static String feed() {
        var feed = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>");
        for (int i = 0; i < FEED_ITEMS; i++) {
            feed.append("<item><title>Wire item ").append(i).append("</title><description>Text of wire item ")
                    .append(i).append(", unlike any other.</description></item>");
        }
        return feed.append("</channel></rss>").toString();
    }

    private int processedCount() throws Exception {
        Path processed = work.resolve("processed");
        if (!Files.isDirectory(processed)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(processed)) {
            return (int) files.filter(Files::isRegularFile).count();
        }
    }

    private static List<Path> listing(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    /** Every key of a topic, read_committed, from the beginning to the current end. */
    private static List<String> records(FaultRig rig, String topic) throws Exception {
        return rig.read(topic).stream().map(ConsumerRecord::key).toList();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        Eventually.await(DEADLINE, "the crash test's condition", condition);
    }
}
