package news.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import news.events.JsonSerdes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /metrics} (Prometheus text format) and {@code /health} (200 when every check is up, 503 with the
 * reasons otherwise; docker-compose and orchestrators use it) on the JDK's HTTP server: no web framework for two
 * read-only pages.
 */
final class OperationsServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OperationsServer.class);

    private final HttpServer server;

    private OperationsServer(HttpServer server) {
        this.server = server;
    }

    static OperationsServer start(OperationsConfig config, PrometheusMeterRegistry registry, Supplier<Health> health) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
            server.createContext("/metrics", exchange -> respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8",
                    registry.scrape().getBytes(StandardCharsets.UTF_8)));
            server.createContext("/health", exchange -> {
                Health now = health.get();
                respond(exchange, now.healthy() ? 200 : 503, "application/json", JsonSerdes.toBytes(now.asJson()));
            });
            server.start();
            return new OperationsServer(server);
        } catch (IOException e) {
            throw new StartupException("cannot serve metrics and health on " + config.host() + ":" + config.port()
                    + " (" + e.getMessage() + "); set operations.http.port, or operations.http.enabled=false");
        }
    }

    String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length);
            out.write(body);
        } catch (IOException e) {
            log.debug("client went away during {}: {}", exchange.getRequestURI(), e.getMessage());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
