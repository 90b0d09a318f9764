package news.measure.stories;

/**
 * One row of a UCI News Aggregator CSV, with only the columns the eval may use, and the gold story.
 *
 * @param line      the row's line number in the file (1 is the header), for messages
 * @param timestamp TIMESTAMP, epoch milliseconds
 * @param story     STORY: the gold label, never shown to the grouper
 */
public record Headline(long id, String title, String publisher, String hostname, long timestamp, String story,
                       int line) {
}
