package news.ingest;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import news.events.Topics;
import news.ingest.ArticlePublisher.PublishException;
import news.ingest.files.FileDisposition;
import news.ingest.files.InboxWatcher;
import news.settings.WritableFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: watches the inbox, parses each ready file, publishes its articles to
 * {@code news.articles.raw} (key: article id, value: {@code RawArticle}) and its outcome to
 * {@code news.ingest.status} (key: file sha256, value: {@code FileStatus}), then moves the file.
 *
 * <p>Order per file: publish and wait for acknowledgement, then move to {@code processed/}. A crash in between
 * leaves the file in the inbox; on restart its sha256 is found in the status topic and it is not sent again.
 * A file that cannot be used goes to {@code failed/} with a note and never stops the loop. When Kafka does not
 * acknowledge, the file stays where it is and is tried again after a pause.
 */
public final class IngestApp implements AutoCloseable, MeterBinder {
    private static final Logger log = LoggerFactory.getLogger(IngestApp.class);
    /** Pause after Kafka refused or timed out, so an outage is not a busy loop. */
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(5);

    private final IngestConfig config;
    private final ArticlePublisher publisher;
    private final InboxWatcher watcher;
    private final FileDisposition disposition;
    private final FileIngester ingester;
    private final Clock clock;
    private final Thread worker;
    private final AtomicLong filesPublished = new AtomicLong();
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong duplicateFiles = new AtomicLong();
    private final AtomicLong failedFiles = new AtomicLong();
    private volatile boolean busy = true;
    private volatile boolean running = true;

    public IngestApp(IngestConfig config, ArticlePublisher publisher, PublishedFiles published, Clock clock) {
        this.config = config;
        this.publisher = publisher;
        this.clock = clock;
        this.ingester = new FileIngester(config.parser(), publisher,
                published, config.maxFileBytes(), config.inbox());
        this.watcher = new InboxWatcher(config.inbox(), config.stableAfter(), clock, config.recursive());
        this.disposition = new FileDisposition(config.processed(), config.failed());
        this.worker = new Thread(this::run, "news-ingest");
    }

    /** Connects to Kafka, reads back what was already published, and returns an app ready to {@link #start()}. */
    public static IngestApp create(IngestConfig config, Topics topics, Map<String, String> kafka, int maxRecordBytes,
                                   Duration startTimeout) {
        PublishedFiles published = PublishedFiles.load(kafka, topics.ingestStatus(), startTimeout);
        var producer = ArticlePublisher.createProducer(kafka, maxRecordBytes);
        var publisher = new ArticlePublisher(producer, topics, maxRecordBytes, Duration.ofMinutes(2));
        return new IngestApp(config, publisher, published, Clock.systemUTC());
    }

    public void start() {
        log.info("watching {} (processed: {}, failed: {})", config.inbox(), config.processed(), config.failed());
        worker.start();
    }

