package news.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongIntMapTest {
    @Test
    void shouldSetBitsOfAbsentAndPresentKeys() {
        var map = new LongIntMap(4);
        map.or(42, 1);
        map.or(42, 4);
        map.or(0, 2);
        assertThat(map.get(42, -1)).isEqualTo(5);
        assertThat(map.get(0, -1)).isEqualTo(2);
        assertThat(map.size()).isEqualTo(2);
    }

    @Test
    void shouldStartFromNothingAfterClearAndKeepEveryEntryAsItGrows() {
        var map = new LongIntMap(4);
        for (long k = 1; k <= 1000; k++) {
            map.put(k * 0x9E3779B97F4A7C15L, (int) k);
        }
        map.clear();
        assertThat(map.size()).isZero();
        assertThat(map.get(7 * 0x9E3779B97F4A7C15L, -1)).isEqualTo(-1);
        for (long k = 1; k <= 3000; k++) {
            map.or(k * 0x9E3779B97F4A7C15L, 1 << (k % 8));
        }
        assertThat(map.size()).isEqualTo(3000);
        for (long k = 1; k <= 3000; k++) {
            assertThat(map.get(k * 0x9E3779B97F4A7C15L, -1)).isEqualTo(1 << (k % 8));
        }
    }
}
