package news.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.Set;
import news.enrich.dedup.NearDuplicateConfig;
import news.enrich.entities.EntityConfig;
import news.enrich.entities.EntityExtractor;
import news.enrich.entities.Places;
import news.enrich.stories.StoryConfig;
import news.enrich.topics.TopicConfig;
import news.enrich.topics.TopicScorer;
import news.settings.Settings;
import news.settings.SettingsReader;
import news.settings.SettingsSources;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The step objects of enrich as {@code EnrichApp} builds them, bound from the shipped defaults
 * ({@code config/enrich.properties} inside the enrich jar) and nothing else, so that a local {@code config/} folder
 * or a {@code NEWSFLOW_*} variable cannot change what is measured. Loaded once per fork.
 */
@State(Scope.Benchmark)
public class EnrichSteps {
    public NearDuplicateConfig nearDuplicates;
    public StoryConfig stories;
    public EntityExtractor entities;
    public TopicScorer topics;
    public Places places;

    @Setup(Level.Trial)
    public void load() {
        Settings settings = Settings.load(new SettingsSources(List.of("enrich"), null, null, Map.of(), Map.of(),
                Set.of())).requireValid();
        SettingsReader read = settings.reader();
        nearDuplicates = NearDuplicateConfig.from(read);
        stories = StoryConfig.from(read);
        EntityConfig entityConfig = EntityConfig.from(read);
        TopicConfig topicConfig = TopicConfig.from(read);
        read.check();
        entities = entityConfig.extractor();
        topics = topicConfig.scorer();
        places = Places.builtIn();
    }
}
