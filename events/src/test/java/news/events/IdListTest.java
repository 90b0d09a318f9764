package news.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdListTest {
    private static final String A = "0123456789abcdef0123456789abcdef";
    private static final String B = "fedcba9876543210fedcba9876543210";
    private static final StoreSerde.Codec<IdList> CODEC = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, IdList ids) {
            out.ids(ids).text("after");
        }

        @Override
        public IdList read(StoreSerde.In in) {
            IdList ids = in.ids();
            assertThat(in.text()).isEqualTo("after");
            return ids;
        }
    };

    @Test
    void shouldHoldHexIdsOtherTextAndNullInOrder() {
        var ids = IdList.copyOf(java.util.Arrays.asList(A, "story-7", null, B));

        assertThat(ids).containsExactly(A, "story-7", null, B);
        assertThat(ids.contains(B)).isTrue();
        assertThat(ids.contains("story-7")).isTrue();
        assertThat(ids.contains(null)).isTrue();
        assertThat(ids.contains("fedcba9876543210fedcba9876543211")).isFalse();
        assertThat(ids.contains("story")).isFalse();
    }

    @Test
    void shouldAppendAndDropTheOldestBeyondTheMaximum() {
        IdList ids = IdList.of();
        var expected = new ArrayList<String>();
        for (int i = 0; i < 7; i++) {
            String id = i % 2 == 0 ? hex(i) : "t" + i;
            ids = ids.appended(id, 5);
            expected.add(id);
        }

        assertThat(ids).containsExactlyElementsOf(expected.subList(2, 7));
    }

    @Test
    void shouldMoveAnIdLastInsteadOfHoldingItTwice() {
        IdList ids = IdList.copyOf(List.of(A, "s2", B));

        assertThat(ids.movedLast(A, 3)).containsExactly("s2", B, A);
        assertThat(ids.movedLast("s2", 3)).containsExactly(A, B, "s2");
        assertThat(ids.movedLast("s4", 3)).containsExactly("s2", B, "s4");
        assertThat(ids).containsExactly(A, "s2", B);
    }

    @Test
    void shouldBeStoredExactlyAsAListOfIds() {
        var ids = IdList.copyOf(List.of(A, "s2", B));
        StoreSerde.Codec<List<String>> asList = new StoreSerde.Codec<>() {
            @Override
            public void write(StoreSerde.Out out, List<String> values) {
                out.list(values, StoreSerde.ID).text("after");
            }

            @Override
            public List<String> read(StoreSerde.In in) {
                throw new UnsupportedOperationException();
            }
        };
        byte[] stored = StoreSerde.toBytes(CODEC, ids);

        assertThat(stored).isEqualTo(StoreSerde.toBytes(asList, List.of(A, "s2", B)));
        assertThat(StoreSerde.fromBytes(stored, IdList.class, CODEC)).containsExactly(A, "s2", B);
        assertThat(StoreSerde.fromBytes(StoreSerde.toBytes(CODEC, IdList.of()), IdList.class, CODEC)).isEmpty();
    }

    private static String hex(int i) {
        return String.format("%032x", i);
    }
}
