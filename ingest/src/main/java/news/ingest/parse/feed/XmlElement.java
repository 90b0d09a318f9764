package news.ingest.parse.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a parsed feed, small and read-only once built: its name, attributes, children (elements and text
 * in document order) and the {@code xml:lang} and {@code xml:base} in force at it, inherited from its ancestors.
 */
final class XmlElement {
    private final String namespace;
    private final String localName;
    private final String qualifiedName;
    private final Map<String, String> attributes;
    private final String lang;
    private final String base;
    private final List<Object> children = new ArrayList<>();

    /**
     * @param attributes by local name for attributes without a namespace, {@code {namespace}local} for the others
     */
    XmlElement(String namespace, String localName, String qualifiedName, Map<String, String> attributes, String lang,
               String base) {
        this.namespace = namespace == null ? "" : namespace;
        this.localName = localName;
        this.qualifiedName = qualifiedName;
        this.attributes = Map.copyOf(attributes);
        this.lang = lang;
        this.base = base;
    }

    void add(Object child) {
        children.add(child);
    }

    String namespace() {
        return namespace;
    }

    String localName() {
        return localName;
    }

    /** The name as written, with its prefix: what a person sees in the file. */
    String qualifiedName() {
        return qualifiedName;
    }

    boolean is(String ns, String local) {
        return namespace.equals(ns) && localName.equals(local);
    }

    /** The {@code xml:lang} in force here, or null. */
    String lang() {
        return lang;
    }

    /** The {@code xml:base} in force here, or null. */
    String base() {
        return base;
    }

    String attribute(String name) {
        return attributes.get(name);
    }

    List<XmlElement> elements() {
        return children.stream().filter(XmlElement.class::isInstance).map(XmlElement.class::cast).toList();
    }

    List<XmlElement> children(String ns, String local) {
        return elements().stream().filter(e -> e.is(ns, local)).toList();
    }

    Optional<XmlElement> child(String ns, String local) {
        return elements().stream().filter(e -> e.is(ns, local)).findFirst();
    }

    /** The stripped text of the first such child, or null when there is none or it is blank. */
    String childText(String ns, String local) {
        return child(ns, local).map(XmlElement::text).map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
    }

    /** All the text inside, markup dropped. */
    String text() {
        var text = new StringBuilder();
        appendText(text);
        return text.toString();
    }

    private void appendText(StringBuilder text) {
        for (Object child : children) {
            if (child instanceof XmlElement element) {
                element.appendText(text);
            } else {
                text.append(child);
            }
        }
    }

    boolean hasElements() {
        return children.stream().anyMatch(XmlElement.class::isInstance);
    }

    /**
     * The content as HTML: the text when there are only characters (escaped or CDATA HTML arrives as text), or the
     * child elements written back as markup when the HTML was put in literally (Atom {@code xhtml} content, or an
     * RSS description that forgot to escape it).
     */
    String innerMarkup() {
        if (!hasElements()) {
            return text();
        }
        var markup = new StringBuilder();
        for (Object child : children) {
            if (child instanceof XmlElement element) {
                element.appendMarkup(markup);
            } else {
                markup.append(escape(child.toString(), false));
            }
        }
        return markup.toString();
    }

    private void appendMarkup(StringBuilder markup) {
        markup.append('<').append(localName);
        attributes.forEach((name, value) -> {
            if (!name.startsWith("{")) {
                markup.append(' ').append(name).append("=\"").append(escape(value, true)).append('"');
            }
        });
        markup.append('>').append(innerMarkup()).append("</").append(localName).append('>');
    }

    private static String escape(String text, boolean attribute) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return attribute ? escaped.replace("\"", "&quot;") : escaped;
    }

    @Override
    public String toString() {
        return "<" + qualifiedName + ">";
    }
}
