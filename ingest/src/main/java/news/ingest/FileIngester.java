package news.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import news.events.ArticleIdentity;
import news.events.FileStatus;
import news.events.RawArticle;
import news.ingest.ArticlePublisher.ArticleTooLargeException;
import news.ingest.ArticlePublisher.PublishException;
import news.ingest.parse.ArticleFile;
import news.ingest.parse.ArticleFileParser;
import news.ingest.parse.ParseResult;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes files: reads each, refuses it with a reason, skips it when the same bytes were published before, or
 * parses it; then sends the articles of the whole batch, waits for their acknowledgement, sends each file's
 * {@code FileStatus} and waits again. Only then does it return, so the caller can move the files knowing nothing
 * is lost. Batches keep the producer's pipeline full instead of waiting once per file. It never moves a file: the
 * inbox loop does that after, and {@code newsflow ingest --bootstrap} never does.
 */
public final class FileIngester {
    private final ArticleFileParser parser;
    private final ArticlePublisher publisher;
    private final PublishedFiles published;
    private final long maxFileBytes;
    private final Path root;
    private final FileReader reader;

    /** Reads a file's bytes; tests put failures here that a root user cannot cause with permissions. */
    @FunctionalInterface
    interface FileReader {
        byte[] read(Path file) throws IOException;
    }

    /**
     * @param root symbolic links whose target lies outside this folder are refused
     */
    public FileIngester(ArticleFileParser parser, ArticlePublisher publisher, PublishedFiles published,
                        long maxFileBytes, Path root) {
        this(parser, publisher, published, maxFileBytes, root, Files::readAllBytes);
    }

    FileIngester(ArticleFileParser parser, ArticlePublisher publisher, PublishedFiles published, long maxFileBytes,
                 Path root, FileReader reader) {
        this.parser = parser;
        this.publisher = publisher;
        this.published = published;
        this.maxFileBytes = maxFileBytes;
        this.root = root;
        this.reader = reader;
    }

    /** What became of a file. */
    public sealed interface Outcome {
        /** Published; {@code notes} says which feed items were left out and what else to know, or is null. */
        record Published(List<RawArticle> articles, String notes) implements Outcome {
        }

        /** The same bytes were published before: nothing sent but the status. */
        record Duplicate(String sha256) implements Outcome {
        }

        /** The file cannot be used; {@code stage} is watch, read, parse or publish. */
        record Failed(String stage, String reason, String sha256) implements Outcome {
        }

        /** The file vanished before it could be read: nothing to do. */
        record Gone() implements Outcome {
        }
    }

    /** A file as read and parsed: its outcome, and what to send for it (values and status may be null). */
    private record Prepared(Outcome outcome, List<byte[]> values, FileStatus status) {
        /** The file's hash when it was read, else null. */
        String sha256() {
            return status == null ? null : status.sha256();
        }
    }

    /**
     * @throws PublishException when Kafka did not acknowledge: the file is fine and should be tried again later
     */
    public Outcome ingest(Path file, Instant readAt) throws PublishException, InterruptedException {
        return ingest(List.of(file), readAt).get(0);
    }

    /**
     * Publishes a batch of files; the outcomes come in the order of the files.
     *
     * @throws PublishException when Kafka did not acknowledge: the files are fine and should be tried again later
     */
    public List<Outcome> ingest(List<Path> files, Instant readAt) throws PublishException, InterruptedException {
        // Reading and parsing are pure per file and the bulk of the work: spread them over the cores.
        var batch = new ArrayList<>(files.parallelStream().map(file -> prepare(file, readAt)).toList());
        // The same bytes twice in one batch: the first is published, the others are duplicates of it.
        Set<String> publishedInBatch = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            Prepared prepared = batch.get(i);
            if (prepared.outcome() instanceof Outcome.Published && !publishedInBatch.add(prepared.sha256())) {
                batch.set(i, duplicate(files.get(i), prepared.sha256(), readAt));
            }
        }
        var articleSends = new ArrayList<Future<RecordMetadata>>();
        for (Prepared prepared : batch) {
            if (prepared.outcome() instanceof Outcome.Published p) {
                articleSends.addAll(publisher.send(p.articles(), prepared.values()));
            }
        }
        publisher.await(articleSends);
        // Statuses go last: once one is stored, a restart treats its file as handled.
        var statusSends = new ArrayList<Future<RecordMetadata>>();
        for (Prepared prepared : batch) {
            if (prepared.status() != null) {
                statusSends.add(publisher.send(prepared.status()));
            }
        }
        publisher.await(statusSends);
        var outcomes = new ArrayList<Outcome>(batch.size());
        for (Prepared prepared : batch) {
            if (prepared.outcome() instanceof Outcome.Published) {
                published.add(prepared.status().sha256());
            }
            outcomes.add(prepared.outcome());
        }
        return outcomes;
    }

    private Prepared prepare(Path file, Instant readAt) {
        String escape = linkLeavingRoot(file);
        if (escape != null) {
            return new Prepared(new Outcome.Failed("watch", escape, ""), null, null);
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                return new Prepared(new Outcome.Failed("read", "file is " + size
                        + " bytes, above ingest.files.max-bytes (" + maxFileBytes + ")", ""), null, null);
            }
            bytes = reader.read(file);
        } catch (NoSuchFileException gone) {
            return new Prepared(new Outcome.Gone(), null, null);
        } catch (IOException e) {
            return new Prepared(new Outcome.Failed("read", "cannot read the file: " + e, ""), null, null);
        }
        String sha256 = ArticleIdentity.sha256Hex(bytes);
        if (published.contains(sha256)) {
            return duplicate(file, sha256, readAt);
        }
        ParseResult result = parser.parse(new ArticleFile(file.toAbsolutePath().toString(),
                file.getFileName().toString(), bytes, readAt));
        if (result instanceof ParseResult.Rejected rejected) {
            return failed(file, "parse", rejected.reason(), sha256, readAt);
        }
        var parsed = (ParseResult.Parsed) result;
        try {
            List<byte[]> values = publisher.serialise(parsed.articles());
            return new Prepared(new Outcome.Published(parsed.articles(), parsed.notes()), values,
                    new FileStatus(file.toString(), sha256, FileStatus.PUBLISHED, parsed.articles().size(),
                            parsed.notes(), readAt));
        } catch (ArticleTooLargeException e) {
            return failed(file, "publish", e.getMessage(), sha256, readAt);
        }
    }

    private static Prepared duplicate(Path file, String sha256, Instant readAt) {
        return new Prepared(new Outcome.Duplicate(sha256), null, new FileStatus(file.toString(), sha256,
                FileStatus.DUPLICATE, 0, "the same bytes were published before", readAt));
    }

    private static Prepared failed(Path file, String stage, String reason, String sha256, Instant at) {
        return new Prepared(new Outcome.Failed(stage, reason, sha256), null,
                new FileStatus(file.toString(), sha256, FileStatus.FAILED, 0, reason, at));
    }

    /** The reason to refuse a symbolic link whose target lies outside the root, or null when it does not. */
    private String linkLeavingRoot(Path file) {
        if (!Files.isSymbolicLink(file)) {
            return null;
        }
        try {
            Path target = file.toRealPath();
            return target.startsWith(root.toRealPath()) ? null
                    : "symbolic link to " + target + ", outside " + root + ": refused";
        } catch (IOException e) {
            return "symbolic link whose target cannot be resolved: " + e.getMessage();
        }
    }
}
