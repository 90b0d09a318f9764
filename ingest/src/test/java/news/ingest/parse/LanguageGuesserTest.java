package news.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {
    private static final LanguageGuesser GUESSER = LanguageGuesser.defaults();

    @Test
    void shouldTellEverySeedIsEnglish() throws Exception {
        try (var seeds = Files.list(Path.of("../seeds"))) {
            for (Path seed : seeds.toList()) {
                assertThat(GUESSER.guess(Files.readString(seed))).as(seed.toString()).isEqualTo("en");
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Le ministre des affaires étrangères a reçu lundi l'ambassadeur, qui a souligné que les deux pays sont "
                    + "prêts à renforcer leur coopération dans la lutte contre le terrorisme et pour le commerce.|fr",
            "Die Regierung hat am Montag angekündigt, dass die Zusammenarbeit mit den Nachbarländern ausgebaut wird "
                    + "und dass sie auch bei der Sicherheit enger zusammenarbeiten wollen.|de",
            "El gobierno anunció el lunes que la cooperación con los países vecinos será ampliada y que también "
                    + "trabajarán juntos en materia de seguridad para los próximos años.|es",
            "Правительство в понедельник объявило о расширении сотрудничества с соседними странами в области "
                    + "безопасности и торговли.|ru",
            "Serikali ilitangaza Jumatatu kwamba ushirikiano na nchi jirani utapanuliwa na kwamba pia watafanya "
                    + "kazi pamoja katika masuala ya usalama.|sw",
    })
    void shouldTellCommonAndLessCommonLanguages(String text, String expected) {
        assertThat(GUESSER.guess(text)).isEqualTo(expected);
    }

    @Test
    void shouldRefuseALanguageCodeTheDetectorDoesNotKnow() {
        assertThatThrownBy(() -> LanguageGuesser.of(List.of("en", "xx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'xx'");
    }
}
