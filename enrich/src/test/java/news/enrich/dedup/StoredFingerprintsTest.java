package news.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import news.events.StoreSerde;
import org.junit.jupiter.api.Test;

class StoredFingerprintsTest {
    @Test
    void shouldKeepAFingerprintExactlyAndCompactly() {
        Fingerprint fingerprint = new MinHasher(16, 8).fingerprint("a1", "Washington Seeks to Rebuild Trust",
                "The United States is working to rebuild trust with the authorities in Mali, an official said.")
                .inGroupOf("a0");
        var serde = StoreSerde.of(Fingerprint.class, Fingerprint.CODEC);

        byte[] stored = serde.serializer().serialize("t", fingerprint);

        assertThat(serde.deserializer().deserialize("t", stored)).isEqualTo(fingerprint);
        assertThat(stored.length).isLessThan(4 * 128 + 100);
    }
}
