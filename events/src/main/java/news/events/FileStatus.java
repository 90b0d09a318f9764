package news.events;

import java.time.Instant;
import java.util.Objects;

/**
 * What ingest did with one file, written to the compacted {@code news.ingest.status} keyed by the file's sha256.
 *
 * @param outcome  {@code published}, {@code duplicate}, {@code failed} or {@code ignored}
 * @param articles how many articles the file produced
 * @param reason   why the file failed or was skipped, else null
 */
public record FileStatus(String path, String sha256, String outcome, int articles, String reason, Instant at) {
    public static final String PUBLISHED = "published";
    public static final String DUPLICATE = "duplicate";
    public static final String FAILED = "failed";
    public static final String IGNORED = "ignored";

    public FileStatus {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
    }
}
