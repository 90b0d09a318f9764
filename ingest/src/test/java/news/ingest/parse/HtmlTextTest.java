package news.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** HTML fragments from feeds and JSON bodies as plain paragraphs and one-line headlines. */
class HtmlTextTest {

    static Stream<Arguments> fragments() {
        return Stream.of(
                arguments("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
                arguments("<p>Line one<br>line two</p>", "Line one\nline two"),
                arguments("First<br><br>Second", "First\n\nSecond"),
                arguments("<div>  lots   of\n  space&nbsp;here </div>", "lots of space here"),
                arguments("<p>Kept</p><script>dropped()</script><style>p{}</style>", "Kept"),
                arguments("<ul><li>a</li><li>b</li></ul>", "a\n\nb"),
                arguments("<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>", "1 2\n\n3"),
                arguments("<pre>code\n  indented</pre>", "code\nindented"),
                arguments("<html><head><title>Head</title></head><body><p>Body</p></body></html>", "Body"),
                arguments("Plain text\n\n\nwith paragraphs", "Plain text\n\nwith paragraphs"),
                arguments("Escaped &amp; once, no tags", "Escaped & once, no tags"),
                arguments("a < b and c > d", "a < b and c > d"));
    }

    @ParameterizedTest
    @MethodSource("fragments")
    void shouldRenderParagraphsAndDropWhatIsNotText(String html, String expected) {
        assertThat(HtmlText.text(html)).isEqualTo(expected);
    }

    static Stream<Arguments> headlines() {
        return Stream.of(
                arguments("Reprise des <em>négociations</em>", "Reprise des négociations"),
                arguments("Q&amp;A: the\n corridor", "Q&A: the corridor"),
                arguments("AT&T results", "AT&T results"));
    }

    @ParameterizedTest
    @MethodSource("headlines")
    void shouldRenderHeadlinesOnOneLine(String html, String expected) {
        assertThat(HtmlText.inline(html)).isEqualTo(expected);
    }
}
