package news.ingest.parse.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects a page embeds as JSON-LD ({@code <script type="application/ld+json">}), flattened out of
 * arrays and {@code @graph}s. Scripts that are not valid JSON are skipped: publishers often get them wrong.
 */
final class JsonLd {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
            "liveblogposting", "socialmediaposting", "report", "scholarlyarticle", "techarticle", "webpage",
            "medicalwebpage", "posting", "creativework");
    private static final int MAX_OBJECTS = 200;

    private final List<JsonNode> objects;

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
    }

    static JsonLd of(Document document) {
        var objects = new ArrayList<JsonNode>();
        for (Element script : document.getElementsByTag("script")) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            try {
                flatten(MAPPER.readTree(script.data()), objects);
            } catch (IOException | RuntimeException e) {
                // Not valid JSON: the page's other metadata still counts.
            }
        }
        return new JsonLd(objects);
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node == null || out.size() >= MAX_OBJECTS) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> flatten(item, out));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) {
                flatten(main, out);
            }
        }
    }

    /** The article-like objects first (news articles before generic web pages), then the rest. */
    List<JsonNode> articlesFirst() {
        var ranked = new ArrayList<JsonNode>();
        for (int rank = 0; rank < 3; rank++) {
            for (JsonNode object : objects) {
                if (rank(object) == rank) {
                    ranked.add(object);
                }
            }
        }
        return ranked;
    }

    /** 0: an article or posting, 1: a web page or other creative work, 2: anything else. */
    private static int rank(JsonNode object) {
        int best = 2;
        for (String type : types(object)) {
            String lower = type.toLowerCase(Locale.ROOT);
            if (lower.endsWith("article") || lower.endsWith("posting") || lower.equals("report")) {
                return 0;
            }
            if (ARTICLE_TYPES.contains(lower)) {
                best = 1;
            }
        }
        return best;
    }

    private static List<String> types(JsonNode object) {
        JsonNode type = object.get("@type");
        if (type == null) {
            return List.of();
        }
        if (type.isArray()) {
            var names = new ArrayList<String>();
            type.forEach(t -> names.add(t.asText()));
            return names;
        }
        return List.of(type.asText());
    }

    /** The first non-blank text value of a field among the article-like objects. */
    String text(String field) {
        for (JsonNode object : articlesFirst()) {
            if (rank(object) == 2) {
                break;
            }
            JsonNode value = object.get(field);
            String text = value == null ? null : firstText(value);
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return null;
    }

    /** Author names of the first article-like object that names any. */
    List<String> authors() {
        for (JsonNode object : articlesFirst()) {
            if (rank(object) == 2) {
                break;
            }
            var names = new ArrayList<String>();
            collectNames(object.get("author"), names);
            if (names.isEmpty()) {
                collectNames(object.get("creator"), names);
            }
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    private static void collectNames(JsonNode node, List<String> names) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> collectNames(item, names));
        } else if (node.isObject()) {
            collectNames(node.get("name"), names);
        } else if (node.isTextual()) {
            String name = node.asText().strip();
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
    }

    private static String firstText(JsonNode value) {
        if (value.isTextual() || value.isNumber()) {
            return value.asText();
        }
        if (value.isArray() && !value.isEmpty()) {
            return firstText(value.get(0));
        }
        if (value.isObject()) {
            JsonNode inner = value.has("@value") ? value.get("@value") : value.get("name");
            return inner == null ? null : firstText(inner);
        }
        return null;
    }
}
