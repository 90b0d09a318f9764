package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 20,000 small files dropped into the inbox at once, processed by the whole stack ({@code up --until-idle}, embedded
 * broker included) in a child JVM whose heap is capped at 512 MB: memory must stay bounded however many files wait
 * (a design that listed, buffered or tracked every waiting file in memory would fail here), every file must end in
 * processed/ and give exactly one article file, and none may fail.
 */
class BurstFaultIT {
    private static final int FILES = 20_000;
    private static final String HEAP = "-Xmx512m";

    @TempDir
    Path work;

    @Test
    void shouldProcessABurstOfSmallFilesWithABoundedHeap() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        var random = new Random(20_000);
        for (int i = 0; i < FILES; i++) {
            // Words drawn at random from a large vocabulary: no two files are duplicates, near-duplicates or one
            // story (a template repeated 20,000 times would make one giant story, a different test).
            Files.writeString(inbox.resolve(String.format("burst-%05d.txt", i)),
                    ArticleSet.words(random, 6) + "\n\n" + ArticleSet.words(random, 60) + ".\n");
        }
        Path config = Files.writeString(work.resolve("burst.properties"), String.join("\n",
                "operations.http.enabled=false", "kafka.commit.interval.ms=200", ""));

        long started = System.nanoTime();
        Process up = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                Newsflow.class.getName(), "up", "--until-idle", "--no-seeds", "--inbox", inbox.toString(),
                "--out", work.resolve("out").toString(), "--state", work.resolve("state").toString(),
                "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("up.log").toFile()).start();
        boolean exited = up.waitFor(12, TimeUnit.MINUTES);
        if (!exited) {
            up.destroyForcibly();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String log = tail(work.resolve("up.log").toFile());

        assertThat(exited).as("up --until-idle finished within 12 minutes; log:%n%s", log).isTrue();
        assertThat(up.exitValue()).as("exit code; log:%n%s", log).isZero();
        assertThat(count(work.resolve("out/articles"))).isEqualTo(FILES);
        assertThat(count(work.resolve("processed"))).isEqualTo(FILES);
        assertThat(count(work.resolve("failed"))).isZero();
        assertThat(count(inbox)).isZero();
        System.out.printf("burst: %,d files through the whole stack in %.0f s (%.0f files/s) with %s%n", FILES,
                seconds, FILES / seconds, HEAP);
    }

    private static long count(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")
                    || f.toString().endsWith(".json")).count();
        }
    }

    private static String tail(File log) throws Exception {
        List<String> lines = Files.readAllLines(log.toPath());
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
