package news.events;

import java.util.Objects;

/**
 * Where an article came from: the file as ingest found it.
 *
 * @param path        the file's path as ingest saw it (absolute)
 * @param name        the file name
 * @param sha256      hex SHA-256 of the file's bytes, the key of {@code news.ingest.status}
 * @param contentType the detected media type, for example {@code text/plain}
 * @param sizeBytes   the file's size
 * @param feedItem    the item's index inside a feed file, or null for single-article files
 */
public record Source(String path, String name, String sha256, String contentType, long sizeBytes, Integer feedItem) {
    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
    }
}
