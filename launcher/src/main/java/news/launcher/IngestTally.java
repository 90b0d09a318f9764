package news.launcher;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** What became of the files handed to {@code newsflow ingest}, printed as its final summary. */
final class IngestTally {
    private static final int MAX_REASONS_SHOWN = 20;

    private int published;
    private long articles;
    private int duplicates;
    private final List<String> failures = new ArrayList<>();

    void published(int articleCount) {
        published++;
        articles += articleCount;
    }

    void duplicate() {
        duplicates++;
    }

    void failed(String file, String reason) {
        failures.add(file + ": " + reason);
    }

    int handled() {
        return published + duplicates + failures.size();
    }

    int failedCount() {
        return failures.size();
    }

    void print(PrintWriter out) {
        out.printf("%d file(s): %d published (%d articles), %d duplicate(s) skipped, %d failed%n", handled(),
                published, articles, duplicates, failures.size());
        failures.stream().limit(MAX_REASONS_SHOWN).forEach(line -> out.println("  failed " + line));
        if (failures.size() > MAX_REASONS_SHOWN) {
            out.printf("  ... and %d more failed (see failed/ and news.ingest.status)%n",
                    failures.size() - MAX_REASONS_SHOWN);
        }
        out.flush();
    }
}
