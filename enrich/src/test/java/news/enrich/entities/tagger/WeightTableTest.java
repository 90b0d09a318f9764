package news.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WeightTableTest {
    @Test
    void shouldGiveEveryRowTheWeightsOfTheFullTableWhileHoldingOnlyRowsNotAllZero() {
        var random = new Random(5);
        int rows = 1000;
        short[] full = new short[rows * Tags.COUNT];
        for (int r = 0; r < rows; r++) {
            // Runs of empty rows across words of the bitmap, single weights at either end of a row, full rows.
            if (r % 7 == 0 || (r / 64) % 3 == 1) {
                continue;
            }
            int only = r % 5 == 0 ? 0 : r % 5 == 1 ? Tags.COUNT - 1 : -1;
            for (int t = 0; t < Tags.COUNT; t++) {
                if (only < 0 || t == only) {
                    full[r * Tags.COUNT + t] = (short) (random.nextInt(65535) - 32767);
                }
            }
        }
        full[999 * Tags.COUNT + 4] = Short.MIN_VALUE;
        var table = WeightTable.of(full);
        assertThat(table.rows()).isEqualTo(rows);
        int[] all = new int[rows];
        for (int r = 0; r < rows; r++) {
            boolean nonZero = false;
            for (int t = 0; t < Tags.COUNT; t++) {
                assertThat(table.weight(r, t)).as("row %d tag %d", r, t).isEqualTo(full[r * Tags.COUNT + t]);
                nonZero |= full[r * Tags.COUNT + t] != 0;
            }
            assertThat(table.held(r)).as("row %d", r).isEqualTo(nonZero);
            all[r] = r;
        }
        int[] expected = new int[Tags.COUNT + 2];
        for (int r = 0; r < rows; r++) {
            for (int t = 0; t < Tags.COUNT; t++) {
                expected[1 + t] += full[r * Tags.COUNT + t];
            }
        }
        int[] sums = new int[Tags.COUNT + 2];
        table.add(all, 0, 600, sums, 1);
        table.add(all, 600, rows - 600, sums, 1);
        assertThat(sums).isEqualTo(expected);
    }

    @Test
    void shouldRefuseRowsOutOfOrderOrRange() {
        short[] weights = new short[2 * Tags.COUNT];
        assertThatThrownBy(() -> new WeightTable(64, new int[] {5, 5}, weights))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeightTable(64, new int[] {5, 64}, weights))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new WeightTable(64, new int[] {0, 63}, weights).held(63)).isTrue();
    }
}
