package news.ingest.files;

import java.time.Instant;

/**
 * The sidecar note {@code <file>.error.json} written beside a file moved to {@code failed/}.
 *
 * @param file   the file name as it now is in {@code failed/}
 * @param source where the file was when ingest read it
 */
public record FailureNote(String file, String source, String sha256, String reason, Instant at) {
}
