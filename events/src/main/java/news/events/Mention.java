package news.events;

/** One occurrence of an entity in the body: the surface text and its character offsets [start, end). */
public record Mention(String text, int start, int end) {
}
