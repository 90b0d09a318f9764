package news.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class StoreSerdeTest {
    record Sample(String name, long count, double score, Instant at, List<String> tags, int hash, boolean flag) {
    }

    private static final StoreSerde.Codec<Sample> CODEC = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, Sample s) {
            out.text(s.name()).signed(s.count()).number(s.score()).instant(s.at())
                    .list(s.tags(), StoreSerde.TEXT).int32(s.hash()).flag(s.flag());
        }

        @Override
        public Sample read(StoreSerde.In in) {
            return new Sample(in.text(), in.signed(), in.number(), in.instant(), in.list(StoreSerde.TEXT), in.int32(),
                    in.flag());
        }
    };

    private final Serde<Sample> serde = StoreSerde.of(Sample.class, CODEC);

    private Sample roundTrip(Sample sample) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", sample));
    }

    @Test
    void everyKindOfFieldSurvivesTheRoundTrip() {
        var sample = new Sample("Assimi Goïta — 日本", -123_456_789_012L, 0.1234567, Instant.parse(
                "2026-11-23T10:15:30.123456789Z"), List.of("a", "", "ünï"), Integer.MIN_VALUE, true);
        assertThat(roundTrip(sample)).isEqualTo(sample);
    }

    @Test
    void nullsAndExtremesSurvive() {
        var sample = new Sample(null, Long.MIN_VALUE, Double.NaN, null, List.of(), -1, false);
        Sample back = roundTrip(sample);
        assertThat(back.name()).isNull();
        assertThat(back.at()).isNull();
        assertThat(back.count()).isEqualTo(Long.MIN_VALUE);
        assertThat(back.score()).isNaN();
        assertThat(back.hash()).isEqualTo(-1);
        assertThat(roundTrip(new Sample("x", Long.MAX_VALUE, -0.0, Instant.ofEpochSecond(-5, 7), List.of(), 7, true)))
                .isEqualTo(new Sample("x", Long.MAX_VALUE, -0.0, Instant.ofEpochSecond(-5, 7), List.of(), 7, true));
    }

    @Test
    void asciiAndOtherTextAreWrittenAsTheSameUtf8BytesWhateverWasWrittenBefore() {
        serde.serializer().serialize("t", new Sample("y".repeat(5_000), 1, 1, null, List.of("z".repeat(300)), 1, true));
        for (String text : List.of("abc", "Goïta", "")) {
            byte[] bytes = serde.serializer().serialize("t", new Sample(text, 0, 0, null, List.of(), 0, false));
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            // format byte, length + 1 as a one-byte varint, then the UTF-8 bytes
            assertThat(bytes[1]).isEqualTo((byte) (utf8.length + 1));
            assertThat(Arrays.copyOfRange(bytes, 2, 2 + utf8.length)).isEqualTo(utf8);
            assertThat(bytes).hasSize(2 + utf8.length + 1 + 8 + 1 + 1 + 4 + 1);
        }
    }

    record Tagged(String name, List<String> tags) {
    }

    private static final StoreSerde.Codec<Tagged> LAZY = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, Tagged t) {
            out.text(t.name()).list(t.tags(), StoreSerde.TEXT);
        }

        @Override
        public Tagged read(StoreSerde.In in) {
            return new Tagged(in.text(), in.lazyList(StoreSerde.TEXT));
        }
    };

    @Test
    void aListThatEndsTheValueCanBeReadWhenFirstUsed() {
        var tagged = new Tagged("n", List.of("a", "ünï", ""));
        byte[] bytes = StoreSerde.toBytes(LAZY, tagged);
        Tagged back = StoreSerde.fromBytes(bytes, Tagged.class, LAZY);
        assertThat(back.tags()).isInstanceOf(StoreSerde.Deferred.class);
        assertThat(back).isEqualTo(tagged);
        assertThat(back.tags()).containsExactly("a", "ünï", "").hasSize(3);
        assertThatThrownBy(() -> back.tags().set(0, "b")).isInstanceOf(UnsupportedOperationException.class);

        byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);
        Tagged broken = StoreSerde.fromBytes(cut, Tagged.class, LAZY);
        assertThat(broken.name()).isEqualTo("n");
        assertThatThrownBy(() -> broken.tags().size()).isInstanceOf(SerializationException.class);
    }

    @Test
    void aLongStringIsNotCutShort() {
        String title = "x".repeat(1_000_000);
        assertThat(roundTrip(new Sample(title, 0, 0, null, List.of(), 0, false)).name()).isEqualTo(title);
    }

    @Test
    void nullValuesStayTombstones() {
        assertThat(serde.serializer().serialize("t", null)).isNull();
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
    }

    @Test
    void jsonFromAnOlderVersionIsStillRead() {
        var sample = new Sample("old", 3, 0.5, Instant.parse("2026-01-01T00:00:00Z"), List.of("t"), 9, true);
        byte[] json = JsonSerdes.toBytes(sample);
        assertThat(json[0]).isEqualTo((byte) '{');
        assertThat(serde.deserializer().deserialize("t", json)).isEqualTo(sample);
    }

    @Test
    void isFarSmallerThanJson() {
        var sample = new Sample("story", 42, 0.25, Instant.now(), List.of("alpha", "beta"), 17, false);
        assertThat(serde.serializer().serialize("t", sample).length).isLessThan(JsonSerdes.toBytes(sample).length / 2);
    }

    @Test
    void corruptOrTruncatedBytesAreASerializationErrorNamingTheType() {
        byte[] good = serde.serializer().serialize("t", new Sample("abc", 1, 1, null, List.of("x"), 1, true));
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", Arrays.copyOf(good, good.length - 3)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("Sample");
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", longer))
                .isInstanceOf(SerializationException.class).hasMessageContaining("left over");
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", "zzz".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("unknown format");
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[0]))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void idsOfThirtyTwoHexDigitsTakeSixteenBytesAndEveryOtherStringSurvives() {
        var codec = new StoreSerde.Codec<List<String>>() {
            @Override
            public void write(StoreSerde.Out out, List<String> ids) {
                out.list(ids, StoreSerde.ID);
            }

            @Override
            public List<String> read(StoreSerde.In in) {
                return in.list(StoreSerde.ID);
            }
        };
        String hex = "0123456789abcdef0123456789abcdef";
        var ids = Arrays.asList(hex, null, "", "s1", hex.toUpperCase(), hex + "0",
                "0123456789abcdeg0123456789abcdef");
        var serde = StoreSerde.of((Class<List<String>>) (Class<?>) List.class, codec);

        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", ids))).isEqualTo(ids);
        assertThat(serde.serializer().serialize("t", List.of(hex))).hasSize(1 + 1 + 1 + 16);
    }
}
