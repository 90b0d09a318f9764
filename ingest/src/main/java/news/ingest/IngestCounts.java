package news.ingest;

/**
 * What ingest has done since it started.
 *
 * @param filesPublished  files whose articles were published
 * @param articles        articles published
 * @param duplicateFiles  files skipped because the same bytes were published before
 * @param failedFiles     files moved to {@code failed/}
 */
public record IngestCounts(long filesPublished, long articles, long duplicateFiles, long failedFiles) {
}
