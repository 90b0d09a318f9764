package news.measure.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an extraction set in the benchmark's layout: a folder of {@code <id>.html} or {@code <id>.html.gz} pages and
 * a truth file {@code {"<id>": {"articleBody": "...", "url": "..."}, ...}}. Pages without a truth entry and truth
 * entries without a page are logged and left out.
 */
public final class PageSet {
    private static final Logger LOG = LoggerFactory.getLogger(PageSet.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageSet() {
    }

    /** The pages in id order. */
    public static List<EvalPage> load(Path htmlDir, Path truthFile) throws EvalInputException, IOException {
        if (!Files.isDirectory(htmlDir)) {
            throw new EvalInputException("no such folder: " + htmlDir);
        }
        if (!Files.isRegularFile(truthFile)) {
            throw new EvalInputException("no such file: " + truthFile);
        }
        Map<String, JsonNode> truth = readTruth(truthFile);
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(htmlDir)) {
            listing.filter(Files::isRegularFile).forEach(file -> {
                String id = idOf(file.getFileName().toString());
                if (id != null) {
                    files.merge(id, file, (a, b) -> a.getFileName().toString().endsWith(".gz") ? b : a);
                }
            });
        }
        var pages = new ArrayList<EvalPage>();
        int withoutTruth = 0;
        for (Map.Entry<String, Path> entry : files.entrySet()) {
            JsonNode item = truth.get(entry.getKey());
            if (item == null) {
                withoutTruth++;
                continue;
            }
            pages.add(new EvalPage(entry.getKey(), entry.getValue().getFileName().toString(), item.path("url").asText(""),
                    item.path("articleBody").asText(""), read(entry.getValue())));
        }
        long withoutPage = truth.keySet().stream().filter(id -> !files.containsKey(id)).count();
        if (withoutTruth > 0) {
            LOG.warn("{} page(s) in {} have no ground-truth entry and are left out", withoutTruth, htmlDir);
        }
        if (withoutPage > 0) {
            LOG.warn("{} ground-truth entries have no page in {} and are left out", withoutPage, htmlDir);
        }
        if (pages.isEmpty()) {
            throw new EvalInputException("no page in " + htmlDir + " (<id>.html or <id>.html.gz) has an entry in "
                    + truthFile);
        }
        return pages;
    }

    private static Map<String, JsonNode> readTruth(Path truthFile) throws EvalInputException, IOException {
        JsonNode root;
        try {
            root = JSON.readTree(truthFile.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new EvalInputException(truthFile + " is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new EvalInputException(truthFile + " is not a JSON object of {id: {articleBody, url}}");
        }
        var truth = new TreeMap<String, JsonNode>();
        root.fields().forEachRemaining(field -> truth.put(field.getKey(), field.getValue()));
        return truth;
    }

    /** "abc.html.gz" and "abc.html" → "abc"; other names → null. */
    static String idOf(String fileName) {
        if (fileName.endsWith(".html.gz")) {
            return fileName.substring(0, fileName.length() - ".html.gz".length());
        }
        if (fileName.endsWith(".html")) {
            return fileName.substring(0, fileName.length() - ".html".length());
        }
        return null;
    }

    private static byte[] read(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
