package news.measure.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CorpusSplitTest {

    @Test
    void shouldSplitOnTheNormalisedHeadlineSoCopiesAndRevisionsStayTogether() {
        CorpusSplit split = CorpusSplit.DEFAULT;

        assertThat(CorpusSplit.bucket("Call to save manufacturing jobs"))
                .isEqualTo(CorpusSplit.bucket("  CALL to save\tmanufacturing jobs "));
        assertThat(split.heldOut("Call to save manufacturing jobs"))
                .isEqualTo(split.heldOut("call to save manufacturing jobs"));
    }

    @Test
    void shouldHoldOutAboutTheShareAskedAndSpreadTheRestOverTheFolds() {
        CorpusSplit split = CorpusSplit.DEFAULT;
        long heldOut = IntStream.range(0, 10_000).filter(i -> split.heldOut("headline " + i)).count();
        long[] folds = new long[5];
        IntStream.range(0, 10_000).filter(i -> !split.heldOut("headline " + i))
                .forEach(i -> folds[split.fold("headline " + i)]++);

        assertThat(heldOut).isBetween(1_800L, 2_200L);
        for (long n : folds) {
            assertThat(n).isBetween(1_400L, 1_800L);
        }
    }
}
