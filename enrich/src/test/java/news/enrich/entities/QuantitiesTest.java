package news.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {
    private final Quantities quantities = new Quantities();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "exports of 12.9 million rand this year|MONEY|12.9 million rand|12900000 ZAR",
            "from 250,000 rand up|MONEY|250,000 rand|250000 ZAR",
            "reached USD 74.3 million in 2024|MONEY|USD 74.3 million|74300000 USD",
            "(approximately USD 770,000)|MONEY|USD 770,000|770000 USD",
            "a $5bn deal|MONEY|$5bn|5000000000 USD",
            "cost £3.2m to build|MONEY|£3.2m|3200000 GBP",
            "worth €40 million|MONEY|€40 million|40000000 EUR",
            "paid 10 euros each|MONEY|10 euros|10 EUR",
            "5 million CFA francs|MONEY|5 million CFA francs|5000000 XOF",
            "500 francs|MONEY|500 francs|500 francs",
            "grew 4% in 2024|PERCENT|4%|0.04",
            "rose 4 per cent|PERCENT|4 per cent|0.04",
            "rose 12.5 percent|PERCENT|12.5 percent|0.125",
            "fell four percent|PERCENT|four percent|0.04",
            "up twenty-five per cent|PERCENT|twenty-five per cent|0.25",
            "by 3 percentage points|PERCENT|3 percentage points|0.03"})
    void shouldFindAndNormalise(String text, String type, String surface, String value) {
        List<Span> spans = quantities.find(text);

        assertThat(spans).hasSize(1);
        Span span = spans.get(0);
        assertThat(span.type()).isEqualTo(type);
        assertThat(span.text()).isEqualTo(surface);
        assertThat(text.substring(span.start(), span.end())).isEqualTo(surface);
        assertThat(span.value()).isEqualTo(value);
    }

    @Test
    void shouldFindNothingInPlainNumbers() {
        assertThat(quantities.find("200 metric tons of gold, 50 tons, in 2024 and 3 people")).isEmpty();
    }

    @Test
    void shouldFindPercentagesWhateverTheUnitsCase() {
        assertThat(percents("inflation rose to 5.2% in May")).containsExactly("5.2%");
        assertThat(percents("up 40 PER CENT")).containsExactly("40 PER CENT");
        assertThat(percents("up 40 per\u00a0cent")).containsExactly("40 per\u00a0cent");
        assertThat(percents("a 12 pct rise")).containsExactly("12 pct");
        assertThat(percents("two Percentage Points")).containsExactly("two Percentage Points");
        assertThat(percents("12 people met in 2024 for $5 million")).isEmpty();
        assertThat(new Quantities().find("Shares fell 12 PCT, then three per cent more"))
                .extracting(Span::value).containsExactly("0.12", "0.03");
    }

    @Test
    void shouldFindThePercentagesAPlainSearchFindsOnRandomText() {
        String[] pieces = {"5", "12,500", "1.5", "1234567890", "999,999,999.5", ".", ",", "0", "twenty-five", "seventy seven", "a hundred", "one",
            "nine", "Ninety", "%", "per cent", "per\u00a0cent", "Per Cent", "percent", "percentage points", "pct",
            "PCT", "super", "up", "x", "_", "\u00e9", " ", " ", " ", "\u00a0", "-"};
        var random = new java.util.Random(3);
        for (int round = 0; round < 5_000; round++) {
            var text = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            List<String> plain = new java.util.ArrayList<>();
            var m = Quantities.percentPattern().matcher(text);
            while (m.find()) {
                plain.add(m.start() + ":" + m.group());
            }
            List<String> found = new java.util.ArrayList<>();
            Quantities.percents(text.toString(), match -> found.add(match.start() + ":" + match.group()));
            assertThat(found).as("'%s'", text).isEqualTo(plain);
        }
    }

    private static List<String> percents(String text) {
        List<String> found = new java.util.ArrayList<>();
        Quantities.percents(text, m -> found.add(m.group()));
        return found;
    }
}
