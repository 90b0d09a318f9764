package news.enrich.entities;

/**
 * One mention found in a text before resolution: its type, its character offsets {@code [start, end)} in that
 * text, its surface form and, for MONEY, PERCENT and DATE, its normalised value (null when it cannot be resolved).
 */
public record Span(String type, int start, int end, String text, String value) {

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
