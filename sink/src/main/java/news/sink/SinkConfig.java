package news.sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import news.settings.Settings;
import news.settings.SettingsReader;

/**
 * The typed configuration of the sink, bound once from {@link Settings}.
 *
 * @param applicationId the Streams application id
 * @param stateDir      where the Streams state lives
 * @param outDir        the output folder; {@code articles/} is created under it
 */
public record SinkConfig(String applicationId, Path stateDir, Path outDir) {
    public static final String OUT_DIR = "sink.out.dir";

    public static SinkConfig from(Settings settings) {
        SettingsReader read = settings.reader();
        var config = new SinkConfig(read.text("sink.streams.application-id"),
                read.path("sink.streams.state-dir").toAbsolutePath(),
                read.path(OUT_DIR).toAbsolutePath().normalize());
        read.check();
        try {
            Files.createDirectories(config.outDir());
            if (!Files.isWritable(config.outDir())) {
                read.problem(OUT_DIR, "folder " + config.outDir() + " is not writable");
            }
        } catch (IOException e) {
            read.problem(OUT_DIR, "cannot create folder " + config.outDir() + " (" + e.getMessage() + ")");
        }
        read.check();
        return config;
    }

    public Path articlesDir() {
        return outDir.resolve("articles");
    }
}
