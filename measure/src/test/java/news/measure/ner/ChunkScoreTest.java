package news.measure.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChunkScoreTest {

    @Test
    void shouldCountOnlyExactChunksOfTheRightType() {
        var score = new ChunkScore();
        // gold: B-PER I-PER O B-LOC ; predicted: B-PER O O B-ORG
        score.add(new int[] {1, 2, 0, 5}, new int[] {1, 0, 0, 3});
        score.add(new int[] {7, 8}, new int[] {7, 8});

        assertThat(score.of(-1).precision()).isEqualTo(1.0 / 3);
        assertThat(score.of(-1).recall()).isEqualTo(1.0 / 3);
        assertThat(score.of(3).f1()).isEqualTo(1.0);
        assertThat(score.of(0).f1()).isZero();
        assertThat(score.of(-1).support()).isEqualTo(3);
    }

    @Test
    void shouldOpenAChunkAtAnInsideTagAfterAnotherType() {
        // conlleval: I-LOC after B-PER starts a LOC chunk.
        assertThat(ChunkScore.chunks(new int[] {1, 6, 6})).hasSize(2);
    }
}
