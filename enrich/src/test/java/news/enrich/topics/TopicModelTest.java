package news.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import news.enrich.topics.TermLexicon.Term;
import news.enrich.topics.TopicModel.Calibration;
import org.junit.jupiter.api.Test;

class TopicModelTest {

    private static TopicModel small() {
        var topics = List.of(new MediaTopic("15000000", "sport", 1, -1), new MediaTopic("17000000", "weather", 1, -1),
                new MediaTopic("20000822", "competition discipline", 2, 0));
        var classifier = new LinearModel(2, new float[] {0.1f, -0.1f},
                new int[] {TopicText.hash("goal"), TopicText.hash("snow")}, new float[] {1.5f, 2f},
                new float[] {3f, -3f, -2f, 2f});
        var lexicon = new TermLexicon(List.of(new Term("snow", new int[] {TopicText.stemHash("snow")}, new int[] {1},
                new float[] {1f})));
        var calibration = new Calibration(new double[] {0, 1}, new double[] {-3, 1, 1, 1}, new double[] {-10, 0},
                new double[] {-3, 1, 1, 1});
        return new TopicModel("test model", topics, classifier, new int[] {0, 1}, null, null, lexicon, calibration,
                new byte[][] {HexFormat.of().parseHex("00112233445566778899aabbccddeeff")});
    }

    @Test
    void shouldWriteAndReadTheSameModelByteForByte() throws IOException {
        var first = new ByteArrayOutputStream();
        small().write(first);
        TopicModel read = TopicModel.read(new ByteArrayInputStream(first.toByteArray()));
        var second = new ByteArrayOutputStream();
        read.write(second);

        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
        assertThat(read.description()).isEqualTo("test model");
        assertThat(read.topics()).isEqualTo(small().topics());
        assertThat(read.trainedOn("00112233445566778899aabbccddeeff")).isTrue();
        assertThat(read.trainedOn("ffffffffffffffffffffffffffffffff")).isFalse();
        assertThat(read.trainedOn("not hex")).isFalse();
        assertThat(new IptcTopicScorer(read, 0.5, 3).score("Snow", "Snow and more snow tonight.", List.of()).get(0)
                .code()).isEqualTo("17000000");
    }

    @Test
    void shouldRefuseWhatIsNotAModel() {
        assertThatThrownBy(() -> TopicModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(IOException.class);
    }

    @Test
    void shouldShipAModelOfTheSeventeenTopLevelTopicsAndTheSecondLevel() {
        TopicModel model = TopicModel.builtIn();

        assertThat(model.topics()).filteredOn(t -> t.level() == 1).hasSize(17)
                .extracting(MediaTopic::code).contains("01000000", "04000000", "11000000", "15000000", "17000000");
        assertThat(model.topics()).filteredOn(t -> t.level() == 2).hasSizeGreaterThan(100);
        assertThat(model.classTopics()).hasSize(6);
        assertThat(model.subTopics()).hasSize(4);
        assertThat(model.lexicon().terms()).hasSizeGreaterThan(1000);
        assertThat(model.trainingArticles()).isGreaterThan(1000);
        assertThat(model.description()).contains("BBC").contains("Reuters-21578").contains("CC BY 4.0");
    }
}
