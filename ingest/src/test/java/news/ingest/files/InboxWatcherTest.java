package news.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Modification times come from the file system, so every file gets one set explicitly relative to the test clock. */
class InboxWatcherTest {
    private static final Duration STABLE = Duration.ofMillis(500);
    private static final Instant T0 = Instant.parse("2026-02-05T10:00:00Z");

    @TempDir
    Path inbox;
    private MutableClock clock;
    private InboxWatcher watcher;

    @BeforeEach
    void createWatcher() {
        clock = new MutableClock(T0);
        watcher = new InboxWatcher(inbox, STABLE, clock);
    }

    @Test
    void shouldNotReturnANewFileUntilItStayedUnchangedForTheStabilityWait() throws IOException {
        Path file = write("a.txt", "Headline\n\nBody.", clock.instant());

        assertThat(watcher.readyFiles()).isEmpty();
        clock.advance(STABLE.minusMillis(1));
        assertThat(watcher.readyFiles()).isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(watcher.readyFiles()).containsExactly(file);
    }

    @Test
    void shouldRestartTheWaitWhenTheSizeChanges() throws IOException {
        Path file = write("a.txt", "Headline\n", clock.instant());
        assertThat(watcher.readyFiles()).isEmpty();

        clock.advance(Duration.ofMillis(400));
        Files.writeString(file, "\nBody still being written.", StandardOpenOption.APPEND);
        // Same modification time as before: the size alone must restart the wait.
        Files.setLastModifiedTime(file, FileTime.from(T0));
        assertThat(watcher.readyFiles()).isEmpty();

        clock.advance(Duration.ofMillis(400));
        assertThat(watcher.readyFiles()).as("500 ms after the first sight, but only 400 ms after the change")
                .isEmpty();
        clock.advance(Duration.ofMillis(100));
        assertThat(watcher.readyFiles()).containsExactly(file);
    }

    @Test
    void shouldRestartTheWaitWhenOnlyTheModificationTimeChanges() throws IOException {
        Path file = write("a.txt", "version one", clock.instant());
        assertThat(watcher.readyFiles()).isEmpty();

        clock.advance(Duration.ofMillis(400));
        write("a.txt", "version two", clock.instant());
        assertThat(watcher.readyFiles()).isEmpty();

        clock.advance(Duration.ofMillis(499));
        assertThat(watcher.readyFiles()).isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(watcher.readyFiles()).containsExactly(file);
    }

    @Test
    void shouldReturnAFileThatWasAlreadyOlderThanTheWaitWhenFirstSeen() throws IOException {
        Path file = write("before-start.txt", "text", T0.minusSeconds(10));

        assertThat(watcher.readyFiles()).containsExactly(file);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {".hidden.txt", ".a.txt.swp", "a.tmp", "a.txt.TMP", "a.txt.part", "a.txt.partial",
            "a.txt.crdownload", "a.txt~"})
    void shouldNeverReturnDotfilesOrTemporaryNames(String name) throws IOException {
        write(name, "text", T0.minusSeconds(3600));
        Path normal = write("normal.txt", "text", T0.minusSeconds(3600));

        assertThat(watcher.readyFiles()).containsExactly(normal);
        clock.advance(Duration.ofHours(1));
        assertThat(watcher.readyFiles()).containsExactly(normal);
        assertThat(watcher.pending()).isEqualTo(1);
        assertThat(InboxWatcher.isIgnored(inbox.resolve(name))).isTrue();
    }

    @Test
    void shouldNeverReturnSubfoldersOrWhatTheyHold() throws IOException {
        Path folder = Files.createDirectories(inbox.resolve("looks-like-a-file.txt"));
        write("looks-like-a-file.txt/inner.txt", "text", T0.minusSeconds(3600));
        Files.setLastModifiedTime(folder, FileTime.from(T0.minusSeconds(3600)));

        clock.advance(Duration.ofHours(1));

        assertThat(watcher.readyFiles()).isEmpty();
        assertThat(watcher.pending()).isZero();
    }

    @Test
    void shouldCountUnstableFilesAsPending() throws IOException {
        assertThat(watcher.pending()).isZero();
        Path old = write("old.txt", "text", T0.minusSeconds(60));
        Path fresh = write("fresh.txt", "text", clock.instant());
        write("ignored.tmp", "text", clock.instant());

        assertThat(watcher.readyFiles()).containsExactly(old);
        assertThat(watcher.pending()).as("the ready file and the one still in its wait").isEqualTo(2);

        Files.delete(old);
        assertThat(watcher.readyFiles()).isEmpty();
        assertThat(watcher.pending()).isEqualTo(1);

        Files.delete(fresh);
        watcher.readyFiles();
        assertThat(watcher.pending()).isZero();
    }

    @Test
    void shouldReturnReadyFilesOldestFirst() throws IOException {
        Path b = write("b.txt", "text", T0.minusSeconds(3));
        Path a = write("a.txt", "text", T0.minusSeconds(2));
        Path c = write("c.txt", "text", T0.minusSeconds(5));

        assertThat(watcher.readyFiles()).containsExactly(c, b, a);
    }

    @Test
    void shouldMakeAReplacedFileWaitAgainAfterItWasForgotten() throws IOException {
        Path file = write("a.txt", "first", T0.minusSeconds(10));
        assertThat(watcher.readyFiles()).containsExactly(file);

        watcher.forget(file);
        clock.advance(Duration.ofSeconds(1));
        write("a.txt", "second file, same name", clock.instant());

        assertThat(watcher.readyFiles()).isEmpty();
        clock.advance(STABLE);
        assertThat(watcher.readyFiles()).containsExactly(file);
    }

    private Path write(String name, String content, Instant modified) throws IOException {
        Path file = inbox.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void shouldTakeFilesFromSubfoldersOnlyWhenRecursive() throws IOException {
        Files.createDirectories(inbox.resolve("2026/feb"));
        Files.createDirectories(inbox.resolve(".drafts"));
        Path nested = write("2026/feb/a.txt", "Headline\n\nBody.", T0.minusSeconds(60));
        write(".drafts/b.txt", "Headline\n\nBody.", T0.minusSeconds(60));
        Path top = write("c.txt", "Headline\n\nBody.", T0.minusSeconds(60));
        var recursive = new InboxWatcher(inbox, STABLE, clock, true);

        assertThat(watcher.readyFiles()).containsExactly(top);
        assertThat(recursive.readyFiles()).containsExactlyInAnyOrder(nested, top);
        assertThat(recursive.pending()).isEqualTo(2);
    }
}
