package news.ingest.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders elements as plain text the way a reader sees them: whitespace collapsed, one paragraph per block
 * element, paragraphs separated by a blank line, {@code <br>} as a line break, {@code <pre>} kept as written.
 */
final class TextRenderer {
    private final Predicate<Element> skip;
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int preDepth;

    /** @param skip elements left out together with everything inside them */
    TextRenderer(Predicate<Element> skip) {
        this.skip = skip;
    }

    /** The paragraphs of the given elements, in order. */
    static List<String> paragraphs(List<Element> roots, Predicate<Element> skip) {
        var renderer = new TextRenderer(skip);
        for (Element root : roots) {
            renderer.render(root);
            renderer.breakParagraph();
        }
        return renderer.paragraphs;
    }

    private void render(Node root) {
        // Iterative walk: malformed pages can nest thousands of unclosed elements.
        Node node = root;
        int depth = 0;
        while (true) {
            boolean descend = enter(node);
            if (descend && node.childNodeSize() > 0) {
                node = node.childNode(0);
                depth++;
                continue;
            }
            if (descend) {
                leave(node);
            }
            while (depth > 0 && node.nextSibling() == null) {
                node = node.parent();
                depth--;
                leave(node);
            }
            if (depth == 0) {
                return;
            }
            node = node.nextSibling();
        }
    }

    /** Handles the opening of a node; false when its content is skipped. */
    private boolean enter(Node node) {
        if (node instanceof TextNode text) {
            append(text.getWholeText());
            return true;
        }
        if (!(node instanceof Element element)) {
            return false;
        }
        if (skip.test(element)) {
            return false;
        }
        String tag = element.normalName();
        if (tag.equals("br")) {
            lineBreak();
        } else if (Html.isBlock(tag)) {
            breakParagraph();
        }
        if (tag.equals("pre")) {
            preDepth++;
        }
        return true;
    }

    private void leave(Node node) {
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (tag.equals("pre")) {
            preDepth--;
        }
        if (Html.isBlock(tag)) {
            breakParagraph();
        } else if (Html.SEPARATED_INLINE.contains(tag)) {
            space();
        }
    }

    private void append(String text) {
        if (preDepth > 0) {
            current.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Html.isWhitespace(c)) {
                space();
            } else {
                current.append(c);
            }
        }
    }

    private void space() {
        int length = current.length();
        if (length > 0 && current.charAt(length - 1) != ' ' && current.charAt(length - 1) != '\n') {
            current.append(' ');
        }
    }

    /** One {@code <br>} breaks the line; a second one in a row ends the paragraph, as it reads. */
    private void lineBreak() {
        trimTrailingSpace();
        int length = current.length();
        if (length > 0 && current.charAt(length - 1) == '\n') {
            current.setLength(length - 1);
            breakParagraph();
        } else if (length > 0) {
            current.append('\n');
        }
    }

    private void breakParagraph() {
        trimTrailingSpace();
        if (current.length() > 0 && current.charAt(current.length() - 1) == '\n') {
            current.setLength(current.length() - 1);
        }
        String paragraph = current.toString().strip();
        current.setLength(0);
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
    }

    private void trimTrailingSpace() {
        int length = current.length();
        while (length > 0 && current.charAt(length - 1) == ' ') {
            length--;
        }
        current.setLength(length);
    }
}
