package news.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsReaderTest {
    private static final String KEY = "demo.value";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            500ms | PT0.5S
            5s    | PT5S
            5S    | PT5S
            5 s   | PT5S
            10m   | PT10M
            2h    | PT2H
            7d    | PT168H
            0ms   | PT0S
            PT5S  | PT5S
            pt1m  | PT1M
            P1DT2H | PT26H
            """)
    void shouldParseDurations(String raw, String expected) {
        SettingsReader reader = reader(raw);

        assertThat(reader.duration(KEY)).isEqualTo(Duration.parse(expected));
        assertThatCode(reader::check).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"5", "five seconds", "5x", "1.5s", "s", "", "-5s", "-PT5S", "PT-5S"})
    void shouldReportBadDurationNamingKeyAndValue(String raw) {
        SettingsReader reader = reader(raw);

        reader.duration(KEY);

        assertThat(problemsOf(reader)).singleElement().asString()
                .startsWith(KEY + ":").contains("'" + raw + "'").contains("duration");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            4MB       | 4194304
            4mb       | 4194304
            4 MB      | 4194304
            64KB      | 65536
            1GB       | 1073741824
            4194304   | 4194304
            12b       | 12
            0         | 0
            """)
    void shouldParseSizesInPowersOf1024(String raw, long expected) {
        SettingsReader reader = reader(raw);

        assertThat(reader.bytes(KEY)).isEqualTo(expected);
        assertThatCode(reader::check).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"4 megabytes", "1.5MB", "-1", "MB", "4TB", "", "99999999999999999999",
            "9999999999GB"})
    void shouldReportBadSizeNamingKeyAndValue(String raw) {
        SettingsReader reader = reader(raw);

        reader.bytes(KEY);

        assertThat(problemsOf(reader)).singleElement().asString()
                .startsWith(KEY + ":").contains("'" + raw + "'").contains("size");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"true, true", "TRUE, true", "False, false", "' false ', false"})
    void shouldParseBooleans(String raw, boolean expected) {
        SettingsReader reader = reader(raw);

        assertThat(reader.bool(KEY)).isEqualTo(expected);
        assertThatCode(reader::check).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"yes", "1", "on", ""})
    void shouldReportBadBoolean(String raw) {
        SettingsReader reader = reader(raw);

        reader.bool(KEY);

        assertThat(problemsOf(reader)).singleElement().asString().contains(KEY, "'" + raw + "'", "true or false");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1", "6", "10", " 7 "})
    void shouldParseIntegerInsideItsRange(String raw) {
        SettingsReader reader = reader(raw);

        assertThat(reader.integer(KEY, 1, 10)).isEqualTo(Integer.parseInt(raw.trim()));
        assertThatCode(reader::check).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"0", "11", "-3", "six", "2.5", "99999999999"})
    void shouldReportIntegerOutsideItsRange(String raw) {
        SettingsReader reader = reader(raw);

        reader.integer(KEY, 1, 10);

        assertThat(problemsOf(reader)).singleElement().asString()
                .contains(KEY, "'" + raw + "'", "a whole number from 1 to 10");
    }

    @Test
    void shouldReportMissingKey() {
        SettingsReader reader = Settings.of(Map.of()).reader();

        reader.text("demo.absent");
        reader.duration("demo.absent-too");

        assertThat(problemsOf(reader)).containsExactly("demo.absent: missing", "demo.absent-too: missing");
    }

    @Test
    void shouldReadPathsAndRefuseBlankOnes() {
        SettingsReader reader = Settings.of(Map.of("demo.inbox.dir", "inbox/in", "demo.blank", "  ")).reader();

        assertThat(reader.path("demo.inbox.dir")).isEqualTo(Path.of("inbox/in"));
        reader.path("demo.blank");

        assertThat(problemsOf(reader)).singleElement().asString().startsWith("demo.blank:");
    }

    @Test
    void shouldReportEveryBadValueOfAStartTogether() {
        SettingsReader reader = Settings.of(Map.of(
                "demo.watch.interval", "soon",
                "demo.files.max-bytes", "big",
                "demo.workers", "0",
                "demo.enabled", "maybe",
                "demo.inbox.dir", "inbox")).reader();

        reader.duration("demo.watch.interval");
        reader.bytes("demo.files.max-bytes");
        reader.integer("demo.workers", 1, 64);
        reader.bool("demo.enabled");
        reader.text("demo.inbox.dir");
        reader.problem("demo.inbox.dir", "folder is not writable");

        assertThat(problemsOf(reader)).hasSize(5).satisfiesExactly(
                p -> assertThat(p).startsWith("demo.watch.interval:").contains("'soon'"),
                p -> assertThat(p).startsWith("demo.files.max-bytes:").contains("'big'"),
                p -> assertThat(p).startsWith("demo.workers:").contains("'0'"),
                p -> assertThat(p).startsWith("demo.enabled:").contains("'maybe'"),
                p -> assertThat(p).isEqualTo("demo.inbox.dir: folder is not writable"));
    }

    private static SettingsReader reader(String raw) {
        return Settings.of(Map.of(KEY, raw)).reader();
    }

    private static java.util.List<String> problemsOf(SettingsReader reader) {
        Throwable thrown = catchThrowable(reader::check);
        assertThat(thrown).isInstanceOf(ConfigException.class);
        return ((ConfigException) thrown).problems();
    }
}
