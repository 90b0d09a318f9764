package news.launcher;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.Supplier;

/**
 * The meter registry of a process, with JVM memory, GC, thread and CPU meters, and the HTTP endpoint that serves
 * it with health when operations are enabled.
 */
final class Telemetry implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private OperationsServer server;

    Telemetry() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        gc.bindTo(registry);
    }

    PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Starts the endpoint when enabled; returns its URL, or null when it is switched off. */
    String serve(OperationsConfig config, Supplier<Health> health) {
        if (!config.enabled()) {
            return null;
        }
        server = OperationsServer.start(config, registry, health);
        return server.url();
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        gc.close();
        registry.close();
    }
}
