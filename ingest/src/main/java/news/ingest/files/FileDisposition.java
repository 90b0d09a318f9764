package news.ingest.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import news.events.JsonSerdes;

/**
 * Moves handled files out of the inbox: to {@code processed/<yyyy-MM-dd>/} (the UTC day they were read) once their
 * records are acknowledged, to {@code failed/} with a {@code .error.json} note otherwise. A name already taken gets
 * a counter ({@code a.txt}, {@code a-2.txt}), so nothing is ever overwritten.
 */
public final class FileDisposition {
    public static final String NOTE_SUFFIX = ".error.json";

    private final Path processed;
    private final Path failed;

    public FileDisposition(Path processed, Path failed) {
        this.processed = processed;
        this.failed = failed;
    }

    public Path toProcessed(Path file, Instant at) throws IOException {
        return moveInto(processed.resolve(LocalDate.ofInstant(at, ZoneOffset.UTC).toString()), file);
    }

    /** Moves the file to {@code failed/} and writes its note; returns the file's new path. */
    public Path toFailed(Path file, String stage, String reason, String sha256, Instant at) throws IOException {
        long size = Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                ? Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).size() : 0;
        Path moved = moveInto(failed, file);
        var note = new FailureNote(moved.getFileName().toString(), file.toAbsolutePath().toString(), stage, reason,
                sha256, size, at);
        writeAtomically(failed.resolve(moved.getFileName() + NOTE_SUFFIX), JsonSerdes.toPrettyBytes(note));
        return moved;
    }

    private static Path moveInto(Path folder, Path file) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        for (int n = 1; ; n++) {
            Path target = folder.resolve(n == 1 ? name : numbered(name, n));
            if (Files.exists(target)) {
                continue;
            }
            try {
                return move(file, target);
            } catch (FileAlreadyExistsException raced) {
                // another process took the name between the check and the move: try the next one
            }
        }
    }

    private static Path move(Path from, Path to) throws IOException {
        try {
            return Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(from, to);
        }
    }

    private static String numbered(String name, int n) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot);
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(temp, bytes);
        move(temp, target);
    }
}
