package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
import org.junit.jupiter.api.Test;

class DefinedAcronymsTest {

    private static final String SHABAAB = "https://w3id.org/conflict-kg/id/actor/al-shabaab";

    /** One sentence of whitespace-separated tokens and parentheses. */
    private static AnnotatedText sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("[()]|[^\\s()]+").matcher(text);
        while (m.find()) {
            tokens.add(new Token(tokens.size(), m.group(), m.group(), "NNP", "O", "", m.start(), m.end(), -1, "dep"));
        }
        return new AnnotatedText(text, List.of(new Sentence(0, 0, 0, text.length(), tokens)));
    }

    private static Mention mention(String text, String name, EntityType type, Optional<String> iri) {
        int begin = text.indexOf(name);
        return new Mention(0, 0, 0, begin, begin + name.length(), name, type, "test", iri, Optional.empty(), name);
    }

    @Test
    void theInitialsOfEveryWordAndWordPartMakeTheAcronym() {
        assertTrue(DefinedAcronyms.initialsOf("al-Shabaab", "AS"));
        assertTrue(DefinedAcronyms.initialsOf("Islamic State West Africa Province", "ISWAP"));
        assertFalse(DefinedAcronyms.initialsOf("al-Shabaab", "SA"), "in order");
        assertFalse(DefinedAcronyms.initialsOf("Federal Government of Somalia", "AS"), "from the first word");
    }

    @Test
    void laterUsesOfAnAcronymDefinedAfterAKnownNameAreMentionsOfItsEntity() {
        String text = "the fight against al-Shabaab (AS) . AS claimed responsibility ; AS fighters fled to As";
        AnnotatedText t = sentence(text);
        Mention group = mention(text, "al-Shabaab", EntityType.ARMED_GROUP, Optional.of(SHABAAB));
        int town = text.lastIndexOf("As");
        Mention mistaken = new Mention(0, 0, 0, text.indexOf("AS claimed"), text.indexOf("AS claimed") + 2, "AS",
                EntityType.PLACE, "ner", Optional.empty(), Optional.empty(), "AS");
        Mention czech = new Mention(0, 0, 0, town, town + 2, "As", EntityType.PLACE, "ner", Optional.empty(),
                Optional.empty(), "As");
        List<Mention> result = DefinedAcronyms.add(t, List.of(group, mistaken, czech));
        List<Mention> acronyms = result.stream().filter(m -> m.source().equals("acronym")).toList();
        assertEquals(2, acronyms.size(), result::toString);
        assertTrue(acronyms.stream().allMatch(m -> m.entityIri().equals(Optional.of(SHABAAB))
                && m.type() == EntityType.ARMED_GROUP && m.text().equals("AS")));
        assertFalse(result.contains(mistaken));
        assertTrue(result.contains(czech), "another word is left alone");
        assertEquals(4, result.size());
    }

    @Test
    void anAcronymAfterAnUnknownNameDefinesNothing() {
        String text = "the Global Coalition (GC) met . GC said";
        Mention coalition = mention(text, "Global Coalition", EntityType.ORGANIZATION, Optional.empty());
        assertEquals(List.of(coalition), DefinedAcronyms.add(sentence(text), List.of(coalition)));
    }
}
