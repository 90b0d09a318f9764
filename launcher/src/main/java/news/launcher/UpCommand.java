package news.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import news.broker.EmbeddedKafkaBroker;
import news.ingest.IngestConfig;
import news.settings.Settings;
import news.sink.SinkConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow up}: the whole stack in one JVM. Starts the embedded broker unless a cluster is given, creates
 * the topics, starts ingest, enrich and sink, loads copies of {@code seeds/}, then watches the inbox.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline: embedded broker (unless --bootstrap), ingest, enrich and sink.")
final class UpCommand implements Callable<Integer> {
    private static final Duration CHECK_EVERY = Duration.ofMillis(300);

    @Mixin
    CommonOptions common;

    @Option(names = "--until-idle", description = "Exit 0 once all input is processed and all output written.")
    boolean untilIdle;

    @Option(names = "--inbox", paramLabel = "DIR", description = "Folder to watch (default: inbox).")
    Path inbox;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out).")
    Path out;

    @Option(names = "--no-seeds", description = "Do not load the sample articles of seeds/.")
    boolean noSeeds;

    @Spec
    CommandSpec spec;

    private volatile boolean stopRequested;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        StateDir state = common.stateDir();
        Map<String, String> cli = common.settings();
        if (inbox != null) {
            cli.put(IngestConfig.INBOX, inbox.toString());
        }
        if (out != null) {
            cli.put(SinkConfig.OUT_DIR, out.toString());
        }
        Settings settings = Configuration.load(common.config, cli);
        Configuration.Bound config = Configuration.bind(settings);
        try (StateDir.Lock lock = state.tryLock().orElseThrow(() -> new StartupException(
                "another newsflow is already running on the state directory " + state.root()))) {
            CountDownLatch stopped = new CountDownLatch(1);
            Thread main = Thread.currentThread();
            Thread hook = new Thread(() -> {
                stopRequested = true;
                main.interrupt();
                awaitQuietly(stopped);
            }, "newsflow-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                return run(settings, config, state, stdout);
            } finally {
                state.clearRunningFiles();
                stopped.countDown();
                if (!stopRequested) {
                    Runtime.getRuntime().removeShutdownHook(hook);
                }
            }
        }
    }

    private int run(Settings settings, Configuration.Bound config, StateDir state, PrintWriter stdout) throws Exception {
        EmbeddedKafkaBroker broker = null;
        if (Configuration.bootstrap(settings).isEmpty()) {
            broker = EmbeddedKafkaBroker.start(state.kafka());
            settings = settings.with(Map.of(Configuration.BOOTSTRAP, broker.bootstrapServers()));
            state.writeBootstrap(broker.bootstrapServers());
        }
        try (EmbeddedKafkaBroker ownBroker = broker; Telemetry telemetry = new Telemetry();
             Stack stack = Stack.start(config, settings.kafka(), telemetry.registry())) {
            String operations = telemetry.serve(OperationsConfig.from(settings), stack::health);
            state.writeInbox(stack.inbox());
            stdout.printf("newsflow is up: Kafka %s%s, inbox %s, output %s%n", settings.kafka().get("bootstrap.servers"),
                    ownBroker != null ? " (embedded, data in " + state.kafka() + ")" : "", stack.inbox(), stack.outDir());
            if (operations != null) {
                stdout.printf("metrics: %s/metrics  health: %s/health%n", operations, operations);
            }
            if (!noSeeds) {
                stdout.println(loadSeeds(stack.inbox()));
            }
            stdout.flush();
            return watch(stack, stdout);
        }
    }

    /** Polls the stack until it is idle (with --until-idle) or until Ctrl-C, printing a summary at each idle. */
    private int watch(Stack stack, PrintWriter stdout) throws Exception {
        boolean reported = false;
        int idleChecks = 0;
        while (!stopRequested) {
            String failed = stack.failedService();
            if (failed != null) {
                spec.commandLine().getErr().println("newsflow: " + failed + " stopped on an error (see the log above)");
                return Newsflow.FAILED;
            }
            try {
                // Two idle checks in a row, so a file dropped between the checks of one round is not missed.
                idleChecks = stack.isIdle() ? idleChecks + 1 : 0;
                if (idleChecks == 2 && !reported) {
                    stdout.println("idle: " + stack.summary().describe());
                    stdout.flush();
                    reported = true;
                    if (untilIdle) {
                        return 0;
                    }
                } else if (idleChecks == 0) {
                    reported = false;
                }
                Thread.sleep(CHECK_EVERY.toMillis());
            } catch (InterruptedException e) {
                break;
            }
        }
        stdout.println("stopping: " + stack.summary().describe());
        stdout.flush();
        return 0;
    }

    /** Copies the sample articles into the inbox; seeds/ itself is never moved or changed. */
    private static String loadSeeds(Path inbox) throws IOException {
        Path seeds = Path.of(System.getProperty("newsflow.home", "."), "seeds");
        if (!Files.isDirectory(seeds)) {
            return "no seeds/ folder at " + seeds.toAbsolutePath() + ": starting with the inbox as it is";
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(seeds)) {
            files = listing.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        new InboxDrop(inbox).deliver(files);
        return "loaded copies of " + files.size() + " sample articles from " + seeds.toAbsolutePath();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
