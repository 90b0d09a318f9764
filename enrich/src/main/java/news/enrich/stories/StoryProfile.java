package news.enrich.stories;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import news.events.StoreSerde;

/**
 * What a story remembers of its members: a bounded centroid, the vectors of its latest members, its entity
 * registry and its times.
 *
 * @param id        the story id: the id of its first article
 * @param firstSeen the {@code ingestedAt} of its first article
 * @param lastSeen  the latest {@code ingestedAt} among its members: the story accepts members until
 *                  {@code lastSeen + open-for}
 * @param members   how many articles joined it
 * @param centroid  the sum of its members' unit vectors, cut to the heaviest {@code profile-terms} weights
 * @param recent    the unit vectors of its latest members (newest last), each cut to its heaviest weights
 * @param entities  its entity registry: one id and canonical name per entity, whatever the spelling
 */
public record StoryProfile(String id, Instant firstSeen, Instant lastSeen, int members, List<Weight> centroid,
                           List<List<Weight>> recent, List<StoryEntity> entities) {
    public StoryProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        centroid = centroid == null ? List.of() : List.copyOf(centroid);
        recent = recent == null ? List.of() : recent.stream().map(List::copyOf).toList();
        // A registry read from a store stays undecoded until used: most profiles read are candidates, compared
        // without it. It is immutable already.
        entities = entities == null ? List.of() : entities instanceof StoreSerde.Deferred ? entities
                : List.copyOf(entities);
    }
}
