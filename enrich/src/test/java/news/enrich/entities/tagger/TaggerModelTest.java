package news.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TaggerModelTest {
    @Test
    void shouldReadBackEveryWeightOfAWrittenModelAndWriteItAgainByteForByte() throws Exception {
        var random = new Random(9);
        var features = new Features(12, WordClusters.none());
        float[] trained = new float[Tags.COUNT << features.bits()];
        // Mostly empty rows, as hashed features that never occurred leave them.
        for (int r = 0; r < 1 << features.bits(); r++) {
            if (random.nextInt(10) == 0) {
                trained[r * Tags.COUNT + random.nextInt(Tags.COUNT)] = (float) random.nextGaussian();
            }
        }
        var model = new TaggerModel(features, Gazetteer.empty(), trained);
        var written = new ByteArrayOutputStream();
        model.write(written);

        TaggerModel read = TaggerModel.read(new ByteArrayInputStream(written.toByteArray()));

        for (int r = 0; r < 1 << features.bits(); r++) {
            for (int t = 0; t < Tags.COUNT; t++) {
                assertThat(read.weights().weight(r, t)).isEqualTo(model.weights().weight(r, t));
                assertThat(read.weights().weight(r, t) == 0).isEqualTo(trained[r * Tags.COUNT + t] == 0);
            }
        }
        var again = new ByteArrayOutputStream();
        read.write(again);
        assertThat(again.toByteArray()).isEqualTo(written.toByteArray());
    }
}
