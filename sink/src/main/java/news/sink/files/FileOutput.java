package news.sink.files;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one output file, retrying a failing write (disk full, folder gone or read-only) with a growing pause, and
 * gives up with a {@link SinkWriteException} so that the stream thread is replaced and starts again from the last
 * committed offset: nothing is committed past a file that was not written.
 */
public final class FileOutput {
    private static final Logger log = LoggerFactory.getLogger(FileOutput.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);

    private FileOutput() {
    }

    /**
     * Writes {@code json} as {@code <id>.json} with the writer, syncs it at the next commit, and returns its path.
     *
     * @param giveUpAfter how long to retry before the stream thread is replaced ({@code sink.files.retry-for})
     */
    public static Path write(JsonFileWriter writer, String id, byte[] json, FileSyncStore sync, Duration giveUpAfter) {
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                Path file = writer.write(id, json);
                sync.written(file);
                return file;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new SinkWriteException("cannot write " + writer.folder().resolve(id + ".json") + ": " + e
                            + "; nothing is committed past it, and the sink starts again from its last commit", e);
                }
                log.error("cannot write {}.json in {}: {}; retrying in {} ms", id, writer.folder(), e, pause.toMillis());
                sleep(pause);
                pause = pause.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SinkWriteException("interrupted while waiting to write", e);
        }
    }

    /** An output file that could not be written within the retry time. */
    public static final class SinkWriteException extends RuntimeException {
        SinkWriteException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
