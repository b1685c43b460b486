package org.conflictkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.conflictkg.extract.EventExtractor.EntityMention;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Recognises trigger words that name no event that took place: a kind of event ("attacks are common"), one denied
 * ("no such attack", "has not claimed"), predicted, incited or left open, and a word of a name ("the Attack
 * Brigade").
 */
final class NonEvents {

    private static final Set<String> HABITUAL_QUANTIFIERS = Set.of("most", "many", "regular", "frequent",
            "repeated", "numerous", "such", "further", "future", "more", "occasional", "periodic");
    private static final Set<String> INCITING_VERBS = Set.of("instigate", "incite", "urge", "encourage", "exhort",
            "inspire", "call", "motivate");
    /** Words that count many ("hundreds of attacks"). */
    private static final Set<String> MANY = Set.of("dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
            "score", "scores");
    /** Nouns of what someone means to do ("his intent had been to kill Americans"). */
    private static final Set<String> INTENTIONS = Set.of("intent", "intention", "goal", "aim", "purpose",
            "objective", "ambition", "wish", "desire");
    /** Verbs of a charge, which "as" turns into a summary of it ("As charged", "as alleged"). */
    private static final Set<String> ALLEGING_VERBS = Set.of("charge", "allege", "indict");
    private static final Set<String> UNREALISED = Set.of("potential", "imminent", "hypothetical");
    /** What is fired and may be shot down on its way ("shot down several missiles and drones"). */
    private static final Set<String> MUNITIONS = Set.of("missile", "rocket", "drone", "projectile", "shell", "uav",
            "munition", "interceptor");
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
    private static final Set<String> PREDICTIONS = Set.of("likely", "unlikely", "possible", "probable", "expected",
            "feared", "anticipated");

    private NonEvents() {
    }

    /**
     * Whether a trigger of some type still names no event: it is part of an entity's name, a noun denied by its
     * determiner, or it does not tell of something that took place.
     */
    static boolean noEvent(Sentence sentence, Token token, List<EntityMention> here) {
        return insideMention(here, sentence, token) || negatedNoun(sentence, token) || notOccurring(sentence, token)
                || interception(sentence, token) || allegationPhrase(sentence, token)
                || rushedWithWeapon(sentence, token);
    }

    /**
     * "As charged" and "as alleged" open a summary of what a charge says ("As charged, these two young men conspired
     * to join ISIL"), not a charge of their own.
     */
    private static boolean allegationPhrase(Sentence sentence, Token token) {
        return ALLEGING_VERBS.contains(token.lemma().toLowerCase(Locale.ROOT)) && token.index() > 0
                && sentence.tokens().get(token.index() - 1).word().equalsIgnoreCase("as");
    }

    /**
     * "Charged" someone with a knife or a gun is rushing at them ("exited the car and charged a female police officer
     * with a knife"), not charging them before a court.
     */
    private static boolean rushedWithWeapon(Sentence sentence, Token token) {
        return token.isVerb() && token.lemma().equalsIgnoreCase("charge") && sentence.children(token.index()).stream()
                .anyMatch(c -> c.relation().startsWith("obl") && sentence.caseMarker(c).equalsIgnoreCase("with")
                        && AttackTypes.weapon(c.lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * Shooting down what was fired ("Ukraine says that it shot down several missiles and drones during the strike")
     * is defence against an attack told elsewhere, not an attack of its own; shooting down an aircraft is one.
     */
    private static boolean interception(Sentence sentence, Token token) {
        if (!token.isVerb() || !token.lemma().equalsIgnoreCase("shoot") || sentence.children(token.index()).stream()
                .noneMatch(c -> c.relation().equals("compound:prt") && c.word().equalsIgnoreCase("down"))) {
            return false;
        }
        return sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals("obj")
                && MUNITIONS.contains(c.lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * A bare plural noun ("attacks are common") or a quantified or habitual one ("most attacks in the province",
     * "regular ambushes") names a kind of event, not one event; one that a past light verb governs ("made
     * significant arrests", "attacks were launched"), or that is the subject of a past verb of killing, wounding or
     * shaking a place ("Explosions also rocked the Shangri-La, Kingsbury and Cinnamon Grand hotels"), names events
     * that happened.
     */
    static boolean genericPlural(Sentence sentence, Token token, List<EntityMention> here) {
        if (!token.pos().equals("NNS")) {
            return false;
        }
        if (tally(sentence, token)) {
            return true;
        }
        Token harmed = CasualtyCounter.harmingSubject(sentence, token) ? sentence.head(token) : null;
        if (harmed != null && (pastTense(sentence, harmed)
                || presentTense(harmed) && anchored(sentence, harmed, here))) {
            return false;
        }
        if (inCountedDeaths(sentence, token)) {
            return false;
        }
        Token above = sentence.head(token);
        for (int steps = 0; above != null && steps < 2; steps++, above = sentence.head(above)) {
            boolean light = FrameVerbs.light(above.lemma().toLowerCase(Locale.ROOT));
            if (light && (pastTense(sentence, above) || presentTense(above) && anchored(sentence, above, here))) {
                return false;
            }
        }
        for (Token child : sentence.children(token.index())) {
            String relation = child.relation();
            boolean quantifier = Set.of("amod", "det", "advmod").contains(relation)
                    && HABITUAL_QUANTIFIERS.contains(child.word().toLowerCase(Locale.ROOT));
            boolean modified = relation.equals("amod") && sentence.children(child.index()).stream().anyMatch(g ->
                    g.relation().equals("advmod") && HABITUAL_QUANTIFIERS.contains(g.word().toLowerCase(Locale.ROOT)));
            if (quantifier || modified) {
                return true;
            }
        }
        for (Token child : sentence.children(token.index())) {
            String relation = child.relation();
            if (relation.equals("det") || relation.startsWith("nmod:poss") || relation.equals("nummod")
                    || relation.startsWith("nmod") || relation.startsWith("compound") && child.pos().startsWith(
                            "NNP")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a plural trigger is where a counted number of people died or were hurt ("Fifteen people are killed in
     * attacks targeting Iraqi police"): the attacks of that day, not attacks in general.
     */
    private static boolean inCountedDeaths(Sentence sentence, Token token) {
        Token verb = sentence.head(token);
        if (verb == null || !verb.isVerb() || !token.relation().startsWith("obl")
                || !Set.of("in", "during").contains(sentence.caseMarker(token))
                || !CasualtyCounter.casualtyWord(verb.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return sentence.children(verb.index()).stream().filter(c -> c.relation().startsWith("nsubj"))
                .anyMatch(victims -> sentence.children(victims.index()).stream().anyMatch(c ->
                        c.relation().equals("nummod") && !Set.of("DATE", "TIME").contains(c.ner())));
    }

    private static boolean presentTense(Token verb) {
        return verb.pos().equals("VBZ") || verb.pos().equals("VBP");
    }

    /**
     * Whether a light verb in the present tense ties what it frames to one occasion: a town or other place below a
     * country that it introduces as a location, or a number of people killed or wounded ("conducts airstrikes
     * against positions in North Waziristan, killing 27 militants": a digest's present tells what happened that day).
     */
    private static boolean anchored(Sentence sentence, Token verb, List<EntityMention> here) {
        for (EntityMention m : here) {
            Token last = sentence.tokens().get(m.mention().lastToken());
            if (m.type().isPlace() && m.type() != EntityType.COUNTRY && sentence.dominates(verb, last)
                    && EventPlaces.located(sentence, m)) {
                return true;
            }
        }
        for (Token t : sentence.tokens()) {
            Token counted = sentence.head(t);
            Token casualty = counted == null ? null : sentence.head(counted);
            if (t.relation().equals("nummod") && t.pos().equals("CD") && !Set.of("DATE", "TIME").contains(t.ner())
                    && casualty != null && CasualtyCounter.casualtyWord(casualty.lemma().toLowerCase(Locale.ROOT))
                    && sentence.dominates(verb, casualty)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb tells of the past: a past form, or a participle with a past auxiliary ("were launched"). */
    private static boolean pastTense(Sentence sentence, Token verb) {
        return verb.pos().equals("VBD") || verb.pos().equals("VBN") && sentence.children(verb.index()).stream()
                .anyMatch(c -> c.relation().startsWith("aux") && Set.of("was", "were", "had")
                        .contains(c.word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a plural noun is a tally of many events ("at least 74 attacks in Niger during 2021", "hundreds of
     * attacks", "dozens of kidnappings"): a count of ten or more is a statistic, not incidents one by one.
     */
    private static boolean tally(Sentence sentence, Token token) {
        Token head = sentence.head(token);
        if (head != null && token.relation().startsWith("nmod") && sentence.caseMarker(token).equals("of")
                && MANY.contains(head.lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals("nummod")
                && !Set.of("DATE", "TIME").contains(c.ner()) && (MANY.contains(c.lemma().toLowerCase(Locale.ROOT))
                        || c.word().replace(",", "").matches("\\d{2,9}")
                                && Long.parseLong(c.word().replace(",", "")) >= 10));
    }

    /**
     * Whether a verb tells what someone habitually does to a kind of people ("continued to attack civilians",
     * "groups that attack civilians"): an attack on a bare plural, in a clause that describes the attacker or
     * carries on a practice, is no one incident.
     */
    private static boolean habitual(Sentence sentence, Token verb) {
        Token governor = sentence.head(verb);
        boolean carriedOn = verb.relation().equals("xcomp") && governor != null
                && Set.of("continue", "keep", "tend").contains(governor.lemma().toLowerCase(Locale.ROOT));
        boolean describing = verb.relation().startsWith("acl:relcl") && Set.of("VBP", "VBZ").contains(verb.pos());
        return (carriedOn || describing) && sentence.children(verb.index()).stream().anyMatch(c ->
                c.relation().equals("obj") && c.pos().equals("NNS") && sentence.children(c.index()).stream()
                        .noneMatch(g -> Set.of("det", "nummod").contains(g.relation())
                                || g.relation().startsWith("nmod:poss")));
    }

    /**
     * Whether a verb in the present perfect sums up what happened since a year ("Boko Haram has killed more than
     * 30,000 since 2009", "thousands have been killed since the 2009 uprising"): a running total over years, no one
     * incident.
     */
    private static boolean cumulative(Sentence sentence, Token verb) {
        boolean presentPerfect = sentence.children(verb.index()).stream().anyMatch(c -> c.relation().startsWith("aux")
                && Set.of("has", "have", "'ve").contains(c.word().toLowerCase(Locale.ROOT)));
        return presentPerfect && sentence.children(verb.index()).stream().anyMatch(c -> c.relation().startsWith("obl")
                && sentence.caseMarker(c).equals("since") && namesYear(sentence, c));
    }

    /** Whether a phrase is a year or names one among its modifiers ("2009", "the 2009 uprising"). */
    private static boolean namesYear(Sentence sentence, Token head) {
        return YEAR.matcher(head.word()).matches()
                || sentence.children(head.index()).stream().anyMatch(c -> YEAR.matcher(c.word()).matches());
    }

    /** Whether a token is a word of an entity's name ("the Attack Brigade"). */
    private static boolean insideMention(List<EntityMention> here, Sentence sentence, Token token) {
        return here.stream().anyMatch(m -> m.mention().covers(sentence.index(), token.index())
                && m.mention().begin() <= token.begin() && token.end() <= m.mention().end());
    }

    /** Whether a noun trigger is denied by its determiner ("no such attack had taken place"). */
    private static boolean negatedNoun(Sentence sentence, Token token) {
        return token.isNoun() && sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals("det")
                && c.word().equalsIgnoreCase("no"));
    }

    /**
     * Whether a trigger names no event that took place: the source of a report ("according to the indictment"), a
     * characterisation ("frames the conflict as a clash"), a
     * prediction ("further killings are likely", "attacks are expected", "potential attacks"), a question left open
     * ("must decide whether to admit the case for trial"), an incitement ("urged followers to attack", "jihadists to
     * attack Russia": an infinitive on a plural noun of people, not on "an attempt to"), the purpose a thing is used
     * for ("intended to use the missiles to shoot down aircraft", "the phones would be used to detonate explosive
     * devices"), what someone means to do ("Shahzad's intent had been to kill Americans") or a kind ("such attack").
     */
    private static boolean notOccurring(Sentence sentence, Token token) {
        Token governor = sentence.head(token);
        if (token.isVerb() && token.relation().equals("xcomp") && governor != null
                && INCITING_VERBS.contains(governor.lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (token.isVerb() && (habitual(sentence, token) || cumulative(sentence, token))) {
            return true;
        }
        boolean infinitive = sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals("mark")
                && c.word().equalsIgnoreCase("to"));
        if (token.isVerb() && infinitive && token.relation().equals("acl") && governor != null
                && governor.pos().startsWith("NNS") && TriggerLexicon.noun(governor.lemma().toLowerCase(
                        Locale.ROOT)) == null) {
            return true;
        }
        if (token.isVerb() && infinitive && governor != null && governor.lemma().equalsIgnoreCase("use")
                && (token.relation().equals("xcomp") || token.relation().equals("advcl"))) {
            return true;
        }
        if (token.isVerb() && infinitive && sentence.children(token.index()).stream().anyMatch(c ->
                c.relation().startsWith("nsubj") && INTENTIONS.contains(c.lemma().toLowerCase(Locale.ROOT)))) {
            return true;
        }
        if (!token.isNoun()) {
            return false;
        }
        if (sentence.children(token.index()).stream().anyMatch(c -> (c.relation().equals("amod")
                && UNREALISED.contains(c.word().toLowerCase(Locale.ROOT))) || (Set.of("amod", "det").contains(
                        c.relation()) && c.word().equalsIgnoreCase("such")))) {
            return true;
        }
        if (sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals("case")
                && (c.word().equalsIgnoreCase("according") || c.word().equalsIgnoreCase("as")))) {
            return true;
        }
        Token head = sentence.head(token);
        if (head != null && token.relation().startsWith("nsubj")
                && PREDICTIONS.contains(head.word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (NounPhrases.definite(sentence, token)) {
            return false;
        }
        for (Token above = head; above != null; above = sentence.head(above)) {
            if (sentence.children(above.index()).stream().anyMatch(c -> c.relation().equals("mark")
                    && c.word().equalsIgnoreCase("whether"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb is negated ("has not claimed") or its subject is ("no group has claimed"). */
    static boolean negated(Sentence sentence, Token verb) {
        for (Token child : sentence.children(verb.index())) {
            String word = child.word().toLowerCase(Locale.ROOT);
            if (Set.of("not", "n't", "never").contains(word)) {
                return true;
            }
            if (child.relation().startsWith("nsubj") && (Set.of("nobody", "none", "no-one").contains(word)
                    || sentence.children(child.index()).stream().anyMatch(c -> c.relation().equals("det")
                            && c.word().equalsIgnoreCase("no")))) {
                return true;
            }
        }
        return false;
    }
}
