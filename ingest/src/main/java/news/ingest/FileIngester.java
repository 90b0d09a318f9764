package news.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import news.events.ArticleIdentity;
import news.events.FileStatus;
import news.events.RawArticle;
import news.ingest.ArticlePublisher.ArticleTooLargeException;
import news.ingest.ArticlePublisher.PublishException;
import news.ingest.parse.ArticleFile;
import news.ingest.parse.ArticleFileParser;
import news.ingest.parse.ParseResult;

/**
 * Publishes one file: reads it, refuses it with a reason, skips it when the same bytes were published before, or
 * parses it and publishes its articles and its {@code FileStatus}, returning only once Kafka acknowledged them.
 * It never moves the file: the inbox loop does that after, and {@code newsflow ingest --bootstrap} never does.
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
        /** Published; {@code itemProblems} lists feed items left out. */
        record Published(List<RawArticle> articles, List<String> itemProblems) implements Outcome {
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

    /**
     * @throws PublishException when Kafka did not acknowledge: the file is fine and should be tried again later
     */
    public Outcome ingest(Path file, Instant readAt) throws PublishException, InterruptedException {
        String escape = linkLeavingRoot(file);
        if (escape != null) {
            return new Outcome.Failed("watch", escape, "");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                return new Outcome.Failed("read", "file is " + size + " bytes, above ingest.files.max-bytes ("
                        + maxFileBytes + ")", "");
            }
            bytes = reader.read(file);
        } catch (NoSuchFileException gone) {
            return new Outcome.Gone();
        } catch (IOException e) {
            return new Outcome.Failed("read", "cannot read the file: " + e, "");
        }
        String sha256 = ArticleIdentity.sha256Hex(bytes);
        if (published.contains(sha256)) {
            publisher.publishStatus(new FileStatus(file.toString(), sha256, FileStatus.DUPLICATE, 0,
                    "the same bytes were published before", readAt));
            return new Outcome.Duplicate(sha256);
        }
        ParseResult result = parser.parse(new ArticleFile(file.toAbsolutePath().toString(),
                file.getFileName().toString(), bytes, readAt));
        if (result instanceof ParseResult.Rejected rejected) {
            return failed(file, "parse", rejected.reason(), sha256, readAt);
        }
        var parsed = (ParseResult.Parsed) result;
        List<byte[]> values;
        try {
            values = publisher.serialise(parsed.articles());
        } catch (ArticleTooLargeException e) {
            return failed(file, "publish", e.getMessage(), sha256, readAt);
        }
        String itemProblems = parsed.itemProblems().isEmpty() ? null
                : "items left out: " + String.join("; ", parsed.itemProblems());
        publisher.publish(parsed.articles(), values, new FileStatus(file.toString(), sha256, FileStatus.PUBLISHED,
                parsed.articles().size(), itemProblems, readAt));
        published.add(sha256);
        return new Outcome.Published(parsed.articles(), parsed.itemProblems());
    }

    private Outcome failed(Path file, String stage, String reason, String sha256, Instant at)
            throws PublishException, InterruptedException {
        publisher.publishStatus(new FileStatus(file.toString(), sha256, FileStatus.FAILED, 0, reason, at));
        return new Outcome.Failed(stage, reason, sha256);
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
