package news.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import news.events.ArticleIdentity;
import news.events.FileStatus;
import news.events.Topics;
import news.ingest.ArticlePublisher;
import news.ingest.FileIngester;
import news.ingest.IngestConfig;
import news.ingest.PublishedFiles;
import news.ingest.files.FileDisposition;
import news.settings.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow ingest PATH...}: hands files or folders to the stack running on a state directory by copying
 * them into its inbox, then follows {@code news.ingest.status} until each has an outcome, with a progress bar and a
 * summary. With {@code --bootstrap} it parses and publishes the files itself. The given files are never moved or
 * changed. {@code --retry-failed} moves the files of {@code failed/} back into the inbox.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Hand article files (or the files of folders) to the running stack, or publish them to a "
                + "cluster with --bootstrap; --retry-failed re-queues failed/.")
final class IngestCommand implements Callable<Integer> {
    /** Without any new outcome for this long, the stack is taken to be stuck and the command gives up. */
    private static final Duration STALL_TIMEOUT = Duration.ofMinutes(2);

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--retry-failed", description = "Move the files of failed/ back into the inbox.")
    boolean retryFailed;

    @Option(names = "--no-wait", description = "Copy into the inbox and return without waiting for the outcomes.")
    boolean noWait;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.loadSettings();
        Topics topics = Topics.create(Configuration.topicLayout(settings));
        if (retryFailed) {
            return retryFailed(settings);
        }
        if (paths.isEmpty()) {
            throw new news.settings.ConfigException(List.of("PATH: give files or folders to ingest, or --retry-failed"));
        }
        List<Path> files = InboxDrop.expand(paths);
        if (Configuration.bootstrap(settings).isPresent()) {
            return publishDirectly(settings, topics, files);
        }
        return handToStack(settings, topics, files);
    }

    /** Copies into the running stack's inbox, then counts outcomes from the status topic. */
    private int handToStack(Settings settings, Topics topics, List<Path> files) throws Exception {
        StateDir state = common.stateDir();
        if (!state.isRunning()) {
            throw new StartupException("no newsflow is running on the state directory " + state.root()
                    + "; start one with ./newsflow up (or pass its --state, or --bootstrap to publish directly)");
        }
        Path inbox = Path.of(state.inbox().orElseThrow(() -> new StartupException(
                "the stack on " + state.root() + " has not opened its inbox yet; try again in a moment")));
        PrintWriter out = spec.commandLine().getOut();
        if (noWait) {
            new InboxDrop(inbox).deliver(files);
            out.printf("queued %d file(s) into %s%n", files.size(), inbox);
            return 0;
        }
        String bootstrap = state.bootstrap().orElseThrow(() -> new StartupException("the stack on " + state.root()
                + " uses an external cluster: pass --bootstrap to follow the outcomes, or --no-wait"));
        Map<String, String> kafka = new HashMap<>(settings.kafka());
        kafka.put("bootstrap.servers", bootstrap);
        var expected = new HashMap<String, List<Path>>();
        for (Path file : files) {
            expected.computeIfAbsent(ArticleIdentity.sha256Hex(Files.readAllBytes(file)), k -> new ArrayList<>())
                    .add(file);
        }
        var tally = new IngestTally();
        // Positioned at the end before copying, so no outcome of these files can be missed.
        try (var statuses = new StatusFollower(kafka, topics.ingestStatus());
             ProgressBar bar = progressBar("ingesting", files.size())) {
            new InboxDrop(inbox).deliver(files);
            long lastProgress = System.nanoTime();
            while (tally.handled() < files.size()) {
                for (FileStatus status : statuses.poll(Duration.ofMillis(200))) {
                    List<Path> waiting = expected.get(status.sha256());
                    if (waiting == null || waiting.isEmpty()) {
                        continue;
                    }
                    Path file = waiting.remove(0);
                    count(tally, file, status);
                    bar.step();
                    lastProgress = System.nanoTime();
                }
                if (System.nanoTime() - lastProgress > STALL_TIMEOUT.toNanos() || !state.isRunning()) {
                    bar.close();
                    tally.print(out);
                    throw new StartupException((files.size() - tally.handled()) + " file(s) still without an outcome "
                            + (state.isRunning() ? "after " + STALL_TIMEOUT.toMinutes() + " min" : ": the stack stopped")
                            + "; they stay in " + inbox);
                }
            }
        }
        tally.print(out);
        return tally.failedCount() == 0 ? 0 : Newsflow.FAILED;
    }

    /** Parses and publishes each file to the cluster, leaving the files where they are. */
    private int publishDirectly(Settings settings, Topics topics, List<Path> files) throws Exception {
        IngestConfig config = Configuration.bind(settings).ingest();
        int maxRecordBytes = Configuration.topicLayout(settings).maxMessageBytes();
        var tally = new IngestTally();
        try (KafkaAdmin admin = KafkaAdmin.connect(settings.kafka())) {
            admin.createTopics(topics);
        }
        PublishedFiles published = PublishedFiles.load(settings.kafka(), topics.ingestStatus(),
                KafkaAdmin.CONNECT_TIMEOUT);
        try (var publisher = new ArticlePublisher(ArticlePublisher.createProducer(settings.kafka(), maxRecordBytes),
                topics, maxRecordBytes, Duration.ofMinutes(2));
             ProgressBar bar = progressBar("publishing", files.size())) {
            // The user named these files: links may point anywhere, so the root is the file system's.
            var ingester = new FileIngester(config.parser(),
                    publisher, published, config.maxFileBytes(), Path.of("/"));
            for (Path file : files) {
                FileIngester.Outcome outcome = ingester.ingest(file, Clock.systemUTC().instant()
                        .truncatedTo(ChronoUnit.MILLIS));
                if (outcome instanceof FileIngester.Outcome.Published p) {
                    tally.published(p.articles().size());
                } else if (outcome instanceof FileIngester.Outcome.Duplicate) {
                    tally.duplicate();
                } else if (outcome instanceof FileIngester.Outcome.Failed f) {
                    tally.failed(file.toString(), f.reason());
                } else {
                    tally.failed(file.toString(), "disappeared before it could be read");
                }
                bar.step();
            }
        }
        tally.print(spec.commandLine().getOut());
        return tally.failedCount() == 0 ? 0 : Newsflow.FAILED;
    }

    /** Moves every file of failed/ back into the inbox and drops its note; the stack then tries it again. */
    private int retryFailed(Settings settings) throws IOException {
        IngestConfig config = Configuration.bind(settings).ingest();
        Path inbox = common.stateDir().inbox().map(Path::of).orElse(config.inbox());
        int moved = 0;
        try (Stream<Path> listing = Files.list(config.failed())) {
            for (Path file : listing.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().endsWith(FileDisposition.NOTE_SUFFIX)).sorted().toList()) {
                new InboxDrop(inbox).moveIn(file);
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + FileDisposition.NOTE_SUFFIX));
                moved++;
            }
        }
        spec.commandLine().getOut().printf("moved %d file(s) from %s back into %s%n", moved, config.failed(), inbox);
        return 0;
    }

    private static void count(IngestTally tally, Path file, FileStatus status) {
        switch (status.outcome()) {
            case FileStatus.PUBLISHED -> tally.published(status.articles());
            case FileStatus.DUPLICATE -> tally.duplicate();
            default -> tally.failed(file.toString(), String.valueOf(status.reason()));
        }
    }

    private static ProgressBar progressBar(String task, int files) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(files).setUnit(" files", 1).showSpeed()
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate().build();
    }
}
