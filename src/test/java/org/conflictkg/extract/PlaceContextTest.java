package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictkg.nlp.Token;
import org.junit.jupiter.api.Test;

class PlaceContextTest {

    private static List<Token> tokens(String... specs) {
        return HandParsed.sentence(0, 0, specs).tokens();
    }

    @Test
    void aLocativeBeforeOrAKindOfPlaceAfterLocatesAName() {
        List<Token> in = tokens("killed kill VBN -1 root", "in in IN 2 case", "Raqqa Raqqa NNP 0 obl");
        assertTrue(PlaceContext.locatedAsPlace(in, 2, 2));
        List<Token> region = tokens("Banadir Banadir NNP 1 compound", "region region NN -1 root");
        assertTrue(PlaceContext.locatedAsPlace(region, 0, 0));
        List<Token> subject = tokens("Raqqa Raqqa NNP 1 nsubj", "said say VBD -1 root");
        assertFalse(PlaceContext.locatedAsPlace(subject, 0, 0));
        List<Token> capital = tokens("the the DT 2 det", "provincial provincial JJ 2 amod", "capital capital NN -1 root",
                "Mehtar Mehtar NNP 4 compound", "Lam Lam NNP 2 appos");
        assertTrue(PlaceContext.locatedAsPlace(capital, 3, 4));
        List<Token> mayor = tokens("the the DT 1 det", "mayor mayor NN 3 compound", "Sadiq Sadiq NNP 3 compound",
                "Khan Khan NNP -1 root");
        assertFalse(PlaceContext.locatedAsPlace(mayor, 2, 3));
    }

    @Test
    void aNameGivenAsASettlementsNameIsAPlaceThoughNoGazetteerKnowsIt() {
        List<Token> villageOf = tokens("the the DT 1 det", "village village NN -1 root", "of of IN 3 case",
                "Goshe Goshe NNP 1 nmod");
        assertTrue(PlaceContext.namedAsSettlement(villageOf, 3, 3));
        List<Token> apposition = tokens("Dioungani Dioungani NNP -1 root", ", , , 0 punct", "a a DT 3 det",
                "village village NN 0 appos", "in in IN 5 case", "Mali Mali NNP 3 nmod");
        assertTrue(PlaceContext.namedAsSettlement(apposition, 0, 0));
        List<Token> councilman = tokens("Smith Smith NNP -1 root", ", , , 0 punct", "a a DT 4 det",
                "city city NN 4 compound", "councilman councilman NN 0 appos");
        assertFalse(PlaceContext.namedAsSettlement(councilman, 0, 0));
        List<Token> department = tokens("the the DT 1 det", "Department Department NNP -1 root", "of of IN 3 case",
                "Justice Justice NNP 1 nmod");
        assertFalse(PlaceContext.namedAsSettlement(department, 3, 3));
    }

    @Test
    void aCommaChainToADivisionOrACountryLocatesAName() {
        List<Token> oblast = tokens("Toretsk Toretsk NNP -1 root", ", , , 0 punct", "Donetsk Donetsk NNP 3 compound",
                "Oblast Oblast NNP 0 appos", ", , , 0 punct");
        assertTrue(PlaceContext.chainedToItsDivision(oblast, 0, span -> false));
        List<Token> country = tokens("Beni Beni NNP -1 root", ", , , 0 punct", "Congo Congo NNP 0 appos",
                ". . . 0 punct");
        assertTrue(PlaceContext.chainedToItsDivision(country, 0, span -> span.size() == 1
                && span.get(0).word().equals("Congo")));
        assertFalse(PlaceContext.chainedToItsDivision(country, 0, span -> false), "Congo unknown as a country");
    }

    @Test
    void aDistanceAndACompassPointFromAnotherPlaceLocateAName() {
        List<Token> compass = tokens("Arbinda Arbinda NNP -1 root", ", , , 0 punct", "30 30 CD 3 nummod",
                "km km NN 4 obl:npmod", "north north RB 0 advmod", "of of IN 6 case", "Djibo Djibo NNP 4 obl");
        assertTrue(PlaceContext.placedByCompass(compass, 0));
        assertFalse(PlaceContext.placedByCompass(compass, 6));
    }
}
