package news.measure.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import news.measure.topics.IptcTaxonomy.Concept;
import org.junit.jupiter.api.Test;

/** The tables in config/topics: consistent with each other and with the IPTC taxonomy they point into. */
class TopicTablesTest {
    private static final Path TABLES = Path.of("../config/topics");

    @Test
    void shouldHoldTheActiveIptcTaxonomyAsATree() throws Exception {
        IptcTaxonomy taxonomy = IptcTaxonomy.read(TABLES);
        Map<String, Concept> byCode = taxonomy.byCode();

        assertThat(taxonomy.concepts()).hasSize(1100);
        assertThat(taxonomy.concepts()).filteredOn(c -> c.level() == 1).hasSize(17)
                .allSatisfy(c -> assertThat(c.code()).endsWith("000000"));
        assertThat(taxonomy.concepts()).filteredOn(c -> c.level() == 2).hasSize(121);
        assertThat(taxonomy.concepts()).filteredOn(c -> c.level() > 1).allSatisfy(c -> {
            assertThat(byCode).containsKey(c.parent());
            assertThat(byCode.get(c.parent()).level()).isEqualTo(c.level() - 1);
        });
        assertThat(byCode.get("11000000").label()).isEqualTo("politics");
        assertThat(byCode.get("09000000").label()).isEqualTo("labor");
        assertThat(byCode.get("20000638").definition()).contains("relations between nations");
    }

    @Test
    void shouldMapTheFiveBbcClassesToTopLevelTopics() throws Exception {
        Map<String, List<String>> classes = TopicTables.labelCodes(TABLES, TopicTables.BBC_CLASSES);

        assertThat(classes).containsOnly(Map.entry("business", List.of("04000000")),
                Map.entry("entertainment", List.of("01000000")), Map.entry("politics", List.of("11000000")),
                Map.entry("sport", List.of("15000000")), Map.entry("tech", List.of("13000000")));
    }

    @Test
    void shouldMapEveryReutersCategoryToSecondLevelEconomyTopics() throws Exception {
        Map<String, List<String>> topics = TopicTables.labelCodes(TABLES, TopicTables.REUTERS_TOPICS);
        Map<String, Concept> byCode = IptcTaxonomy.read(TABLES).byCode();

        assertThat(topics).hasSize(135).containsKeys("earn", "acq", "money-fx", "crude", "grain", "trade", "interest");
        assertThat(topics.get("earn")).containsExactly("20000170");
        assertThat(topics.get("money-fx")).containsExactly("20000385");
        assertThat(topics.get("trade")).containsExactly("20000344");
        Set<String> codes = topics.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        assertThat(codes).allSatisfy(code -> {
            assertThat(byCode.get(code).level()).isEqualTo(2);
            assertThat(byCode.get(code).parent()).isEqualTo("04000000");
        });
    }

    @Test
    void shouldGiveExtraTermsOnlyToActiveTopics() throws Exception {
        List<String[]> terms = TopicTables.extraTerms(TABLES);
        Map<String, Concept> byCode = IptcTaxonomy.read(TABLES).byCode();

        assertThat(terms).hasSizeGreaterThan(100).allSatisfy(row -> assertThat(byCode).containsKey(row[0]));
        // Every top-level topic has some, so that each can fire on words the IPTC texts do not use.
        assertThat(terms.stream().map(row -> byCode.get(row[0])).map(c -> c.level() == 1 ? c.code() : c.parent())
                .collect(Collectors.toSet())).hasSize(17);
    }

    @Test
    void shouldReadTheBuiltInCopiesWithoutAFolderAndRefuseAMissingOneThatWasNamed() throws Exception {
        assertThat(TopicTables.labelCodes(null, TopicTables.BBC_CLASSES)).hasSize(5);
        assertThat(IptcTaxonomy.read(null).concepts()).hasSize(1100);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TopicTables.labelCodes(Path.of("no-such-folder"),
                TopicTables.BBC_CLASSES)).hasMessageContaining("no such file");
    }
}
