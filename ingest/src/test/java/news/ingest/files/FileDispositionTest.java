package news.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import news.events.JsonSerdes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDispositionTest {
    private static final Instant AT = Instant.parse("2026-02-05T10:00:00Z");
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @TempDir
    Path root;
    private Path inbox;
    private Path processed;
    /** Processed files land in a folder per UTC day of reading. */
    private Path day;
    private Path failed;
    private FileDisposition disposition;

    @BeforeEach
    void createFolders() throws IOException {
        inbox = Files.createDirectories(root.resolve("inbox"));
        processed = root.resolve("processed");
        day = processed.resolve("2026-02-05");
        failed = root.resolve("failed");
        disposition = new FileDisposition(processed, failed);
    }

    @Test
    void shouldMoveFileToProcessedCreatingTheFolder() throws IOException {
        Path file = write("a.txt", "first");

        Path moved = disposition.toProcessed(file, AT);

        assertThat(moved).isEqualTo(day.resolve("a.txt"));
        assertThat(file).doesNotExist();
        assertThat(moved).hasContent("first");
    }

    @Test
    void shouldNumberAFileWhoseNameIsTakenInsteadOfOverwriting() throws IOException {
        disposition.toProcessed(write("a.txt", "first"), AT);

        Path second = disposition.toProcessed(write("a.txt", "second"), AT);
        Path third = disposition.toProcessed(write("a.txt", "third"), AT);

        assertThat(second).isEqualTo(day.resolve("a-2.txt")).hasContent("second");
        assertThat(third).isEqualTo(day.resolve("a-3.txt")).hasContent("third");
        assertThat(day.resolve("a.txt")).hasContent("first");
    }

    @Test
    void shouldNumberANameWithoutExtensionAtItsEnd() throws IOException {
        disposition.toProcessed(write("README", "first"), AT);

        assertThat(disposition.toProcessed(write("README", "second"), AT)).isEqualTo(day.resolve("README-2"));
    }

    @Test
    void shouldMoveFailedFileAndWriteANoteWithReasonAndSha256() throws IOException {
        Path file = write("bad.txt", "\u0000\u0001");

        Path moved = disposition.toFailed(file, "parse", "binary content: not a text file", SHA, AT);

        assertThat(moved).isEqualTo(failed.resolve("bad.txt")).exists();
        assertThat(file).doesNotExist();
        Path notePath = failed.resolve("bad.txt.error.json");
        String json = Files.readString(notePath, StandardCharsets.UTF_8);
        assertThat(json).contains("\"reason\" : \"binary content: not a text file\"")
                .contains("\"sha256\" : \"" + SHA + "\"")
                .contains("\"at\" : \"2026-02-05T10:00:00Z\"");
        FailureNote note = JsonSerdes.fromBytes(Files.readAllBytes(notePath), FailureNote.class);
        assertThat(note).isEqualTo(new FailureNote("bad.txt", file.toAbsolutePath().toString(), "parse",
                "binary content: not a text file", SHA, 2, AT));
    }

    @Test
    void shouldGiveANumberedFailedFileItsOwnNote() throws IOException {
        disposition.toFailed(write("bad.txt", "one"), "parse", "first reason", SHA, AT);

        Path second = disposition.toFailed(write("bad.txt", "two"), "parse", "second reason", "", AT);

        assertThat(second).isEqualTo(failed.resolve("bad-2.txt")).hasContent("two");
        FailureNote first = note(failed.resolve("bad.txt.error.json"));
        FailureNote other = note(failed.resolve("bad-2.txt.error.json"));
        assertThat(first.reason()).isEqualTo("first reason");
        assertThat(other.reason()).isEqualTo("second reason");
        assertThat(other.file()).isEqualTo("bad-2.txt");
    }

    @Test
    void shouldLeaveNoTemporaryNoteBehind() throws IOException {
        disposition.toFailed(write("bad.txt", "x"), "parse", "reason", SHA, AT);

        try (Stream<Path> files = Files.list(failed)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("bad.txt", "bad.txt.error.json");
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(inbox.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static FailureNote note(Path path) throws IOException {
        return JsonSerdes.fromBytes(Files.readAllBytes(path), FailureNote.class);
    }
}
