package news.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Hands files to a running stack the way ingest expects: each arrives under a dot-name the watcher ignores and is
 * then renamed into place, so ingest never sees a partial copy. A name already in the inbox gets a counter.
 */
final class InboxDrop {
    private final Path inbox;

    InboxDrop(Path inbox) {
        this.inbox = inbox;
    }

    /** The files named, and the visible files under the folders named, in a stable order. */
    static List<Path> expand(List<Path> paths) throws IOException {
        var files = new ArrayList<Path>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(f -> !isHidden(path, f)).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new NoSuchFileException(path.toString(), null, "no such file or folder");
            }
        }
        return files;
    }

    /** Copies the files, and the visible files under the folders, into the inbox; the originals stay as they are. */
    List<Path> deliver(List<Path> paths) throws IOException {
        var delivered = new ArrayList<Path>();
        for (Path file : expand(paths)) {
            Path temp = temp(file);
            Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
            delivered.add(Files.move(temp, freeName(file), StandardCopyOption.ATOMIC_MOVE));
        }
        return delivered;
    }

    /** Moves one file into the inbox (for files the stack owns already, such as those in failed/). */
    Path moveIn(Path file) throws IOException {
        Path temp = temp(file);
        Files.move(file, temp, StandardCopyOption.REPLACE_EXISTING);
        return Files.move(temp, freeName(file), StandardCopyOption.ATOMIC_MOVE);
    }

    private Path temp(Path file) throws IOException {
        Files.createDirectories(inbox);
        return inbox.resolve("." + file.getFileName() + ".newsflow.tmp");
    }

    private Path freeName(Path file) {
        String name = file.getFileName().toString();
        Path target = inbox.resolve(name);
        for (int n = 2; Files.exists(target); n++) {
            int dot = name.lastIndexOf('.');
            target = inbox.resolve(dot <= 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot));
        }
        return target;
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
