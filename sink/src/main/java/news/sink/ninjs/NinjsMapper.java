package news.sink.ninjs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.events.EnrichedArticle;
import news.events.Entity;
import news.events.TopicScore;

/**
 * Maps an enriched article to an IPTC ninjs 2.2 document. ninjs forbids properties it does not define, so this is
 * a strict mapping of its own rather than newsflow's format with extra fields, and absent values are left out
 * (the schema allows no nulls). Pure and deterministic: the same article always gives the same document.
 *
 * <ul>
 * <li>{@code uri}: {@code urn:newsflow:article:<id>}; {@code altids}: the article id, the source file's sha256
 * and the article's own URL when known</li>
 * <li>{@code versioncreated}: when enrich made this version; {@code firstcreated}: the publication time, else the
 * ingest time</li>
 * <li>{@code subjects}: the IPTC Media Topics with {@code medtop} URIs and relevance 0–100 (score × 100)</li>
 * <li>{@code people}, {@code organisations}, {@code places}: the entities of those types, {@code rel} "about"
 * for salience ≥ 0.5, "mentions" otherwise, {@code literal} the entity id</li>
 * <li>{@code associations}: the story ({@code urn:newsflow:story:<id>}) and, for a near-duplicate, the
 * original</li>
 * </ul>
 */
public final class NinjsMapper {
    public static final String MEDIATOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/";
    private static final double ABOUT_SALIENCE = 0.5;

    private NinjsMapper() {
    }

    public static Map<String, Object> toNinjs(EnrichedArticle article) {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("uri", articleUri(article.id()));
        doc.put("type", "text");
        doc.put("versioncreated", article.enrichedAt().toString());
        doc.put("firstcreated", (article.published() != null ? article.published() : article.ingestedAt()).toString());
        putIfPresent(doc, "language", article.language());
        putIfPresent(doc, "by", article.byline());
        doc.put("headlines", List.of(Map.of("role", "main", "value", article.title())));
        doc.put("bodies", List.of(ordered("role", "main", "contenttype", "text/plain", "value", article.body())));
        putIfNotEmpty(doc, "subjects", article.topics().stream().map(NinjsMapper::subject).toList());
        putIfNotEmpty(doc, "people", entities(article, "PERSON"));
        putIfNotEmpty(doc, "organisations", entities(article, "ORGANIZATION"));
        putIfNotEmpty(doc, "places", entities(article, "LOCATION"));
        var altids = new ArrayList<Map<String, Object>>();
        altids.add(ordered("role", "newsflow-id", "value", article.id()));
        altids.add(ordered("role", "sha256", "value", article.source().sha256()));
        if (article.url() != null) {
            altids.add(ordered("role", "url", "value", article.url()));
        }
        doc.put("altids", altids);
        var associations = new ArrayList<Map<String, Object>>();
        associations.add(ordered("name", "story", "uri", "urn:newsflow:story:" + article.storyId(), "type", "composite"));
        if (article.duplicateOf() != null) {
            associations.add(ordered("name", "duplicate-of", "uri", articleUri(article.duplicateOf()), "type", "text"));
        }
        doc.put("associations", associations);
        return doc;
    }

    public static String articleUri(String id) {
        return "urn:newsflow:article:" + id;
    }

    private static Map<String, Object> subject(TopicScore topic) {
        return ordered("name", topic.label(), "rel", "about", "uri", MEDIATOPIC_URI + topic.code(),
                "relevance", (int) Math.round(Math.max(0, Math.min(1, topic.score())) * 100));
    }

    private static List<Map<String, Object>> entities(EnrichedArticle article, String type) {
        return article.entities().stream().filter(e -> type.equals(e.type())).map(NinjsMapper::entity).toList();
    }

    private static Map<String, Object> entity(Entity entity) {
        return ordered("name", entity.name(), "rel", entity.salience() >= ABOUT_SALIENCE ? "about" : "mentions",
                "literal", entity.id());
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static void putIfPresent(Map<String, Object> doc, String key, String value) {
        if (value != null && !value.isBlank()) {
            doc.put(key, value);
        }
    }

    private static void putIfNotEmpty(Map<String, Object> doc, String key, List<?> values) {
        if (!values.isEmpty()) {
            doc.put(key, values);
        }
    }
}
