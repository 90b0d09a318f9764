package news.launcher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The health of the services running in this process: each check says UP or why not.
 *
 * @param checks by name, for example {@code ingest}, {@code enrich}, {@code sink}; a null reason means healthy
 */
record Health(Map<String, String> checks) {
    Health {
        checks = new LinkedHashMap<>(checks);
    }

    boolean healthy() {
        return checks.values().stream().allMatch(reason -> reason == null);
    }

    /** {@code {"status":"UP","checks":{"ingest":"UP",...}}}, with the reason in place of UP where a check fails. */
    Map<String, Object> asJson() {
        var details = new LinkedHashMap<String, Object>();
        checks.forEach((name, reason) -> details.put(name, reason == null ? "UP" : reason));
        var json = new LinkedHashMap<String, Object>();
        json.put("status", healthy() ? "UP" : "DOWN");
        json.put("checks", details);
        return json;
    }
}
