package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import news.enrich.EnrichApp;
import news.testkit.KafkaBroker;
import news.testkit.KafkaBrokerExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink's {@code out/articles} folder becomes read-only while the sink (a child JVM) writes 2,000 articles,
 * for longer than {@code sink.files.retry-for}, then writable again. While it cannot write, the sink must not
 * commit past the files it could not write (every article in {@code news.articles} has its file, and the topic
 * stops growing) and the process must stay up (the stream thread is replaced, not the client shut down); afterwards
 * every article file appears exactly once and the output is exact.
 *
 * <p>Root ignores permission bits: there the folder is made immutable with {@code chattr +i} instead, and the test
 * is skipped, saying why, when neither makes the folder read-only.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ReadOnlyOutputFaultIT {
    @TempDir
    Path work;

    @Test
    void shouldStopCommittingWhileTheOutputIsReadOnlyAndCatchUpAfter(KafkaBroker broker) throws Exception {
        long started = System.nanoTime();
        // Short retries, so the outage outlasts them and the stream thread is replaced at least once.
        FaultRig rig = FaultRig.create(broker, work, "readonly", "sink.files.retry-for=1s");
        ArticleSet articles = ArticleSet.generate(40, 1700, 100, 3, 10);
        int expected = articles.expectedCount();
        Path files = rig.out().resolve("articles");

        try (ChildProcess sink = rig.run("sink", "only"); EnrichApp enrich = rig.startEnrich();
             var producer = rig.producer()) {
            ArticleSet.send(producer, rig.topics().articlesRaw().name(), articles.toSend());
            FaultRig.await("a third of the article files written",
                    () -> ArticleSet.count(files) >= expected / 3 || !sink.isAlive());
            assertThat(sink.isAlive()).as(sink.logTail()).isTrue();

            ReadOnly readOnly = ReadOnly.make(files);
            long restored;
            int atFault;
            try {
                atFault = ArticleSet.count(files);
                // Let the batch in flight end, then the topic must stand still for longer than the retries.
                TimeUnit.SECONDS.sleep(2);
                int committed = assertEveryCommittedArticleHasItsFile(rig, files);
                TimeUnit.SECONDS.sleep(6);
                assertThat(assertEveryCommittedArticleHasItsFile(rig, files)).as("articles committed while read-only")
                        .isEqualTo(committed);
                assertThat(ArticleSet.count(files)).as("article files while read-only").isEqualTo(atFault);
                assertThat(sink.isAlive()).as(sink.logTail()).isTrue();
            } finally {
                readOnly.undo();
                restored = System.nanoTime();
            }
            rig.awaitComplete(articles, sink);
            long recovered = System.nanoTime() - restored;
            rig.assertExactOutput(articles);
            rig.assertNoDeadLetters();
            assertThat(sink.logTail()).as("the thread was replaced, not the client shut down")
                    .doesNotContain("sink stopped on an unexpected error");
            assertThat(Files.readString(work.resolve("sink-only.log")))
                    .contains("sink could not write its output; starting again from the last commit");
            System.out.printf("out/articles read-only (%s) at %d of %d article files for 8 s; complete %.1f s "
                            + "after it was writable again; test %.1f s%n", readOnly.how, atFault, expected,
                    recovered / 1e9, (System.nanoTime() - started) / 1e9);
        }
    }

    /** Every article read_committed from news.articles has its file; returns how many there are. */
    private static int assertEveryCommittedArticleHasItsFile(FaultRig rig, Path files) throws Exception {
        Set<String> committed = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : rig.read(rig.topics().articles().name())) {
            committed.add(record.key() + ".json");
        }
        assertThat(ArticleSet.names(files)).as("files of committed articles").containsAll(committed);
        return committed.size();
    }

    /** A folder made read-only by permission bits, or by the immutable attribute where permissions do not bind. */
    private record ReadOnly(Path folder, String how) {
        static ReadOnly make(Path folder) throws Exception {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            if (!canWrite(folder)) {
                return new ReadOnly(folder, "chmod 555");
            }
            boolean immutable = new ProcessBuilder("chattr", "+i", folder.toString()).redirectErrorStream(true)
                    .start().waitFor() == 0;
            if (immutable && !canWrite(folder)) {
                return new ReadOnly(folder, "chmod 555 + chattr +i");
            }
            new ReadOnly(folder, "").undo();
            Assumptions.abort("cannot make " + folder + " read-only: permission bits do not bind this user (root?) "
                    + "and chattr +i is not available here");
            return null;
        }

        void undo() throws Exception {
            new ProcessBuilder("chattr", "-i", folder.toString()).redirectErrorStream(true).start().waitFor();
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }

        private static boolean canWrite(Path folder) {
            try {
                Files.delete(Files.createTempFile(folder, ".probe", ".tmp"));
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
