package news.measure.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.measure.extract.EvalInputException;

/**
 * The active IPTC Media Topics (retired ones left out) with their levels, parents, en-US labels and definitions:
 * what {@code config/topics/iptc-mediatopics.tsv} holds. {@link #fromIkos(Path)} derives it from IPTC's own
 * {@code cptall-en-US.json} (IKOS JSON-LD), so the table can be regenerated from a newer IPTC release.
 *
 * @param concepts in tree order: every parent before its children, top-level topics in code order
 */
public record IptcTaxonomy(String release, List<Concept> concepts) {
    /** The codes, labels and definitions are IPTC's, under CC BY 4.0; the attribution travels with the table. */
    public static final String ATTRIBUTION = "IPTC Media Topics, (c) IPTC International Press Telecommunications "
            + "Council, https://iptc.org/standards/media-topics/, licensed under CC BY 4.0 "
            + "(https://creativecommons.org/licenses/by/4.0/)";

    /** One concept: {@code parent} is null for the 17 top-level topics. */
    public record Concept(String code, int level, String parent, String label, String definition) {
    }

    public IptcTaxonomy {
        concepts = List.copyOf(concepts);
    }

    public Map<String, Concept> byCode() {
        var map = new LinkedHashMap<String, Concept>();
        concepts.forEach(c -> map.put(c.code(), c));
        return map;
    }

    /** The top-level ancestor of a concept (itself for a top-level one). */
    public Concept top(Concept concept) {
        Map<String, Concept> codes = byCode();
        Concept c = concept;
        while (c.parent() != null) {
            c = codes.get(c.parent());
        }
        return c;
    }

    /** The ancestor of a concept at level 2, or null for a top-level one. */
    public Concept secondLevel(Concept concept) {
        Map<String, Concept> codes = byCode();
        Concept c = concept;
        while (c.level() > 2) {
            c = codes.get(c.parent());
        }
        return c.level() == 2 ? c : null;
    }

    /** Reads the table in {@code dir} (or the default or built-in one; see {@link TopicTables}). */
    public static IptcTaxonomy read(Path dir) throws EvalInputException, IOException {
        var concepts = new ArrayList<Concept>();
        for (String[] row : TopicTables.rows(dir, TopicTables.TAXONOMY)) {
            if (row.length != 5 || !row[0].matches("[0-9]{8}") || !row[1].matches("[1-9]")) {
                throw new EvalInputException(TopicTables.TAXONOMY + ": bad row " + String.join("\\t", row));
            }
            concepts.add(new Concept(row[0], Integer.parseInt(row[1]), row[2].isEmpty() ? null : row[2], row[3],
                    row[4]));
        }
        return new IptcTaxonomy("", concepts);
    }

    /** Derives the table from IPTC's IKOS JSON-LD file of the scheme ({@code cptall-en-US.json}). */
    public static IptcTaxonomy fromIkos(Path json) throws EvalInputException, IOException {
        if (!Files.isRegularFile(json)) {
            throw new EvalInputException("no such file: " + json);
        }
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        if (!root.path("conceptSet").isArray() || !root.path("hasTopConcept").isArray()) {
            throw new EvalInputException(json + " is not an IPTC IKOS scheme file (no conceptSet, hasTopConcept)");
        }
        Map<String, JsonNode> byCode = new HashMap<>();
        for (JsonNode node : root.path("conceptSet")) {
            byCode.put(code(node.path("qcode").asText(node.path("uri").asText())), node);
        }
        var concepts = new ArrayList<Concept>();
        var queue = new ArrayDeque<Concept>();
        // Depth first, children in code order: parents come before children and the order is stable.
        var tops = new ArrayList<String>();
        root.path("hasTopConcept").forEach(t -> tops.add(code(t.asText())));
        tops.sort(null);
        for (int i = tops.size() - 1; i >= 0; i--) {
            JsonNode node = byCode.get(tops.get(i));
            if (node != null && !node.has("retired")) {
                queue.push(concept(node, tops.get(i), 1, null));
            }
        }
        while (!queue.isEmpty()) {
            Concept concept = queue.pop();
            concepts.add(concept);
            var children = new ArrayList<String>();
            byCode.get(concept.code()).path("narrower").forEach(n -> children.add(code(n.asText())));
            children.sort(null);
            for (int i = children.size() - 1; i >= 0; i--) {
                JsonNode child = byCode.get(children.get(i));
                if (child != null && !child.has("retired")) {
                    queue.push(concept(child, children.get(i), concept.level() + 1, concept.code()));
                }
            }
        }
        return new IptcTaxonomy(root.path("dateReleased").asText(""), concepts);
    }

    private static Concept concept(JsonNode node, String code, int level, String parent) {
        return new Concept(code, level, parent, clean(node.path("prefLabel").path("en-US").asText("")),
                clean(node.path("definition").path("en-US").asText("")));
    }

    private static String code(String qcodeOrUri) {
        String s = qcodeOrUri.strip();
        int cut = Math.max(s.lastIndexOf(':'), s.lastIndexOf('/'));
        return s.substring(cut + 1);
    }

    private static String clean(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    /** Writes the table with its attribution header. */
    public void write(Path file, String source) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# " + ATTRIBUTION + ".\n");
            out.write("# Active concepts of the IPTC Media Topics scheme, released " + release + ", derived from " + source
                    + "\n# by `newsflow train topics --iptc FILE`: code, level (1 = top), parent code, en-US label, en-US"
                    + " definition.\n# Retired concepts are left out; labels and definitions are IPTC's, unchanged.\n");
            for (Concept c : concepts) {
                out.write(String.join("\t", c.code(), Integer.toString(c.level()), c.parent() == null ? "" : c.parent(),
                        c.label(), c.definition()) + "\n");
            }
        }
    }
}
