package news.launcher;

import news.settings.Settings;
import news.settings.SettingsReader;

/**
 * The operations endpoint: metrics and health over HTTP ({@code operations.http.*}).
 *
 * @param port 0 for a free port
 */
record OperationsConfig(boolean enabled, String host, int port) {

    static OperationsConfig from(Settings settings) {
        SettingsReader read = settings.reader();
        var config = new OperationsConfig(read.bool("operations.http.enabled"), read.text("operations.http.host"),
                read.integer("operations.http.port", 0, 65535));
        read.check();
        return config;
    }
}
