package news.sink.entities;

import java.util.List;
import news.events.EnrichedArticle;
import news.events.Entity;
import news.events.Mention;
import org.apache.kafka.streams.KeyValue;

/** One record per entity of an article, keyed by entity id, for the entity profiles. */
public final class EntityMentions {
    private EntityMentions() {
    }

    public static List<KeyValue<String, EntityState.Mentioned>> of(String articleId, EnrichedArticle article) {
        return article.entities().stream()
                .map(entity -> KeyValue.pair(entity.id(), mentioned(article, entity)))
                .toList();
    }

    private static EntityState.Mentioned mentioned(EnrichedArticle article, Entity entity) {
        List<String> forms = entity.mentions().stream().map(Mention::text).distinct().sorted().toList();
        return new EntityState.Mentioned(article.id(), article.storyId(), entity.type(), entity.name(), forms,
                Math.max(1, entity.count()));
    }
}
