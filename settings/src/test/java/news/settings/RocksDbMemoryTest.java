package news.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RocksDbMemoryTest {

    @Test
    void shouldReadTheBudgetAndItsWriteBufferShare() {
        var read = new SettingsReader(Map.of("enrich.rocksdb.memory", "64MB",
                "enrich.rocksdb.write-buffer-share", "0.25"));

        RocksDbMemory memory = RocksDbMemory.from(read, "enrich");
        read.check();

        assertThat(memory.bounded()).isTrue();
        assertThat(memory.totalBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(memory.writeBufferBytes()).isEqualTo(16L * 1024 * 1024);
    }

    @Test
    void shouldTakeZeroAsUnbounded() {
        var read = new SettingsReader(Map.of("sink.rocksdb.memory", "0", "sink.rocksdb.write-buffer-share", "0.5"));

        RocksDbMemory memory = RocksDbMemory.from(read, "sink");
        read.check();

        assertThat(memory.bounded()).isFalse();
    }

    @ParameterizedTest(name = "memory {0}, share {1}")
    @CsvSource(delimiter = '|', textBlock = """
            lots  | 0.5 | enrich.rocksdb.memory: 'lots' is not a size
            512KB | 0.5 | enrich.rocksdb.memory: must be 0 (unbounded) or at least 1MB
            64MB  | 0   | enrich.rocksdb.write-buffer-share: must be more than 0 and less than 1
            64MB  | 1   | enrich.rocksdb.write-buffer-share: must be more than 0 and less than 1
            64MB  | 1.5 | enrich.rocksdb.write-buffer-share: '1.5' is not a number from 0 to 1
            """)
    void shouldReportBadValuesNamingTheKey(String memory, String share, String problem) {
        var read = new SettingsReader(Map.of("enrich.rocksdb.memory", memory,
                "enrich.rocksdb.write-buffer-share", share));

        RocksDbMemory.from(read, "enrich");
        ConfigException error = catchThrowableOfType(ConfigException.class, read::check);

        assertThat(error).isNotNull();
        assertThat(error.getMessage()).contains(problem);
    }

    @Test
    void shouldReportBothKeysWhenBothAreMissing() {
        var read = new SettingsReader(Map.of());

        RocksDbMemory.from(read, "sink");
        ConfigException error = catchThrowableOfType(ConfigException.class, read::check);

        assertThat(error.getMessage()).contains("sink.rocksdb.memory: missing")
                .contains("sink.rocksdb.write-buffer-share: missing");
    }
}
