package news.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Countries and regions with their demonyms ({@code demonyms.txt} beside this class): a demonym is never a person
 * and points to its place ("Malian" → Mali), a country is never a person. Immutable.
 */
public final class Places {
    private final Map<String, String> placeOfDemonym;
    private final Set<String> places;

    private Places(Map<String, String> placeOfDemonym, Set<String> places) {
        this.placeOfDemonym = Map.copyOf(placeOfDemonym);
        this.places = Set.copyOf(places);
    }

    public static Places builtIn() {
        try (InputStream in = Places.class.getResourceAsStream("demonyms.txt")) {
            if (in == null) {
                throw new IllegalStateException("demonyms.txt is missing from the enrich jar");
            }
            Map<String, String> demonyms = new HashMap<>();
            Set<String> places = new HashSet<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                String place = parts[0].strip();
                places.add(key(place));
                if (parts.length > 1) {
                    for (String d : parts[1].split(",")) {
                        demonyms.putIfAbsent(key(d), place);
                    }
                }
            }
            for (String alias : new String[] {"US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "America"}) {
                places.add(key(alias));
            }
            return new Places(demonyms, places);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** The place a demonym refers to ("Malian" → "Mali"), or null. */
    public String placeOf(String demonym) {
        return placeOfDemonym.get(key(demonym));
    }

    public boolean isPlace(String name) {
        return places.contains(key(name));
    }
}
