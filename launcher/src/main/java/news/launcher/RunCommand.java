package news.launcher;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.concurrent.CountDownLatch;
import news.enrich.EnrichApp;
import news.events.TopicLayout;
import news.events.Topics;
import news.ingest.IngestApp;
import news.settings.ConfigException;
import news.settings.Settings;
import news.sink.SinkApp;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow run ingest|enrich|sink}: one service alone against a running cluster, as docker-compose runs them. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one service alone against a Kafka cluster (--bootstrap or KAFKA_BOOTSTRAP_SERVERS).")
final class RunCommand implements Callable<Integer> {
    enum Service { ingest, enrich, sink }

    @Parameters(index = "0", paramLabel = "SERVICE", description = "ingest, enrich or sink")
    Service service;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Settings settings = Configuration.load(common.config, common.settings());
        Configuration.Bound config = Configuration.bind(settings);
        if (Configuration.bootstrap(settings).isEmpty()) {
            throw new ConfigException(java.util.List.of(Configuration.BOOTSTRAP
                    + ": run needs a cluster: --bootstrap HOST:PORT or KAFKA_BOOTSTRAP_SERVERS"));
        }
        TopicLayout layout = config.topics();
        Topics topics = Topics.create(layout);
        try (KafkaAdmin admin = KafkaAdmin.connect(settings.kafka())) {
            admin.createTopics(topics);
        }
        var stop = new CountDownLatch(1);
        var closed = new CountDownLatch(1);
        var telemetry = new Telemetry();
        AutoCloseable app;
        Supplier<String> unhealthy;
        KafkaStreams streams = null;
        switch (service) {
            case ingest -> {
                var ingest = IngestApp.create(config.ingest(), topics, settings.kafka(),
                        layout.maxMessageBytes(), KafkaAdmin.CONNECT_TIMEOUT.multipliedBy(3));
                ingest.bindTo(telemetry.registry());
                ingest.start();
                app = ingest;
                unhealthy = ingest::unhealthyReason;
            }
            case enrich -> {
                var enrich = EnrichApp.create(config.enrich(), topics, settings.kafka(), layout.maxMessageBytes());
                enrich.bindTo(telemetry.registry());
                streams = startStreams(enrich.streams(), stop);
                app = enrich;
                unhealthy = enrich::unhealthyReason;
            }
            default -> {
                var sink = SinkApp.create(config.sink(), topics, settings.kafka(), layout.maxMessageBytes(),
                        telemetry.registry());
                sink.bindTo(telemetry.registry());
                streams = startStreams(sink.streams(), stop);
                app = sink;
                unhealthy = sink::unhealthyReason;
            }
        }
        String operations = telemetry.serve(OperationsConfig.from(settings),
                () -> new Health(java.util.Collections.singletonMap(service.name(), unhealthy.get())));
        if (operations != null) {
            spec.commandLine().getOut().printf("%s is running; metrics: %s/metrics  health: %s/health%n",
                    service, operations, operations);
            spec.commandLine().getOut().flush();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            awaitQuietly(closed);
        }, "newsflow-shutdown"));
        stop.await();
        boolean failed = streams != null && streams.state() == KafkaStreams.State.ERROR;
        try {
            app.close();
            telemetry.close();
        } finally {
            closed.countDown();
        }
        return failed ? Newsflow.FAILED : 0;
    }

    /** Starts the client, ending the wait when it fails so the process exits 1 and its orchestrator restarts it. */
    private static KafkaStreams startStreams(KafkaStreams streams, CountDownLatch stop) {
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.ERROR) {
                stop.countDown();
            }
        });
        streams.start();
        return streams;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