    /** True when no file waits in the inbox, stable or not, and none is being handled. */
    public boolean isIdle() {
        try {
            return !busy && watcher.pending() == 0 && !watcher.hasCandidates() && worker.isAlive();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * {@code news.ingest.files} tagged {@code outcome=published|duplicate|failed}, {@code news.ingest.articles},
     * and the producer's own metrics.
     */
    @Override
    public void bindTo(MeterRegistry registry) {
        for (var outcome : Map.<String, AtomicLong>of("published", filesPublished, "duplicate", duplicateFiles,
                "failed", failedFiles).entrySet()) {
            FunctionCounter.builder("news.ingest.files", outcome.getValue(), AtomicLong::get)
                    .description("files handled, by outcome").tag("outcome", outcome.getKey()).register(registry);
        }
        FunctionCounter.builder("news.ingest.articles", articles, AtomicLong::get)
                .description("articles published").register(registry);
        Gauge.builder("news.ingest.inbox.pending", watcher, InboxWatcher::pending)
                .description("files in the inbox at the last scan").register(registry);
        publisher.bindTo(registry);
    }

    /** Whether the ingest loop runs and its folders can be written; null when healthy, else why not. */
    public String unhealthyReason() {
        if (!worker.isAlive()) {
            return "the ingest loop is not running";
        }
        return List.of(config.inbox(), config.processed(), config.failed()).stream()
                .map(WritableFolder::problem).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    public IngestCounts counts() {
        return new IngestCounts(filesPublished.get(), articles.get(), duplicateFiles.get(), failedFiles.get());
    }

    private void run() {
        try (var wakeUps = InboxWatcher.WakeUps.on(config.inbox())) {
            while (running) {
                busy = true;
                boolean backOff = !handleReadyFiles();
                busy = false;
                if (!wakeUps.await(backOff ? RETRY_PAUSE : config.pollInterval())) {
                    break;
                }
            }
        } catch (IOException e) {
            log.error("cannot watch the inbox {}: {}", config.inbox(), e.getMessage());
        }
        busy = false;
    }

    /** Handles every ready file, a batch at a time; false when the loop should pause before the next scan. */
    private boolean handleReadyFiles() {
        try {
            List<Path> ready = watcher.readyFiles();
            for (int from = 0; from < ready.size() && running; from += config.batchFiles()) {
                List<Path> batch = ready.subList(from, Math.min(ready.size(), from + config.batchFiles()));
                if (!handle(batch)) {
                    return false;
                }
                batch.forEach(watcher::forget);
            }
            return true;
        } catch (IOException e) {
            log.error("cannot list the inbox {}: {}", config.inbox(), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return false;
        } catch (RuntimeException e) {
            log.error("unexpected error in the ingest loop; continuing", e);
            return false;
        }
    }

    /** Publishes a batch, then moves each file; false when Kafka could not take it and the loop should pause. */
    boolean handle(List<Path> files) throws InterruptedException {
        // Millisecond precision: the record timestamp carries the same instant, and Kafka keeps milliseconds.
        Instant readAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<FileIngester.Outcome> outcomes;
        try {
            outcomes = ingester.ingest(files, readAt);
        } catch (PublishException e) {
            log.error("{} file(s) not published, will retry in {}: {}", files.size(), RETRY_PAUSE, e.getMessage());
            return false;
        }
        long before = filesPublished.get();
        long duplicatesBefore = duplicateFiles.get();
        long failedBefore = failedFiles.get();
        boolean allMoved = true;
        for (int i = 0; i < files.size(); i++) {
            allMoved &= dispose(files.get(i), outcomes.get(i), readAt);
        }
        log.debug("{} file(s): {} published, {} already published before, {} failed (see failed/)", files.size(),
                filesPublished.get() - before, duplicateFiles.get() - duplicatesBefore, failedFiles.get() - failedBefore);
        return allMoved;
    }

    private boolean dispose(Path file, FileIngester.Outcome outcome, Instant readAt) {
        try {
            if (outcome instanceof FileIngester.Outcome.Published p) {
                Path moved = disposition.toProcessed(file, readAt);
                filesPublished.incrementAndGet();
                articles.addAndGet(p.articles().size());
                log.info("{}: published {} article(s), first id {}; moved to {}", file.getFileName(),
                        p.articles().size(), p.articles().get(0).id(), moved);
                if (p.notes() != null) {
                    log.warn("{}: {}", file.getFileName(), p.notes());
                }
            } else if (outcome instanceof FileIngester.Outcome.Duplicate) {
                Path moved = disposition.toProcessed(file, readAt);
                duplicateFiles.incrementAndGet();
                log.info("{}: already published (same sha256), not sent again; moved to {}", file.getFileName(), moved);
            } else if (outcome instanceof FileIngester.Outcome.Failed f) {
                Path moved = disposition.toFailed(file, f.stage(), f.reason(), f.sha256(), readAt);
                failedFiles.incrementAndGet();
                log.warn("{}: refused at {}: {}; moved to {}", file.getFileName(), f.stage(), f.reason(), moved);
            } else {
                log.warn("{} disappeared before it could be read", file);
            }
            return true;
        } catch (IOException e) {
            log.error("{}: handled ({}), but it cannot be moved out of the inbox: {}", file.getFileName(),
                    outcome.getClass().getSimpleName(), e.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        running = false;
        worker.interrupt();
        try {
            worker.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        publisher.close();
    }
}
