package news.sink.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import news.events.JsonSerdes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFileWriterTest {
    @TempDir
    Path out;

    @Test
    void shouldCreateTheFolderWhenItIsMissingOrWasRemoved() throws Exception {
        var writer = new JsonFileWriter(out.resolve("articles"));

        Path first = writer.write("a1", JsonSerdes.toPrettyBytes(Map.of("title", "one")));
        Files.delete(first);
        Files.delete(out.resolve("articles"));
        Path second = writer.write("a2", JsonSerdes.toPrettyBytes(Map.of("title", "two")));

        assertThat(second).hasParent(out.resolve("articles"));
        assertThat(Files.readString(second)).contains("\"title\" : \"two\"");
        try (var files = Files.list(out.resolve("articles"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a2.json");
        }
    }

    @Test
    void shouldReplaceAnEarlierFileWholeAndRefuseUnsafeIds() throws Exception {
        var writer = new JsonFileWriter(out);
        writer.write("a1", JsonSerdes.toPrettyBytes(Map.of("title", "old")));

        Path file = writer.write("a1", JsonSerdes.toPrettyBytes(Map.of("title", "new")));

        assertThat(Files.readString(file)).contains("new").doesNotContain("old");
        assertThatThrownBy(() -> writer.write("../escape", JsonSerdes.toPrettyBytes(Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("../escape");
    }
}
