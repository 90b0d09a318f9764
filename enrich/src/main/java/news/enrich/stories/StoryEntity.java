package news.enrich.stories;

import java.util.Comparator;
import java.util.List;

/**
 * One entity of a story's registry.
 *
 * @param id       {@code TYPE:} + the normalised first form seen in the story; never changes afterwards
 * @param type     PERSON, ORGANIZATION or LOCATION
 * @param forms    every form (an article's name for the entity) seen in the story, with how many articles used it
 * @param lastUsed the story's member count when an article last named it (to drop the least used when full)
 */
public record StoryEntity(String id, String type, List<Form> forms, int lastUsed) {
    public StoryEntity {
        forms = List.copyOf(forms);
    }

    /**
     * A spelling and how many articles used it; {@code order} is its place among all forms the story saw, so ties go
     * to the earliest.
     */
    public record Form(String name, int articles, int order) {
    }

    /** The form most articles used; ties go to the earliest seen. */
    public String canonicalName() {
        return forms.stream().min(Comparator.comparingInt((Form f) -> -f.articles()).thenComparingInt(Form::order))
                .orElseThrow().name();
    }

    int articles() {
        return forms.stream().mapToInt(Form::articles).sum();
    }
}
