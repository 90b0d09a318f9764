package news.ingest.files;

import java.time.Instant;

/**
 * The sidecar note {@code <file>.error.json} written beside a file moved to {@code failed/}.
 *
 * @param file      the file name as it now is in {@code failed/}
 * @param source    where the file was when ingest read it
 * @param stage     where it failed: {@code watch} (refused before reading), {@code read}, {@code parse} or
 *                  {@code publish}
 * @param sha256    hex SHA-256 of the bytes, or empty when they could not be read
 * @param sizeBytes the file's size
 */
public record FailureNote(String file, String source, String stage, String reason, String sha256, long sizeBytes,
                          Instant at) {
}
