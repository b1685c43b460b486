package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
import org.junit.jupiter.api.Test;

class UntaggedTownsTest {

    private static final String NIGERIA = "https://w3id.org/conflict-kg/id/place/nigeria";
    private static final Map<String, Set<String>> COUNTRIES = Map.of(NIGERIA, Set.of("nigeria"));
    private static final Function<String, Set<String>> TOWNS = name -> switch (name) {
        case "Dapchi", "Hope" -> Set.of("nigeria");
        case "Bamako" -> Set.of("mali");
        default -> Set.of();
    };

    /** One sentence of whitespace-separated tokens, capitalised ones tagged NNP, none given a type. */
    private static AnnotatedText sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("\\S+").matcher(text);
        while (m.find()) {
            String pos = Character.isUpperCase(m.group().charAt(0)) ? "NNP" : "NN";
            tokens.add(new Token(tokens.size(), m.group(), m.group(), pos, "O", "", m.start(), m.end(), -1, "dep"));
        }
        return new AnnotatedText(text, List.of(new Sentence(0, 0, 0, text.length(), tokens)));
    }

    private static Mention nigeria(String text) {
        int begin = text.indexOf("Nigeria");
        return new Mention(0, 0, 0, begin, begin + 7, "Nigeria", EntityType.COUNTRY, "gazetteer",
                Optional.of(NIGERIA), Optional.empty(), "Nigeria");
    }

    @Test
    void anUntaggedTownOfANamedCountryIsAPlace() {
        String text = "Dapchi lies in the north of Nigeria , and Bamako is far";
        List<Mention> result = UntaggedTowns.add(sentence(text), List.of(nigeria(text)), TOWNS, COUNTRIES);
        List<String> places = result.stream().filter(m -> m.type() == EntityType.PLACE).map(Mention::text).toList();
        assertEquals(List.of("Dapchi"), places, "Bamako is a town of a country the text does not name");
    }

    @Test
    void aNameTheTextAlsoWritesAsAWordOrNoCountryNamedAddsNothing() {
        String text = "Hope came to Nigeria , with hope";
        Mention country = nigeria(text);
        assertEquals(List.of(country), UntaggedTowns.add(sentence(text), List.of(country), TOWNS, COUNTRIES));
        String noCountry = "Dapchi lies far";
        assertEquals(List.of(), UntaggedTowns.add(sentence(noCountry), List.of(), TOWNS, COUNTRIES));
    }
}
