package news.events;

import java.util.List;

/**
 * An IPTC Media Topic assigned to an article.
 *
 * @param code     the eight-digit media topic code, for example {@code 11000000}
 * @param uri      {@code medtop:} plus the code
 * @param level    1 for top-level topics, deeper levels count down the tree
 * @param score    0..1
 * @param evidence the terms that support the topic
 */
public record TopicScore(String code, String uri, String label, int level, double score, List<String> evidence) {
    public TopicScore {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
