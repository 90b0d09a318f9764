package news.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the HTML fragments that feeds and JSON articles carry (an item's {@code content:encoded}, a ninjs
 * {@code text/html} body) into plain text: paragraphs separated by one blank line, lines inside a paragraph by
 * {@code \n}, runs of spaces as one, scripts, styles and embedded media dropped.
 *
 * <p>This is for fragments that are the article body already. Whole web pages, with navigation and boilerplate
 * to remove, are the HTML parser's job. Shared by the feed and the JSON formats, hence public.
 */
public final class HtmlText {
    /** A tag, comment or doctype: what tells HTML from text that merely holds a {@code <} or an {@code &}. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[A-Za-z][^<>]*>|<!--");
    private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern HORIZONTAL_SPACES = Pattern.compile("[\\h\\u00A0]+");

    /** Elements whose content is never article text. */
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "math", "canvas", "video", "audio", "select", "button", "input", "textarea", "head", "title");
    /** Elements that start and end a paragraph. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "blockquote", "pre", "address", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5",
            "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "caption", "hr",
            "details", "summary", "center", "form", "fieldset");
    /** Table cells stay on their row's line, apart by a space. */
    private static final Set<String> CELLS = Set.of("td", "th");

    private HtmlText() {
    }

    /** True when the text holds markup, not just a stray {@code <} or {@code &}. */
    public static boolean looksLikeHtml(String text) {
        return text != null && MARKUP.matcher(text).find();
    }

    /**
     * Text that may be HTML or plain, as RSS descriptions are: markup is rendered as paragraphs, plain text keeps
     * its own paragraphs, and character references left over from double escaping are decoded.
     */
    public static String text(String htmlOrText) {
        if (htmlOrText == null) {
            return "";
        }
        if (looksLikeHtml(htmlOrText)) {
            return fromHtml(htmlOrText);
        }
        return plain(ENTITY.matcher(htmlOrText).find() ? Parser.unescapeEntities(htmlOrText, false) : htmlOrText);
    }

    /** An HTML fragment as paragraphs of plain text. */
    public static String fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        var out = new Paragraphs();
        // parse, not parseBodyFragment: some providers send a whole document, whose <head> must stay out
        NodeTraversor.filter(new Renderer(out), Jsoup.parse(html).body());
        return out.finish();
    }

    /** Plain text with its paragraphs kept: lines stripped, blank-line runs as one blank line. */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        var out = new Paragraphs();
        out.append(text.replace("\r\n", "\n").replace('\r', '\n'), true);
        return out.finish();
    }

    /** Plain text as one line: every whitespace run one space, nothing else touched. */
    public static String oneLine(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** A one-line text such as a headline: markup and references rendered, every whitespace run one space. */
    public static String inline(String htmlOrText) {
        if (htmlOrText == null) {
            return "";
        }
        String text = htmlOrText;
        if (looksLikeHtml(text)) {
            text = Jsoup.parseBodyFragment(text).body().text();
        } else if (ENTITY.matcher(text).find()) {
            text = Parser.unescapeEntities(text, false);
        }
        return oneLine(text);
    }

    /** Walks the parsed fragment, opening a paragraph at each block element and a line at each {@code <br>}. */
    private static final class Renderer implements NodeFilter {
        private final Paragraphs out;
        private int preformatted;

        Renderer(Paragraphs out) {
            this.out = out;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                out.append(text.getWholeText(), preformatted > 0);
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (DROPPED.contains(name)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (name.equals("br")) {
                    out.lineBreak();
                } else if (CELLS.contains(name)) {
                    out.append(" ", false);
                } else if (BLOCKS.contains(name)) {
                    out.paragraphBreak();
                }
                if (name.equals("pre")) {
                    preformatted++;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (BLOCKS.contains(name)) {
                    out.paragraphBreak();
                }
                if (name.equals("pre")) {
                    preformatted--;
                }
            }
            return FilterResult.CONTINUE;
        }
    }

    /** Collects text into lines and paragraphs; a blank line inside collected text also ends a paragraph. */
    private static final class Paragraphs {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        /** Adds text; outside preformatted text a newline is just a space, as in HTML. */
        void append(String text, boolean keepNewlines) {
            current.append(keepNewlines ? text : SPACES.matcher(text).replaceAll(" "));
        }

        void lineBreak() {
            current.append('\n');
        }

        void paragraphBreak() {
            var lines = new ArrayList<String>();
            for (String line : current.toString().split("\n", -1)) {
                String stripped = HORIZONTAL_SPACES.matcher(line).replaceAll(" ").strip();
                if (stripped.isEmpty()) {
                    addParagraph(lines);
                } else {
                    lines.add(stripped);
                }
            }
            addParagraph(lines);
            current.setLength(0);
        }

        private void addParagraph(List<String> lines) {
            if (!lines.isEmpty()) {
                paragraphs.add(String.join("\n", lines));
                lines.clear();
            }
        }

        String finish() {
            paragraphBreak();
            return String.join("\n\n", paragraphs);
        }
    }
}
