package news.enrich.topics;

import java.util.List;
import news.events.Entity;
import news.events.TopicScore;

/** Scores one article on IPTC Media Topics. Built once, immutable and thread-safe; pure apart from its model. */
public interface TopicScorer {

    /** The topics the article is about, best first, scores in 0..1. */
    List<TopicScore> score(String title, String body, List<Entity> entities);

    /** Scores nothing: for topologies under test that are about something else. */
    TopicScorer NONE = (title, body, entities) -> List.of();
}
