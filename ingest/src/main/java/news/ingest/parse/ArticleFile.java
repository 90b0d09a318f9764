package news.ingest.parse;

import java.time.Instant;
import java.util.Objects;

/**
 * One file as read from the inbox: its bytes and what is known about it, before any parsing.
 *
 * @param path       absolute path of the file when it was read
 * @param bytes      the whole content
 * @param readAt     when ingest read it; becomes {@code ingestedAt}
 */
public record ArticleFile(String path, String name, byte[] bytes, Instant readAt) {
    public ArticleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(readAt, "readAt");
    }

    /** The lower-case extension without the dot, or an empty string. */
    public String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
