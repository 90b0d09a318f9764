package news.ingest.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the inbox files that are ready to read. A file is ready once its size and modification time have stayed
 * the same for the stability wait, so a file still being written is never read half-way. Polling rather than a
 * WatchService: it behaves the same on every file system, including network and container mounts.
 *
 * <p>Ignored, never touched: subfolders (unless recursive), dotfiles and temporary names ({@code *.tmp}, {@code *.part},
 * {@code *.partial}, {@code *.crdownload}, {@code *.swp}, names ending in {@code ~}), which is how tools
 * (and {@code newsflow ingest}) write a file before renaming it into place.
 */
public final class InboxWatcher {
    private static final List<String> TEMP_SUFFIXES = List.of(".tmp", ".part", ".partial", ".crdownload", ".swp", "~");

    private final Path inbox;
    private final Duration stableAfter;
    private final Clock clock;
    private final boolean recursive;
    private final Map<Path, Seen> seen = new HashMap<>();
    private volatile int pending;

    private record Seen(long size, Instant modified, Instant since) {
    }

    public InboxWatcher(Path inbox, Duration stableAfter, Clock clock) {
        this(inbox, stableAfter, clock, false);
    }

    /**
     * @param recursive also take files from subfolders (except hidden ones); off by default so that folders users
     *                  keep in the inbox are left alone
     */
    public InboxWatcher(Path inbox, Duration stableAfter, Clock clock, boolean recursive) {
        this.inbox = inbox;
        this.stableAfter = stableAfter;
        this.clock = clock;
        this.recursive = recursive;
    }

    /** The files ready now, oldest first. Files that are not stable yet are remembered and count as pending. */
    public List<Path> readyFiles() throws IOException {
        Instant now = clock.instant();
        var ready = new ArrayList<Path>();
        var present = new HashMap<Path, Seen>();
        for (Path path : candidates()) {
            BasicFileAttributes attributes;
            try {
                // Links are not followed here: a link is handed over like a file, and ingest decides.
                attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException gone) {
                continue;
            }
            Seen now_ = observe(path, attributes, now);
            present.put(path, now_);
            if (isStable(now_, now)) {
                ready.add(path);
            }
        }
        seen.keySet().retainAll(present.keySet());
        seen.putAll(present);
        pending = present.size();
        ready.sort(Comparator.comparing((Path p) -> present.get(p).modified()).thenComparing(Path::toString));
        return ready;
    }

    /** How many candidate files the last scan saw, ready or not. */
    public int pending() {
        return pending;
    }

    /** Whether the inbox holds a file to handle right now, looked up afresh rather than from the last scan. */
    public boolean hasCandidates() throws IOException {
        return !candidates().isEmpty();
    }

    /** The files to consider: regular files and links, not ignored, in the inbox (and its subfolders if recursive). */
    private List<Path> candidates() throws IOException {
        var files = new ArrayList<Path>();
        if (!recursive) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
                for (Path path : entries) {
                    if (!isIgnored(path) && isFileOrLink(path)) {
                        files.add(path);
                    }
                }
            }
            return files;
        }
        Files.walkFileTree(inbox, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(inbox) || !isIgnored(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!isIgnored(file) && (attrs.isRegularFile() || attrs.isSymbolicLink())) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException gone) {
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static boolean isFileOrLink(Path path) {
        return Files.isSymbolicLink(path) || Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** Forgets a file once it has been handled, so a new file with the same name starts its own wait. */
    public void forget(Path path) {
        seen.remove(path);
    }

    /**
     * Wakes the ingest loop as soon as something changes in the inbox, so a new file does not wait for the next
     * scan; the scan still runs every poll interval, because change events are lost on some file systems (network
     * mounts, overflow).
     */
    public static final class WakeUps implements AutoCloseable {
        private final WatchService service;

        private WakeUps(WatchService service) {
            this.service = service;
        }

        public static WakeUps on(Path inbox) throws IOException {
            WatchService service = inbox.getFileSystem().newWatchService();
            inbox.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            return new WakeUps(service);
        }

        /** Waits for a change or the timeout; false when interrupted (the loop should end). */
        public boolean await(Duration timeout) {
            try {
                WatchKey key = service.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
                return true;
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return false;
            }
        }

        @Override
        public void close() throws IOException {
            service.close();
        }
    }

    public static boolean isIgnored(Path path) {
        String name = path.getFileName().toString();
        if (name.startsWith(".")) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return TEMP_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    private Seen observe(Path path, BasicFileAttributes attributes, Instant now) {
        long size = attributes.size();
        Instant modified = attributes.lastModifiedTime().toInstant();
        Seen before = seen.get(path);
        if (before != null && before.size() == size && before.modified().equals(modified)) {
            return before;
        }
        // A file older than the wait when first seen (there before the start) counts from its modification time.
        Instant since = before == null && modified.isBefore(now) ? modified : now;
        return new Seen(size, modified, since);
    }

    private boolean isStable(Seen file, Instant now) {
        return !file.since().plus(stableAfter).isAfter(now);
    }
}
