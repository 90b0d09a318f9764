package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code up --until-idle} on its own embedded broker, twice on the same state directory, then {@code tail}. */
class UpCommandIT {

    @TempDir
    Path dir;

    @Test
    void shouldProcessTheSeedsOnceAcrossTwoRunsOnTheSameState() throws Exception {
        System.setProperty("newsflow.home", "..");
        long seeds = count(Path.of("../seeds"));

        String first = up();
        assertThat(first).contains("articles in: " + seeds + " ");
        assertThat(count(dir.resolve("out/articles"))).isEqualTo(seeds);

        String second = up();
        assertThat(second).contains("articles in: 0 ").contains(seeds + " re-dropped files");
        assertThat(count(dir.resolve("out/articles"))).isEqualTo(seeds);
        assertThat(dir.resolve("state/bootstrap")).doesNotExist();

        var out = new StringWriter();
        int code = Newsflow.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "tail",
                "news.articles.enriched", "--from-beginning", "--state", dir.resolve("state").toString());
        assertThat(code).isZero();
        assertThat(out.toString().lines()).hasSize((int) seeds).allMatch(line -> line.startsWith("{\"id\":\""));
    }

    private String up() {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Newsflow.execute(new PrintWriter(out, true), new PrintWriter(err, true), "up", "--until-idle",
                "--state", dir.resolve("state").toString(), "--inbox", dir.resolve("inbox").toString(),
                "--out", dir.resolve("out").toString());
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    private static long count(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
