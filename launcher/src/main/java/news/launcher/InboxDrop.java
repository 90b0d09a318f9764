package news.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Hands files to a running stack the way ingest expects: each is copied under a dot-name the watcher ignores,
 * then renamed into place, so ingest never sees a partial copy. The originals are never moved or changed.
 */
final class InboxDrop {
    private final Path inbox;

    InboxDrop(Path inbox) {
        this.inbox = inbox;
    }

    /** Copies the files, and the visible files under the folders, into the inbox; returns the new paths. */
    List<Path> deliver(List<Path> paths) throws IOException {
        var delivered = new ArrayList<Path>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path file : files.filter(Files::isRegularFile).filter(f -> !isHidden(path, f)).sorted().toList()) {
                        delivered.add(copy(file));
                    }
                }
            } else if (Files.isRegularFile(path)) {
                delivered.add(copy(path));
            } else {
                throw new java.nio.file.NoSuchFileException(path.toString(), null, "no such file or folder");
            }
        }
        return delivered;
    }

    private Path copy(Path file) throws IOException {
        Files.createDirectories(inbox);
        String name = file.getFileName().toString();
        Path temp = inbox.resolve("." + name + ".newsflow.tmp");
        Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
        Path target = inbox.resolve(name);
        for (int n = 2; Files.exists(target); n++) {
            int dot = name.lastIndexOf('.');
            target = inbox.resolve(dot <= 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot));
        }
        return Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
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
