package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.enrich.EnrichApp;
import news.testkit.KafkaBroker;
import news.testkit.KafkaBrokerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink in a child JVM is killed with SIGKILL while it writes 2,000 article files (its commit runs every
 * 100 ms, so the kill lands between file writes and the commit that covers them), then started again. Every
 * article must be in {@code news.articles} exactly once, every file byte-identical to its record, and no partial
 * or temporary file left in the output folder; every entity's profile in {@code news.entities} must add up to the
 * articles that name it, the changes the killed sink had made but not yet emitted included.
 */
@ExtendWith(KafkaBrokerExtension.class)
class SinkCrashFaultIT {
    @TempDir
    Path work;

    @Test
    void shouldLeaveExactFilesAndRecordsWhenSinkIsKilledMidStream(KafkaBroker broker) throws Exception {
        long started = System.nanoTime();
        FaultRig rig = FaultRig.create(broker, work, "sinkcrash", "sink.entities.emit-after=2s");
        ArticleSet articles = ArticleSet.generate(20, 1700, 100, 3, 10);
        int expected = articles.expectedCount();
        Path files = rig.out().resolve("articles");

        ChildProcess first = rig.run("sink", "first");
        try (EnrichApp enrich = rig.startEnrich(); var producer = rig.producer()) {
            ArticleSet.send(producer, rig.topics().articlesRaw().name(), articles.toSend());
            FaultRig.await("a third of the article files written",
                    () -> ArticleSet.count(files) >= expected / 3 || !first.isAlive());
            assertThat(first.isAlive()).as(first.logTail()).isTrue();
            first.kill();
            int atKill = ArticleSet.count(files);
            int committedAtKill = rig.read(rig.topics().articles().name()).size();
            assertThat(atKill).as("killed mid-stream").isLessThan(expected);

            long restart = System.nanoTime();
            try (ChildProcess second = rig.run("sink", "second")) {
                rig.awaitComplete(articles, second);
                long recovered = System.nanoTime() - restart;
                rig.assertExactOutput(articles);
                rig.assertNoDeadLetters();
                rig.awaitEntityProfiles();
                System.out.printf("sink killed with %d article files on disk and %d articles committed, of %d; "
                                + "complete %.1f s after the restart; test %.1f s%n", atKill, committedAtKill,
                        expected, recovered / 1e9, (System.nanoTime() - started) / 1e9);
            }
        }
    }
}
