package news.enrich.entities;

/**
 * One token of a text: its surface form and its character offsets {@code [start, end)} in that text.
 *
 * @param text  the characters of the text between {@code start} and {@code end}
 */
public record Token(String text, int start, int end) {
}
