package news.ingest.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The word-fragment matcher behind the class and id rules. */
class BoilerplateRulesTest {
    private static final int A = 1;
    private static final int B = 2;
    private static final int C = 4;

    @Test
    void shouldFindEveryFragmentInOnePass() {
        NameMatcher matcher = NameMatcher.of(Map.of("share", A, "hare", B, "related", C));

        assertThat(matcher.match("post-share-bar")).isEqualTo(A | B);
        assertThat(matcher.match("RELATED-stories share")).isEqualTo(A | B | C);
        assertThat(matcher.match("article-body")).isZero();
        assertThat(matcher.match("")).isZero();
        assertThat(matcher.match("ünrelated")).isEqualTo(C);
    }

    @Test
    void shouldTreatSpacesAsClassNameBoundaries() {
        NameMatcher matcher = NameMatcher.of(Map.of(" ad-", A, " cta ", B));

        assertThat(matcher.match("ad-slot")).isEqualTo(A);
        assertThat(matcher.match("wide ad-slot")).isEqualTo(A);
        assertThat(matcher.match("load-more")).isZero();
        assertThat(matcher.match("cta")).isEqualTo(B);
        assertThat(matcher.match("octane")).isZero();
    }

    @Test
    void shouldExpandOptionalCharacters() {
        assertThat(BoilerplateRules.expand("read-?more")).containsExactlyInAnyOrder("readmore", "read-more");
        assertThat(BoilerplateRules.expand("a-?b-?c")).containsExactlyInAnyOrder("abc", "a-bc", "ab-c", "a-b-c");
    }

    @Test
    void shouldGiveEachListItsFlag() {
        var properties = new Properties();
        properties.setProperty("furniture", "comment|share");
        properties.setProperty("unlikely", "sidebar");
        properties.setProperty("protected", "content");
        properties.setProperty("body", "article-?body");
        properties.setProperty("positive", "article");
        properties.setProperty("negative", "^ad-|share");
        BoilerplateRules rules = BoilerplateRules.of(properties);

        assertThat(rules.flags("comments-area")).isEqualTo(BoilerplateRules.FURNITURE);
        assertThat(rules.flags("sidebar-content"))
                .isEqualTo(BoilerplateRules.UNLIKELY | BoilerplateRules.PROTECTED);
        assertThat(rules.flags("ArticleBody"))
                .isEqualTo(BoilerplateRules.BODY | BoilerplateRules.POSITIVE);
        assertThat(rules.flags("share")).isEqualTo(BoilerplateRules.FURNITURE | BoilerplateRules.NEGATIVE);
        assertThat(rules.flags("ad-slot")).isEqualTo(BoilerplateRules.NEGATIVE);
    }

    @Test
    void shouldLoadTheShippedRules() {
        BoilerplateRules rules = BoilerplateRules.load();

        assertThat(rules.flags("comment-list") & BoilerplateRules.FURNITURE).isNotZero();
        assertThat(rules.flags("entry-content") & BoilerplateRules.BODY).isNotZero();
    }
}
