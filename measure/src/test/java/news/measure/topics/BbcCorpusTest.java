package news.measure.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.events.ArticleIdentity;
import news.measure.extract.EvalInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BbcCorpusTest {

    @Test
    void shouldReadClassFoldersHeadlinesBodiesAndLatinOneBytes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sport"));
        Files.createDirectories(dir.resolve("tech"));
        Files.writeString(dir.resolve("sport/001.txt"), "Cup final tonight\n\nThe final is at eight.\n\nTickets sold out.\n");
        // "£5" in Latin-1: not valid UTF-8.
        Files.write(dir.resolve("tech/001.txt"), new byte[] {'C', 'h', 'i', 'p', '\n', '\n', (byte) 0xA3, '5', '.'});

        List<LabelledArticle> articles = BbcCorpus.load(dir);

        assertThat(articles).hasSize(2);
        LabelledArticle sport = articles.get(0);
        assertThat(sport.labels()).containsExactly("sport");
        assertThat(sport.source()).isEqualTo("sport/001.txt");
        assertThat(sport.title()).isEqualTo("Cup final tonight");
        assertThat(sport.body()).isEqualTo("The final is at eight.\n\nTickets sold out.");
        assertThat(sport.id()).isEqualTo(ArticleIdentity.articleId("Cup final tonight",
                "The final is at eight.\n\nTickets sold out."));
        assertThat(articles.get(1).body()).isEqualTo("\u00a35.");
    }

    @Test
    void shouldRefuseAMissingOrEmptyFolder(@TempDir Path dir) {
        assertThatThrownBy(() -> BbcCorpus.load(dir.resolve("missing"))).isInstanceOf(EvalInputException.class)
                .hasMessageContaining("no such folder");
        assertThatThrownBy(() -> BbcCorpus.load(dir)).isInstanceOf(EvalInputException.class)
                .hasMessageContaining("no articles");
    }
}
