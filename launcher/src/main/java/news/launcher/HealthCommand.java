package news.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow health}: asks the operations endpoint of a running service whether it is healthy; exit 0 when it
 * is, 1 when not or unreachable. Container health checks use it, so images need no HTTP client of their own.
 */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = "Ask a running service's /health; exit 0 when healthy, 1 otherwise.")
final class HealthCommand implements Callable<Integer> {
    @Option(names = "--url", paramLabel = "URL",
            description = "The health URL (default: from operations.http.host and operations.http.port).")
    String url;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OperationsConfig operations = OperationsConfig.from(common.loadSettings());
        String target = url != null ? url : "http://" + operations.host() + ":" + operations.port() + "/health";
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.ofString());
            spec.commandLine().getOut().println(response.body());
            return response.statusCode() == 200 ? 0 : Newsflow.FAILED;
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("newsflow: no answer from " + target + ": " + e.getMessage());
            return Newsflow.FAILED;
        }
    }
}
