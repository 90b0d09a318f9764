package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.sink.SinkApp;
import news.testkit.KafkaBroker;
import news.testkit.KafkaBrokerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enrich in a child JVM is killed with SIGKILL while it works through 2,000 articles (with exact copies and
 * near-duplicate groups), then started again. Exactly-once v2 must hold: the enriched stream, the compacted
 * articles and the output folder hold every article exactly once, the copies are dropped and every group is whole.
 */
@ExtendWith(KafkaBrokerExtension.class)
class EnrichCrashFaultIT {
    @TempDir
    Path work;

    @Test
    void shouldLoseAndDuplicateNothingWhenEnrichIsKilledMidStream(KafkaBroker broker) throws Exception {
        long started = System.nanoTime();
        FaultRig rig = FaultRig.create(broker, work, "enrichcrash");
        ArticleSet articles = ArticleSet.generate(10, 1700, 100, 3, 10);
        int expected = articles.expectedCount();
        Path files = rig.out().resolve("articles");

        ChildProcess first = rig.run("enrich", "first");
        try (SinkApp sink = rig.startSink(); var producer = rig.producer()) {
            ArticleSet.send(producer, rig.topics().articlesRaw().name(), articles.toSend());
            FaultRig.await("a third of the articles through",
                    () -> ArticleSet.count(files) >= expected / 3 || !first.isAlive());
            assertThat(first.isAlive()).as(first.logTail()).isTrue();
            first.kill();
            int atKill = ArticleSet.count(files);
            assertThat(atKill).as("killed mid-stream").isLessThan(expected);

            long restart = System.nanoTime();
            try (ChildProcess second = rig.run("enrich", "second")) {
                rig.awaitComplete(articles, second);
                long recovered = System.nanoTime() - restart;
                rig.assertExactOutput(articles);
                rig.assertNoDeadLetters();
                System.out.printf("enrich killed after %d of %d article files; complete %.1f s after the restart; "
                        + "test %.1f s%n", atKill, expected, recovered / 1e9, (System.nanoTime() - started) / 1e9);
            }
        }
    }
}
