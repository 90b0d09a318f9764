package news.enrich.entities;

import java.time.Instant;
import java.util.List;
import news.events.Entity;

/** Finds the entities of one article. Built once, immutable and thread-safe; pure apart from its model. */
public interface EntityExtractor {

    /**
     * @param published the article's publication time, for resolving relative dates; may be null
     */
    List<Entity> extract(String title, String body, Instant published);

    /** Finds nothing: for topologies under test that are about something else. */
    EntityExtractor NONE = (title, body, published) -> List.of();
}
