package news.sink.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSyncStoreTest {
    @TempDir
    Path out;
    private FileSyncStore store;

    @BeforeEach
    void open() {
        store = FileSyncStore.builder("article-file-sync").build();
        var context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void shouldSyncEveryWrittenFileBeforeTheCommitGoesOn() throws Exception {
        for (int i = 0; i < 50; i++) {
            store.written(Files.writeString(out.resolve(i + ".json"), "{}"));
        }

        store.flush();
        store.flush();

        assertThat(store.isOpen()).isTrue();
    }

    @Test
    void shouldFailTheCommitWhenAFileCannotBeSyncedAndNameIt() {
        store.written(out.resolve("gone.json"));

        assertThatThrownBy(store::flush).isInstanceOf(UncheckedIOException.class).hasMessageContaining("gone.json");
        store.flush();
    }
}
