package news.ingest.parse.html;

import static news.ingest.parse.html.BoilerplateRules.BODY;
import static news.ingest.parse.html.BoilerplateRules.FURNITURE;
import static news.ingest.parse.html.BoilerplateRules.NEGATIVE;
import static news.ingest.parse.html.BoilerplateRules.POSITIVE;
import static news.ingest.parse.html.BoilerplateRules.PROTECTED;
import static news.ingest.parse.html.BoilerplateRules.UNLIKELY;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main text of an article page. Own implementation of the Readability idea (score text blocks, credit
 * their ancestors, pick the best container, add related siblings, then clean it), with the container's text
 * rendered paragraph by paragraph, plus what Readability lacks for news pages: furniture dropped in every attempt
 * (comments, share bars, related links), marked article bodies trusted even when short, bodies cut into chunks by
 * advertisements joined again, the headline and its byline block left out, teaser links and link lists inside the
 * article removed. Written here rather than taken from readability4j because, measured with {@code eval extract}
 * on the article-extraction benchmark's development pages, readability4j reaches F1 0.939 (it returns only the
 * title on some pages and over-extracts on others) where this reaches 0.98.
 *
 * <p>Does not change the document. Thread-safe: all state is per call.
 */
final class ContentExtractor {
    /** Elements that never hold article text. */
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "video", "audio", "source", "track", "map", "button", "input", "select",
            "option", "textarea", "dialog", "link", "meta", "head", "title", "figcaption", "math");
    /** Page regions that hold no article text, unless a page marks its article body inside one. */
    private static final Set<String> REGIONS = Set.of("nav", "aside", "footer", "header", "menu");
    /** Microdata properties that mark metadata shown on the page (dates, bylines, tags), never body text. */
    private static final Set<String> METADATA_PROPERTIES = Set.of("datepublished", "datemodified", "datecreated",
            "author", "creator", "publisher", "keywords", "articlesection", "contributor");
    private static final Set<String> NEVER_FURNITURE = Set.of("body", "html", "article", "main", "a", "p");
    private static final Set<String> FURNITURE_ROLES = Set.of("menu", "menubar", "complementary", "navigation",
            "alert", "alertdialog", "dialog", "banner", "contentinfo", "search");
    private static final Set<String> CLEANED = Set.of("div", "section", "table", "ul", "ol", "form", "figure",
            "dl", "fieldset", "center", "aside", "header", "footer");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i)\\.(jpe?g|png|gif|webp|avif|bmp|tiff?)([?#].*)?$");
    private static final Pattern SHOWN_ADDRESS = Pattern.compile("(?i)https?://|www\\.");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    /** A block with less own text than this is no paragraph. */
    private static final int MIN_PARAGRAPH_CHARS = 25;
    /** An attempt that finds less text than this tries again with fewer rules... */
    private static final int MIN_ARTICLE_CHARS = 500;
    /** ...unless it found the block the page marks as its article body and that has at least this much text. */
    private static final int MIN_MARKED_BODY_CHARS = 100;
    private static final int CLASS_WEIGHT = 25;
    /** Own text of a block that reads as a real paragraph rather than a label or a caption. */
    private static final int LONG_PARAGRAPH_CHARS = 80;
    /** The label before a teaser link ("Read more:", "Related:") is no longer than this. */
    private static final int MAX_LABEL_CHARS = 30;
    /** Headline, byline, date and share buttons together stay under this. */
    private static final int MAX_HEADER_CHARS = 400;

    private final BoilerplateRules rules;

    ContentExtractor(BoilerplateRules rules) {
        this.rules = rules;
    }

    /** The attempts, strictest first: each later one drops a rule that can lose text on unusual pages. */
    private enum Mode {
        STRICT(true, true, true), KEEP_UNLIKELY(false, true, true), NO_CLASS_WEIGHTS(false, false, true),
        LENIENT(false, false, false);

        final boolean stripUnlikely;
        final boolean weighClasses;
        final boolean cleanConditionally;

        Mode(boolean stripUnlikely, boolean weighClasses, boolean cleanConditionally) {
            this.stripUnlikely = stripUnlikely;
            this.weighClasses = weighClasses;
            this.cleanConditionally = cleanConditionally;
        }
    }

    /**
     * What an extraction found and why: the elements the text was taken from and the attempt that found it.
     *
     * @param mode the name of the attempt, for tests and diagnosis
     */
    record Extraction(List<String> paragraphs, List<Element> roots, String mode, boolean markedBody) {
        int length() {
            return paragraphs.stream().mapToInt(String::length).sum();
        }
    }

    /**
     * The article's paragraphs, or an empty list when the page has no text.
     *
     * @param title the headline found in the page's metadata, left out of the body; null when unknown
     */
    List<String> extract(Element body, String title) {
        return extractWithEvidence(body, title).paragraphs();
    }

    Extraction extractWithEvidence(Element body, String title) {
        var page = new Page(body, title);
        Extraction best = null;
        for (Mode mode : Mode.values()) {
            Extraction extraction = new Attempt(page, mode).run();
            if (extraction.length() >= MIN_ARTICLE_CHARS
                    || extraction.markedBody() && extraction.length() >= MIN_MARKED_BODY_CHARS) {
                return extraction;
            }
            if (best == null || extraction.length() > best.length()) {
                best = extraction;
            }
        }
        return best;
    }

    /** What does not change between attempts: hidden elements, class and id verdicts, marked bodies. */
    private final class Page {
        final Element body;
        final Set<Element> hidden = identitySet();
        final Set<Element> furniture = identitySet();
        final Set<Element> unlikely = identitySet();
        final Set<Element> markedBodies = identitySet();
        final Map<Element, Integer> weights = new IdentityHashMap<>();
        /** The headline: the {@code <h1>} that repeats the title, else the first visible one. Not body text. */
        final Element headline;
        /** The headline text from the metadata, normalised for comparison, or an empty string. */
        final String title;
        private final Map<String, Integer> verdicts = new HashMap<>();

        Page(Element body, String title) {
            this.body = body;
            this.title = title == null ? "" : comparable(title);
            List<Element> all = body.getAllElements();
            Map<Element, Integer> flags = new IdentityHashMap<>();
            // Containers of the headline, the main element or a marked body are never furniture.
            Set<Element> essential = identitySet();
            Set<Element> bodyLine = identitySet();
            for (Element element : all) {
                int classFlags = verdict(element.className());
                int idFlags = verdict(element.id());
                int both = classFlags | idFlags;
                if (both != 0) {
                    flags.put(element, both);
                }
                String tag = element.normalName();
                boolean marked = (both & BODY) != 0 || "articleBody".equals(element.attr("itemprop"));
                if (marked) {
                    markedBodies.add(element);
                    for (Element up = element; up != null && bodyLine.add(up); up = up.parent()) {
                        // marks the element and its ancestors
                    }
                }
                if (marked || tag.equals("h1") || tag.equals("main")) {
                    for (Element up = element; up != null && essential.add(up); up = up.parent()) {
                        // marks the element and its ancestors
                    }
                }
                int weight = weight(classFlags) + weight(idFlags);
                if (weight != 0) {
                    weights.put(element, weight);
                }
            }
            for (Element element : all) {
                String tag = element.normalName();
                if (NEVER_TEXT.contains(tag) || isHidden(element)
                        || REGIONS.contains(tag) && !bodyLine.contains(element)) {
                    hidden.add(element);
                    continue;
                }
                if (essential.contains(element) || NEVER_FURNITURE.contains(tag)) {
                    continue;
                }
                int both = flags.getOrDefault(element, 0);
                // Furniture words outweigh the generic "protected" ones ("post-share", "article-related").
                if ((both & FURNITURE) != 0) {
                    furniture.add(element);
                } else if ((both & PROTECTED) == 0 && (both & UNLIKELY) != 0
                        || FURNITURE_ROLES.contains(element.attr("role"))) {
                    unlikely.add(element);
                }
            }
            this.headline = headline(body.getElementsByTag("h1"));
        }

        private Element headline(List<Element> headings) {
            Element firstVisible = null;
            for (Element heading : headings) {
                if (isInside(heading, hidden)) {
                    continue;
                }
                if (!title.isEmpty() && comparable(heading.text()).equals(title)) {
                    return heading;
                }
                if (firstVisible == null) {
                    firstVisible = heading;
                }
            }
            return firstVisible;
        }

        private int verdict(String name) {
            if (name.isEmpty()) {
                return 0;
            }
            return verdicts.computeIfAbsent(name, rules::flags);
        }

        private static int weight(int flags) {
            return ((flags & POSITIVE) != 0 ? CLASS_WEIGHT : 0) - ((flags & NEGATIVE) != 0 ? CLASS_WEIGHT : 0);
        }
    }

    private static <T> Set<T> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** Hidden from readers, or page metadata (microdata dates and bylines). */
    private static boolean isHidden(Element element) {
        if (element.hasAttr("hidden")) {
            return true;
        }
        String property = element.attr("itemprop");
        if (!property.isEmpty() && METADATA_PROPERTIES.contains(property.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String style = element.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    /** Per-element text statistics of one attempt. */
    private static final class Stat {
        final int index;
        int text;
        int links;
        int commas;
        /** Text in the element's own inline content, outside its block children. */
        int ownText;
        int ownCommas;
        int lineBreaks;
        int blockChildren;
        int paragraphs;
        int paragraphText;
        int images;
        int listItems;
        int listText;
        /** Blocks inside with a sentence's worth of own text and few links: what article text looks like. */
        int longParagraphs;
        /** Images inside links to other pages: the thumbnails of teasers for other articles. */
        int linkedImages;
        double score;
        boolean candidate;

        Stat(int index) {
            this.index = index;
        }

        double linkDensity() {
            return text == 0 ? 0 : (double) links / text;
        }
    }

    private final class Attempt {
        final Page page;
        final Mode mode;
        final Map<Element, Stat> stats = new IdentityHashMap<>();
        /** The measured elements in document order, so that ties are broken the same way every time. */
        final List<Element> order = new ArrayList<>();
        /** The block around the headline with the byline, date and share buttons, or null. */
        Element headerBlock;

        Attempt(Page page, Mode mode) {
            this.page = page;
            this.mode = mode;
        }

        boolean dropped(Element element) {
            return page.hidden.contains(element) || page.furniture.contains(element)
                    || mode.stripUnlikely && page.unlikely.contains(element);
        }

        int weight(Element element) {
            return mode.weighClasses ? page.weights.getOrDefault(element, 0) : 0;
        }

        Extraction run() {
            measure();
            List<Element> candidates = scoreParagraphs();
            if (candidates.isEmpty()) {
                List<Element> roots = List.of(page.body);
                return new Extraction(withoutTitle(TextRenderer.paragraphs(roots, this::skip)), roots, mode.name(),
                        false);
            }
            Element top = null;
            double topScore = Double.NEGATIVE_INFINITY;
            for (Element candidate : candidates) {
                Stat stat = stats.get(candidate);
                stat.score *= 1 - stat.linkDensity();
                if (stat.score > topScore) {
                    topScore = stat.score;
                    top = candidate;
                }
            }
            top = refine(top, candidates);
            headerBlock = headerBlock();
            List<Element> content = withSameClass(top, withSiblings(top));
            List<String> paragraphs = TextRenderer.paragraphs(content,
                    element -> skip(element) || clean(element, content));
            return new Extraction(withoutTitle(paragraphs), content, mode.name(), holdsMarkedBody(content));
        }

        /** Drops a first line that repeats the title: pages without an {@code <h1>} still show their headline. */
        private List<String> withoutTitle(List<String> paragraphs) {
            if (paragraphs.isEmpty() || page.title.isEmpty()) {
                return paragraphs;
            }
            String first = paragraphs.get(0);
            int newline = first.indexOf('\n');
            String line = newline < 0 ? first : first.substring(0, newline);
            if (!comparable(line).equals(page.title)) {
                return paragraphs;
            }
            List<String> rest = new ArrayList<>(paragraphs.subList(1, paragraphs.size()));
            if (newline >= 0) {
                rest.add(0, first.substring(newline + 1));
            }
            return rest;
        }

        /** One bottom-up pass over the page, leaving out dropped elements. */
        private void measure() {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof Element element) {
                        if (dropped(element)) {
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        stats.put(element, new Stat(order.size()));
                        order.add(element);
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof TextNode text) {
                        Element parent = (Element) text.parentNode();
                        Stat stat = parent == null ? null : stats.get(parent);
                        if (stat != null) {
                            String whole = text.getWholeText();
                            int length = visibleLength(whole);
                            int commas = commas(whole);
                            stat.text += length;
                            stat.ownText += length;
                            stat.commas += commas;
                            stat.ownCommas += commas;
                        }
                    } else if (node instanceof Element element && element != page.body) {
                        addToParent(element);
                    }
                    return FilterResult.CONTINUE;
                }
            }, page.body);
        }

        private void addToParent(Element element) {
            Stat stat = stats.get(element);
            Stat parent = element.parent() == null ? null : stats.get(element.parent());
            if (stat == null || parent == null) {
                return;
            }
            String tag = element.normalName();
            parent.text += stat.text;
            parent.commas += stat.commas;
            parent.links += tag.equals("a") ? stat.text : stat.links;
            parent.paragraphs += stat.paragraphs + (tag.equals("p") ? 1 : 0);
            parent.paragraphText += tag.equals("p") ? stat.text : stat.paragraphText;
            parent.images += stat.images + (tag.equals("img") ? 1 : 0);
            parent.listItems += stat.listItems + (tag.equals("li") ? 1 : 0);
            parent.listText += tag.equals("li") ? stat.text : stat.listText;
            parent.longParagraphs += stat.longParagraphs;
            parent.linkedImages += tag.equals("a") && stat.images > 0 && !IMAGE_FILE.matcher(element.attr("href")).find()
                    ? stat.images : stat.linkedImages;
            if (tag.equals("br")) {
                parent.lineBreaks++;
            } else if (Html.isInline(tag)) {
                parent.ownText += stat.text;
                parent.ownCommas += stat.commas;
                parent.lineBreaks += stat.lineBreaks;
            } else {
                parent.blockChildren++;
                if (stat.ownText >= LONG_PARAGRAPH_CHARS && stat.blockChildren == 0 && stat.linkDensity() < 0.25) {
                    parent.longParagraphs++;
                }
            }
        }

        /**
         * Credits every paragraph's score to its container and, less, to the containers above. A paragraph is an
         * element's own inline text; when the element also has block children, that text is a paragraph inside
         * it, so the element itself is its container. Returns the credited containers in document order.
         */
        private List<Element> scoreParagraphs() {
            List<Element> candidates = new ArrayList<>();
            for (Element element : order) {
                Stat stat = stats.get(element);
                if (stat.ownText < MIN_PARAGRAPH_CHARS || element == page.headline) {
                    continue;
                }
                // Text split by pairs of <br> reads as several paragraphs.
                int pieces = 1 + stat.lineBreaks / 2;
                double score = pieces + stat.ownCommas + Math.min(stat.ownText / 100, 3 * pieces);
                Element container = stat.blockChildren > 0 || element == page.body ? element : element.parent();
                for (int level = 0; container != null && level < 5; level++, container = container.parent()) {
                    Stat up = stats.get(container);
                    if (up == null) {
                        break;
                    }
                    if (!up.candidate) {
                        up.candidate = true;
                        up.score = initialScore(container);
                        candidates.add(container);
                    }
                    up.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                }
            }
            candidates.sort(Comparator.comparingInt(c -> stats.get(c).index));
            return candidates;
        }

        private double initialScore(Element element) {
            double score = switch (element.normalName()) {
                case "div", "article", "main" -> 5;
                case "pre", "td", "blockquote" -> 3;
                case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
                case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
                default -> 0;
            };
            return score + weight(element);
        }

        /**
         * The largest block around the headline that holds no real paragraph and little text: the article's header
         * with byline, date and share buttons, which is not body text.
         */
        private Element headerBlock() {
            if (page.headline == null || !stats.containsKey(page.headline)) {
                return null;
            }
            Element block = null;
            for (Element up = page.headline.parent(); up != null && up != page.body; up = up.parent()) {
                Stat stat = stats.get(up);
                if (stat == null || stat.longParagraphs > 0 || stat.text > MAX_HEADER_CHARS) {
                    break;
                }
                block = up;
            }
            return block;
        }

        /** Moves up from the best block to the container that holds the article's other strong blocks. */
        private Element refine(Element top, List<Element> candidates) {
            double topScore = stats.get(top).score;
            List<Element> close = new ArrayList<>();
            for (Element candidate : candidates) {
                if (candidate != top && stats.get(candidate).score >= topScore * 0.75) {
                    close.add(candidate);
                }
            }
            if (close.size() >= 3) {
                for (Element ancestor = top.parent(); ancestor != null && ancestor != page.body;
                        ancestor = ancestor.parent()) {
                    int contained = 0;
                    for (Element other : close) {
                        if (isAncestor(ancestor, other)) {
                            contained++;
                        }
                    }
                    if (contained >= 3) {
                        top = ancestor;
                        break;
                    }
                }
            }
            Stat topStat = stats.get(top);
            if (!topStat.candidate) {
                topStat.candidate = true;
                topStat.score = initialScore(top);
            }
            double lastScore = topStat.score;
            double threshold = lastScore / 3;
            for (Element parent = top.parent(); parent != null && parent != page.body; parent = parent.parent()) {
                Stat stat = stats.get(parent);
                if (stat == null || !stat.candidate) {
                    continue;
                }
                if (stat.score < threshold) {
                    break;
                }
                if (stat.score > lastScore) {
                    top = parent;
                    break;
                }
                lastScore = stat.score;
            }
            while (top != page.body && top.parent() != null && top.parent() != page.body
                    && childElements(top.parent()) == 1) {
                top = top.parent();
            }
            return top;
        }

        private int childElements(Element element) {
            int count = 0;
            for (Element child : element.children()) {
                if (stats.containsKey(child)) {
                    count++;
                }
            }
            return count;
        }

        /** The top block and the siblings that continue it: scored containers and text paragraphs. */
        private List<Element> withSiblings(Element top) {
            Element parent = top.parent();
            if (parent == null || top == page.body) {
                return List.of(top);
            }
            Stat topStat = stats.get(top);
            double threshold = Math.max(10, topStat.score * 0.2);
            List<Element> content = new ArrayList<>();
            for (Element sibling : parent.children()) {
                Stat stat = stats.get(sibling);
                if (stat == null) {
                    continue;
                }
                if (sibling == top) {
                    content.add(sibling);
                    continue;
                }
                double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                        ? topStat.score * 0.2 : 0;
                if (stat.candidate && stat.score + bonus >= threshold) {
                    content.add(sibling);
                } else if (sibling.normalName().equals("p") || stat.ownText == stat.text && stat.text > 0
                        && Html.isBlock(sibling.normalName())) {
                    double density = stat.linkDensity();
                    if (stat.text > 80 && density < 0.25
                            || stat.text > 0 && stat.text <= 80 && density == 0
                            && SENTENCE_END.matcher(sibling.text()).find()) {
                        content.add(sibling);
                    }
                }
            }
            return content;
        }

        /**
         * Adds the other blocks of the page that carry the top block's exact tag and class: an article cut into
         * chunks (by advertisements, for example) repeats its container.
         */
        private List<Element> withSameClass(Element top, List<Element> content) {
            String className = top.className();
            if (className.isBlank() || top == page.body) {
                return content;
            }
            List<Element> all = new ArrayList<>(content);
            for (Element element : order) {
                if (element == top || !element.normalName().equals(top.normalName())
                        || !element.className().equals(className)) {
                    continue;
                }
                Stat stat = stats.get(element);
                // Only chunks of running text: teaser cards that share a class with the article carry links.
                if (stat.longParagraphs == 0 || stat.linkDensity() > 0.25 || insideAny(element, all)
                        || containsAny(element, all)) {
                    continue;
                }
                all.add(element);
            }
            if (all.size() > content.size()) {
                all.sort(Comparator.comparingInt(e -> stats.get(e).index));
            }
            return all;
        }

        private boolean isTeaserLink(Stat stat) {
            return stat.images == 0 && stat.links > 0 && stat.links >= 0.5 * stat.text
                    && stat.text - stat.links <= MAX_LABEL_CHARS;
        }

        /** A link to a tag page among other such links (a list of tags), not one inside a sentence. */
        private boolean isTagList(Element link) {
            if (!link.attr("rel").toLowerCase(Locale.ROOT).contains("tag")) {
                return false;
            }
            Stat parent = link.parent() == null ? null : stats.get(link.parent());
            return parent == null || parent.linkDensity() > 0.5;
        }

        private boolean holdsMarkedBody(List<Element> content) {
            for (Element root : content) {
                for (Element up = root; up != null; up = up.parent()) {
                    if (page.markedBodies.contains(up)) {
                        return true;
                    }
                }
            }
            for (Element marked : page.markedBodies) {
                if (stats.containsKey(marked) && insideAny(marked, content)) {
                    return true;
                }
            }
            return false;
        }

        boolean skip(Element element) {
            return !stats.containsKey(element);
        }

        /** Conditional cleaning inside the chosen content: furniture that sits among the paragraphs. */
        boolean clean(Element element, List<Element> roots) {
            if (element == headerBlock && roots.size() > 1) {
                return true;
            }
            if (roots.contains(element)) {
                return false;
            }
            Stat stat = stats.get(element);
            String tag = element.normalName();
            int weight = weight(element);
            if (element == headerBlock || tag.equals("a") && isTagList(element)) {
                return true;
            }
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                return element == page.headline || weight < 0 || stat.linkDensity() > 0.33
                        || !page.title.isEmpty() && stat.text <= page.title.length() + 2
                        && comparable(element.text()).equals(page.title);
            }
            if (!mode.cleanConditionally) {
                return false;
            }
            if (tag.equals("p")) {
                // A paragraph that is a link, perhaps behind a label ("Read more:"), is a teaser for another page,
                // unless it shows the address itself.
                return weight < 0 || isTeaserLink(stat) && !SHOWN_ADDRESS.matcher(element.text()).find();
            }
            // Tag penalties (lists, forms) do not count here: only the class names speak against the block.
            double score = stat.candidate ? Math.max(0, stat.score) : 0;
            if (weight + score < 0 && (tag.equals("a") || Html.isBlock(tag)) && stat.longParagraphs == 0) {
                return true;
            }
            if (!CLEANED.contains(tag)) {
                return false;
            }
            if (weight + score < 0) {
                return true;
            }
            if (stat.commas >= 10) {
                return false;
            }
            if (stat.longParagraphs >= 2 && stat.linkedImages == 0) {
                // Real paragraphs: keep them whatever images or lists sit beside them, unless links dominate.
                return weight < CLASS_WEIGHT && stat.linkDensity() > 0.33;
            }
            boolean list = tag.equals("ul") || tag.equals("ol") || stat.text > 0 && stat.listText > 0.9 * stat.text;
            double density = stat.linkDensity();
            int paragraphs = stat.paragraphs;
            return stat.images > 1 && paragraphs < 0.5 * stat.images
                    || !list && stat.listText > stat.paragraphText && stat.listItems > paragraphs + 2
                    || !list && stat.text < MIN_PARAGRAPH_CHARS && (stat.images == 0 || stat.images > 2)
                    // Links inside running text are fine; blocks of link-heavy snippets are not.
                    || !list && weight < CLASS_WEIGHT && density > (stat.paragraphText >= 0.8 * stat.text ? 0.35 : 0.2)
                    || weight >= CLASS_WEIGHT && density > 0.5
                    // A list of nothing but links to other pages: related stories.
                    || list && density > 0.8 && !SHOWN_ADDRESS.matcher(element.text()).find();
        }
    }

    /** Whether the element or one of its ancestors is in the set. */
    private static boolean isInside(Element element, Set<Element> set) {
        for (Element up = element; up != null; up = up.parent()) {
            if (set.contains(up)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAny(Element element, List<Element> roots) {
        for (Element root : roots) {
            if (isAncestor(root, element)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(Element element, List<Element> roots) {
        for (Element root : roots) {
            if (isAncestor(element, root)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAncestor(Element ancestor, Element element) {
        for (Element up = element.parent(); up != null; up = up.parent()) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, whitespace collapsed: for comparing a heading with the title. */
    private static String comparable(String text) {
        return MetadataReader.collapse(text).toLowerCase(Locale.ROOT);
    }

    /** Characters a reader sees: every run of whitespace counts as one. */
    static int visibleLength(String text) {
        int length = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            if (Html.isWhitespace(text.charAt(i))) {
                if (!space) {
                    length++;
                    space = true;
                }
            } else {
                length++;
                space = false;
            }
        }
        return length;
    }

    private static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
                commas++;
            }
        }
        return commas;
    }
}
