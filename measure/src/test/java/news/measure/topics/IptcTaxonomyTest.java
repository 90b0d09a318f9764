package news.measure.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IptcTaxonomyTest {

    @Test
    void shouldDeriveLevelsAndParentsFromAnIkosFileLeavingRetiredConceptsOut(@TempDir Path dir) throws Exception {
        // A scheme in the shape of IPTC's cptall-en-US.json, with made-up concepts.
        Path json = Files.writeString(dir.resolve("scheme.json"), """
                {"dateReleased": "2030-01-01T00:00:00+00:00",
                 "hasTopConcept": ["http://cv.iptc.org/newscodes/mediatopic/02000000",
                                   "http://cv.iptc.org/newscodes/mediatopic/01000000"],
                 "conceptSet": [
                  {"qcode": "medtop:01000000", "prefLabel": {"en-US": "alpha"}, "definition": {"en-US": "First"},
                   "narrower": ["medtop:20000002", "medtop:20000001"]},
                  {"qcode": "medtop:20000001", "prefLabel": {"en-US": "alpha one"}, "definition": {"en-US": "A\\tone"},
                   "narrower": ["medtop:20000009"]},
                  {"qcode": "medtop:20000009", "prefLabel": {"en-US": "alpha one deep"}, "definition": {}},
                  {"qcode": "medtop:20000002", "prefLabel": {"en-US": "old"}, "retired": "2020-01-01T00:00:00+00:00"},
                  {"qcode": "medtop:02000000", "prefLabel": {"en-US": "beta"}, "definition": {"en-US": "Second"}}
                 ]}""");

        IptcTaxonomy taxonomy = IptcTaxonomy.fromIkos(json);
        Path table = dir.resolve("topics").resolve(TopicTables.TAXONOMY);
        taxonomy.write(table, "a test scheme");
        IptcTaxonomy read = IptcTaxonomy.read(table.getParent());

        assertThat(read.concepts()).extracting(IptcTaxonomy.Concept::code)
                .containsExactly("01000000", "20000001", "20000009", "02000000");
        assertThat(read.byCode().get("20000009").level()).isEqualTo(3);
        assertThat(read.byCode().get("20000009").parent()).isEqualTo("20000001");
        assertThat(read.byCode().get("20000001").definition()).isEqualTo("A one");
        assertThat(read.top(read.byCode().get("20000009")).code()).isEqualTo("01000000");
        assertThat(read.secondLevel(read.byCode().get("20000009")).code()).isEqualTo("20000001");
        assertThat(Files.readString(table)).startsWith("# IPTC Media Topics").contains("CC BY 4.0");
    }
}
