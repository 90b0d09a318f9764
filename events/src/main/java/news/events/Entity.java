package news.events;

import java.util.List;

/**
 * An entity found in one article.
 *
 * @param id       {@code TYPE:normalised canonical name}
 * @param type     PERSON, ORGANIZATION, LOCATION, MISC, MONEY, PERCENT or DATE
 * @param name     the canonical name
 * @param salience 0..1, how central the entity is to the article
 * @param value    the normalised value for MONEY, PERCENT and DATE, otherwise null
 */
public record Entity(String id, String type, String name, List<Mention> mentions, int count, double salience,
                     String value) {
    public Entity {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
