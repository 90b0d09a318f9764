package news.ingest.parse.html;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads title, publication time, byline, canonical URL and language from a page's metadata: Open Graph and
 * Twitter cards, JSON-LD, the common {@code <meta>} names, {@code <time>}, {@code rel=author} and byline markup.
 * Must run on the page before boilerplate is removed, since bylines and dates often sit in headers.
 */
final class MetadataReader {
    /** Separators between a headline and the site name in {@code <title>}: "Headline | Site", "Headline - Site". */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-\u2013\u2014\u00b7\u2022:»/]{1,2}\\s+");
    /** "By", "Analysis by", "Von": the word before the names. */
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i)(?:(?:(?:analysis|written|posted|reporting|"
            + "text|words|photos?)\\s+)?(?:by|von|par|por|door|av)|di)\\s+");
    private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|"
            + "march|april|june|july|august|september|october|november|december";
    /** What follows the names on a byline line: a date, a time, "Published ...", a handle, a separator. */
    private static final Pattern BYLINE_TAIL = Pattern.compile("(?i)(?:^|\\s+)(?:(?:published|updated|posted)\\b"
            + "|[|\u2022\u00b7]|@\\w|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|(?:" + MONTHS + ")\\.?\\s+\\d"
            + "|\\d{1,2}[:/.]\\d)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LOGO = Pattern.compile("(?i)logo|site-?title|site-?name|brand|masthead");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}");
    private static final int MAX_BYLINE_CHARS = 200;
    /** A title segment this short (in words) next to a longer one is a site or section name. */
    private static final int MAX_SITE_NAME_WORDS = 4;

    private static final String[] PUBLISHED_META = {
        "article:published_time", "og:article:published_time", "og:published_time", "article:published",
        "datePublished", "pdate",
        "article.published", "published_time", "published-date", "publish-date", "publishdate", "pubdate",
        "publication_date", "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date",
        "dcterms.date", "dcterms.created", "date"};

    private MetadataReader() {
    }

    static PageMetadata read(Document document, JsonLd jsonLd) {
        Map<String, String> metas = metas(document);
        return new PageMetadata(title(document, metas, jsonLd), published(document, metas, jsonLd),
                byline(document, metas, jsonLd), url(document, metas), language(document, metas, jsonLd));
    }

    // ---- title

    static String title(Document document, Map<String, String> metas, JsonLd jsonLd) {
        String siteName = metas.get("og:site_name");
        List<String> candidates = new ArrayList<>();
        candidates.add(metas.get("og:title"));
        candidates.add(metas.get("twitter:title"));
        candidates.add(jsonLd.text("headline"));
        Element h1 = headline(document);
        candidates.add(h1 == null ? null : h1.text());
        for (String candidate : candidates) {
            String title = withoutSiteName(collapse(candidate), siteName, false);
            if (title != null && !title.isEmpty()) {
                return title;
            }
        }
        String title = withoutSiteName(collapse(document.title()), siteName, true);
        return title == null || title.isEmpty() ? null : title;
    }

    /** The first {@code <h1>} that is no site logo: not a link, not inside one, not named as a logo or site title. */
    private static Element headline(Document document) {
        for (Element h1 : document.getElementsByTag("h1")) {
            if (LOGO.matcher(h1.className() + " " + h1.id()).find() || h1.closest("a") != null) {
                continue;
            }
            Element link = h1.selectFirst("a");
            if (link != null && link.text().length() == h1.text().length()) {
                String href = link.attr("href");
                if (href.equals("/") || href.isEmpty()) {
                    continue;
                }
            }
            return h1;
        }
        return null;
    }

    /**
     * Drops a site name joined to the headline by a separator: the segment that is the declared site name, or,
     * for the {@code <title>} element, a short last (or first) segment beside a longer one.
     */
    static String withoutSiteName(String title, String siteName, boolean guess) {
        if (title == null) {
            return null;
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String site = collapse(siteName);
        if (site != null && !site.isEmpty()) {
            var kept = new ArrayList<String>();
            for (String part : parts) {
                if (!part.equalsIgnoreCase(site)) {
                    kept.add(part);
                }
            }
            if (kept.size() < parts.length && !kept.isEmpty()) {
                return joinKept(title, kept);
            }
        }
        if (!guess) {
            return title;
        }
        String last = parts[parts.length - 1];
        String first = parts[0];
        int total = 0;
        for (String part : parts) {
            total += words(part);
        }
        if (isSiteName(last, total)) {
            return title.substring(0, title.lastIndexOf(last)).replaceFirst(TITLE_SEPARATOR.pattern() + "$", "")
                    .strip();
        }
        if (isSiteName(first, total)) {
            return title.substring(first.length()).replaceFirst("^" + TITLE_SEPARATOR.pattern(), "").strip();
        }
        return title;
    }

    /** A short segment beside a headline at least twice as long (and of four words or more). */
    private static boolean isSiteName(String segment, int totalWords) {
        int words = words(segment);
        int rest = totalWords - words;
        return words <= MAX_SITE_NAME_WORDS && rest >= Math.max(4, 2 * words);
    }

    /** Rejoins the kept segments with the original text between them, so separators inside a headline survive. */
    private static String joinKept(String title, List<String> kept) {
        int start = title.indexOf(kept.get(0));
        String lastPart = kept.get(kept.size() - 1);
        int end = title.lastIndexOf(lastPart) + lastPart.length();
        return start >= 0 && end > start ? title.substring(start, end).strip() : String.join(" - ", kept);
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : WHITESPACE.split(text.strip()).length;
    }

    // ---- published

    static Instant published(Document document, Map<String, String> metas, JsonLd jsonLd) {
        Instant instant = PublicationDate.parse(jsonLd.text("datePublished"));
        if (instant != null) {
            return instant;
        }
        for (String name : PUBLISHED_META) {
            instant = PublicationDate.parse(metas.get(name.toLowerCase(Locale.ROOT)));
            if (instant != null) {
                return instant;
            }
        }
        // Marked publication times first, then the first machine-readable time on the page.
        for (String query : new String[] {"[itemprop=datePublished]", "time[pubdate]", "time[datetime]"}) {
            for (Element element : document.select(query)) {
                String value = element.hasAttr("datetime") ? element.attr("datetime")
                        : element.hasAttr("content") ? element.attr("content") : element.text();
                instant = PublicationDate.parse(value);
                if (instant != null) {
                    return instant;
                }
            }
        }
        // A modification time is not a publication time: better none than a wrong one.
        return null;
    }

    // ---- byline

    static String byline(Document document, Map<String, String> metas, JsonLd jsonLd) {
        List<String> names = jsonLd.authors().stream().map(MetadataReader::cleanByline).filter(n -> n != null)
                .distinct().toList();
        if (!names.isEmpty()) {
            return cut(String.join(", ", names));
        }
        for (String name : new String[] {"author", "article:author", "dc.creator", "byl", "parsely-author",
                "sailthru.author", "twitter:creator"}) {
            String value = cleanByline(metas.get(name));
            if (value != null && !value.startsWith("@")) {
                return cut(value);
            }
        }
        Elements authors = document.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
        for (Element author : authors) {
            String value = cleanByline(author.text());
            if (value != null) {
                return cut(value);
            }
        }
        for (Element element : document.select("[class*=byline], [class*=author-name], [class*=authorName], "
                + "[class~=(?i)^author$], [id*=byline]")) {
            String value = cleanByline(element.text());
            if (value != null) {
                return cut(value);
            }
        }
        return null;
    }

    /**
     * The names in a byline as pages print it: without "By", and cut before the date, the time, a handle or
     * "Published ..." that often share its line. Null when no name is left, or the value is an address.
     */
    static String cleanByline(String text) {
        String value = collapse(text);
        if (!isName(value)) {
            return null;
        }
        value = BY_PREFIX.matcher(value).replaceFirst("");
        Matcher tail = BYLINE_TAIL.matcher(value);
        if (tail.find()) {
            value = value.substring(0, tail.start());
        }
        value = value.replaceAll("[\\s,;:|\u2013\u2014-]+$", "").strip();
        return value.codePoints().anyMatch(Character::isLetter) ? value : null;
    }

    private static boolean isName(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_BYLINE_CHARS
                && !value.startsWith("http://") && !value.startsWith("https://");
    }

    private static String cut(String byline) {
        return byline.length() <= MAX_BYLINE_CHARS ? byline : byline.substring(0, MAX_BYLINE_CHARS).strip();
    }

    // ---- url

    static String url(Document document, Map<String, String> metas) {
        for (Element link : document.getElementsByTag("link")) {
            if (!link.attr("rel").strip().equalsIgnoreCase("canonical")) {
                continue;
            }
            String href = link.absUrl("href");
            if (href.isEmpty()) {
                href = link.attr("href").strip();
            }
            if (isHttp(href)) {
                return href;
            }
        }
        String og = metas.get("og:url");
        return isHttp(og) ? og : null;
    }

    private static boolean isHttp(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://"));
    }

    // ---- language

    static String language(Document document, Map<String, String> metas, JsonLd jsonLd) {
        Element html = document.selectFirst("html");
        String language = primaryTag(html == null ? null : html.attr("lang"));
        if (language == null && html != null) {
            language = primaryTag(html.attr("xml:lang"));
        }
        if (language == null) {
            Element equiv = document.selectFirst("meta[http-equiv~=(?i)^content-language$]");
            language = primaryTag(equiv == null ? null : equiv.attr("content"));
        }
        if (language == null) {
            language = primaryTag(metas.get("language"));
        }
        if (language == null) {
            language = primaryTag(metas.get("og:locale"));
        }
        if (language == null) {
            language = primaryTag(jsonLd.text("inLanguage"));
        }
        return language;
    }

    /** "en-US", "en_GB", "EN" → "en"; null when the value is no language tag. */
    static String primaryTag(String value) {
        if (value == null) {
            return null;
        }
        String first = value.strip().split("[-_,;\\s]", 2)[0];
        return LANGUAGE.matcher(first).matches() ? first.toLowerCase(Locale.ROOT) : null;
    }

    // ---- shared

    /**
     * The page's {@code <meta property|name|itemprop=NAME content=...>} values by lower-case name, the first
     * non-empty one of each name, read in one pass.
     */
    static Map<String, String> metas(Document document) {
        Map<String, String> metas = new HashMap<>();
        for (Element meta : document.getElementsByTag("meta")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[] {"property", "name", "itemprop"}) {
                // itemprop may list several properties: "datePublished dateCreated".
                for (String name : WHITESPACE.split(meta.attr(key).strip())) {
                    if (!name.isEmpty()) {
                        metas.putIfAbsent(name.toLowerCase(Locale.ROOT), content);
                    }
                }
            }
        }
        return metas;
    }

    static String collapse(String text) {
        return text == null ? null : WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
