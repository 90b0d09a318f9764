package news.measure.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.measure.extract.EvalInputException;

/**
 * The topic tables in {@code config/topics/}: which IPTC Media Topic a corpus label stands for
 * ({@code bbc-classes.tsv}, {@code reuters-topics.tsv}) and the IPTC taxonomy subset
 * ({@code iptc-mediatopics.tsv}) with newsflow's own terms for topics ({@code extra-terms.tsv}). Tab-separated; {@code #} starts a comment line. A table is read from a folder
 * given, else from {@code config/topics} under {@code $NEWSFLOW_HOME} or the working directory, else from the copy
 * built into the jar.
 */
public final class TopicTables {
    public static final String BBC_CLASSES = "bbc-classes.tsv";
    public static final String REUTERS_TOPICS = "reuters-topics.tsv";
    public static final String TAXONOMY = "iptc-mediatopics.tsv";
    public static final String EXTRA_TERMS = "extra-terms.tsv";
    private static final String BUILT_IN = "/newsflow/defaults/topics/";

    private TopicTables() {
    }

    /** The default folder of the tables: {@code config/topics} under NEWSFLOW_HOME or the working directory. */
    public static Path defaultDir() {
        String home = System.getenv("NEWSFLOW_HOME");
        return home != null ? Path.of(home, "config", "topics") : Path.of("config", "topics");
    }

    /** The rows of a table: its non-comment lines split at tabs. */
    public static List<String[]> rows(Path dir, String name) throws EvalInputException, IOException {
        Path file = dir == null ? null : dir.resolve(name);
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return rows(in);
            }
        }
        if (dir != null && !dir.equals(defaultDir())) {
            throw new EvalInputException("no such file: " + file);
        }
        try (InputStream in = TopicTables.class.getResourceAsStream(BUILT_IN + name)) {
            if (in == null) {
                throw new EvalInputException("no table " + name + " in " + dir + " nor built in");
            }
            return rows(in);
        }
    }

    static List<String[]> rows(InputStream in) throws IOException {
        var rows = new ArrayList<String[]>();
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(Arrays.stream(line.split("\t", -1)).map(String::strip).toArray(String[]::new));
        }
        return rows;
    }

    /** The rows of {@code extra-terms.tsv}: a media topic code and a term. */
    public static List<String[]> extraTerms(Path dir) throws EvalInputException, IOException {
        var rows = rows(dir, EXTRA_TERMS);
        for (String[] row : rows) {
            if (row.length != 2 || !row[0].matches("[0-9]{8}") || row[1].isBlank()) {
                throw new EvalInputException(EXTRA_TERMS + ": expected <code><TAB><term>, not " + String.join("\\t", row));
            }
        }
        return rows;
    }

    /** A label-to-codes table: the label, then one or more codes separated by commas. */
    public static Map<String, List<String>> labelCodes(Path dir, String name) throws EvalInputException, IOException {
        var map = new LinkedHashMap<String, List<String>>();
        for (String[] row : rows(dir, name)) {
            if (row.length < 2 || row[0].isEmpty()) {
                throw new EvalInputException(name + ": expected <label><TAB><code>[,<code>...], not " + String.join("\\t", row));
            }
            List<String> codes = Arrays.stream(row[1].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            for (String code : codes) {
                if (!code.matches("[0-9]{8}")) {
                    throw new EvalInputException(name + ": '" + code + "' (for " + row[0] + ") is not an 8-digit media topic code");
                }
            }
            if (map.put(row[0], codes) != null) {
                throw new EvalInputException(name + ": " + row[0] + " is listed twice");
            }
        }
        return map;
    }
}
