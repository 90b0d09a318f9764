package news.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The state directory of a stack ({@code .newsflow/} by default):
 * {@code kafka/} broker data, {@code streams/} Streams state, {@code bootstrap} (host:port of the running embedded
 * broker), {@code inbox} (absolute inbox path of the running {@code up}) and {@code lock}, held while a stack runs
 * so there is one per directory.
 */
final class StateDir {
    private final Path root;

    StateDir(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    Path kafka() {
        return root.resolve("kafka");
    }

    Path streams() {
        return root.resolve("streams");
    }

    /** Takes the lock, or returns empty when another process holds it. */
    Optional<Lock> tryLock() throws IOException {
        Files.createDirectories(root);
        FileChannel channel = FileChannel.open(root.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new Lock(channel, lock));
        } catch (OverlappingFileLockException e) {
            channel.close();
            return Optional.empty();
        }
    }

    /** True when a stack holds the lock. */
    boolean isRunning() throws IOException {
        if (!Files.exists(root.resolve("lock"))) {
            return false;
        }
        Optional<Lock> lock = tryLock();
        lock.ifPresent(Lock::close);
        return lock.isEmpty();
    }

    Optional<String> bootstrap() throws IOException {
        return read("bootstrap");
    }

    Optional<String> inbox() throws IOException {
        return read("inbox");
    }

    void writeBootstrap(String hostPort) throws IOException {
        write("bootstrap", hostPort);
    }

    void writeInbox(Path inbox) throws IOException {
        write("inbox", inbox.toAbsolutePath().toString());
    }

    /** Removes what only describes a running stack; broker and Streams data stay. */
    void clearRunningFiles() {
        for (String name : new String[] {"bootstrap", "inbox"}) {
            try {
                Files.deleteIfExists(root.resolve(name));
            } catch (IOException ignored) {
                // best effort at shutdown: a stale file is harmless because the lock decides what runs
            }
        }
    }

    private Optional<String> read(String name) throws IOException {
        Path file = root.resolve(name);
        return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).trim()) : Optional.empty();
    }

    private void write(String name, String value) throws IOException {
        Path temp = root.resolve("." + name + ".tmp");
        Files.writeString(temp, value + "\n", StandardCharsets.UTF_8);
        Files.move(temp, root.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The held lock; closing releases it. */
    static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException ignored) {
                // the lock goes with the process anyway
            }
        }
    }
}
