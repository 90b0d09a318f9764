package news.ingest.parse.feed;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import news.ingest.parse.TextDecoder;

/**
 * Reads untrusted XML into a tree of {@link XmlElement}s with the JDK's own StAX parser, configured so that a
 * document cannot make it read anything else or expand without bound:
 * <ul>
 *   <li>no DTD support: a {@code <!DOCTYPE>} is passed over unread, so no entity it declares exists. A reference to
 *       one (an XXE {@code file:///etc/passwd}, a billion-laughs {@code &lol9;}) is an undeclared entity and stops
 *       the parse at once, with nothing read and nothing expanded;</li>
 *   <li>external entities off, external DTD access forbidden, a resolver that refuses every request and the
 *       JDK's entity expansion limit lowered, in case a later parser version processes a DTD anyway;</li>
 *   <li>nesting deeper than {@value #MAX_DEPTH} elements refused (no feed needs it; deep trees cost stack).</li>
 * </ul>
 * Old RSS 0.91 feeds that carry a {@code <!DOCTYPE>} but use only the predefined entities still parse.
 */
final class SafeXml {
    static final int MAX_DEPTH = 256;
    /** The encoding named in an XML declaration, after an optional UTF-8 byte-order mark. */
    private static final Pattern DECLARED_ENCODING = Pattern.compile(
            "(?:\u00EF\u00BB\u00BF)?\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** The document as a whole cannot be read; the message says where and why. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private SafeXml() {
    }

    /**
     * Parses the bytes in the encoding they declare. A document that declares UTF-8, or nothing, but is not valid
     * UTF-8 is read as Windows-1252, the usual encoding of older CMS output (the parser would refuse it, and its
     * JDK implementation also prints that refusal to stderr).
     */
    static XmlElement parse(byte[] bytes) throws Unreadable {
        if (!mayBeUtf8Mislabelled(bytes) || isUtf8(bytes)) {
            return parse(factory -> factory.createXMLStreamReader(new ByteArrayInputStream(bytes)));
        }
        String text = TextDecoder.decode(bytes).orElseThrow(() -> new Unreadable("binary content: not a text file"));
        return parse(factory -> factory.createXMLStreamReader(new StringReader(text)));
    }

    private interface ReaderSource {
        XMLStreamReader open(XMLInputFactory factory) throws XMLStreamException;
    }

    private static XmlElement parse(ReaderSource source) throws Unreadable {
        XMLStreamReader reader = null;
        boolean sawDoctype = false;
        try {
            reader = source.open(factory());
            Deque<XmlElement> open = new ArrayDeque<>();
            XmlElement root = null;
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() >= MAX_DEPTH) {
                            throw new Unreadable("refused XML: " + at(reader.getLocation())
                                    + "elements nested deeper than " + MAX_DEPTH + " levels");
                        }
                        XmlElement element = element(reader, open.peek());
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().add(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().add(reader.getText());
                        }
                    }
                    case XMLStreamConstants.DTD -> sawDoctype = true;
                    default -> {
                        // comments, processing instructions, the document's start and end: nothing to keep
                    }
                }
            }
            if (root == null) {
                throw new Unreadable("malformed XML: no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            throw new Unreadable(describe(e, sawDoctype));
        } finally {
            close(reader);
        }
    }

    /** True unless a byte-order mark or the XML declaration says the document is in another encoding. */
    private static boolean mayBeUtf8Mislabelled(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0 || (bytes[0] & 0xFE) == 0xFE)) {
            return false; // UTF-16 or UTF-32, with or without a byte-order mark
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED_ENCODING.matcher(head);
        return !declared.lookingAt() || declared.group(1).equalsIgnoreCase("utf-8")
                || declared.group(1).equalsIgnoreCase("utf8");
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static XMLInputFactory factory() {
        // newDefaultFactory: the JDK's parser, whatever else is on the class path, so these settings mean what they say
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty("jdk.xml.entityExpansionLimit", "1000");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }

    private static XmlElement element(XMLStreamReader reader, XmlElement parent) {
        Map<String, String> attributes = new HashMap<>();
        String lang = parent == null ? null : parent.lang();
        String base = parent == null ? null : parent.base();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String ns = reader.getAttributeNamespace(i);
            String name = reader.getAttributeLocalName(i);
            String value = reader.getAttributeValue(i);
            if (XMLConstants.XML_NS_URI.equals(ns) && name.equals("lang")) {
                lang = value.isBlank() ? null : value.strip();
            } else if (XMLConstants.XML_NS_URI.equals(ns) && name.equals("base")) {
                base = resolve(base, value.strip());
            }
            attributes.put(ns == null || ns.isEmpty() ? name : "{" + ns + "}" + name, value);
        }
        String prefix = reader.getPrefix();
        String local = reader.getLocalName();
        String qualified = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
        return new XmlElement(reader.getNamespaceURI(), local, qualified, attributes, lang, base);
    }

    /** A reference resolved against a base URI; as written when either is not a usable URI. */
    static String resolve(String base, String reference) {
        if (base == null || reference == null) {
            return reference;
        }
        try {
            return URI.create(base).resolve(reference).toString();
        } catch (IllegalArgumentException e) {
            return reference;
        }
    }

    private static String describe(XMLStreamException e, boolean sawDoctype) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int marker = message.indexOf("Message: ");
        if (marker >= 0) {
            message = message.substring(marker + "Message: ".length());
        }
        message = message.strip();
        if (sawDoctype && message.contains("entity")) {
            message += " (a document type definition is not read, so the entities it declares do not exist)";
        }
        return "malformed XML: " + at(e.getLocation()) + message;
    }

    private static String at(Location location) {
        return location == null || location.getLineNumber() < 0 ? ""
                : "line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ": ";
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // the bytes are in memory: nothing to release
            }
        }
    }
}
