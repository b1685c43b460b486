package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.extract.EventExtractor.EntityMention;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/** Decides where an event happened: the places its arguments, its sentence, a heading or a location field name. */
final class EventPlaces {

    private static final Set<String> PLACE_CASES = Lexicons.words("place-words.tsv", "locative");
    private static final Set<String> PLACE_NOUNS = Lexicons.words("place-words.tsv", "place-noun");
    private static final Set<String> SITE_NOUNS = Lexicons.words("place-words.tsv", "site-noun");
    /** Case markers of what an attack struck ("an assault on the town of Monguno", "against the train system"). */
    private static final Set<String> STRUCK_CASES = Set.of("on", "against", "toward", "towards");
    /** Verbs of a clause that tells what an event's weapon or attacker was aimed at ("a bomb targeting police"). */
    private static final Set<String> AIMING_VERBS = Set.of("target", "attack", "strike", "hit");
    private static final Pattern LOCATION_FIELD = Pattern.compile(
            "(?im)^[ \\t]*(?:location|place)[ \\t]*:[ \\t]*(.+)$");

    private EventPlaces() {
    }

    /** Whether a case marker introduces a location ("in", "near", "on the outskirts of"). */
    static boolean locative(String marker) {
        return PLACE_CASES.contains(marker);
    }

    /**
     * Whether a case marker introduces where people were taken: the place an abduction, an arrest or a deportation
     * takes them from ("abduct 400 civilians from the city of Deir ez-Zor"), where for an attack it says where it came
     * from ("rockets fired from Gaza").
     */
    static boolean takenFrom(EventDraft draft, String marker) {
        return marker.equals("from") && (draft.type == EventType.HOSTAGE_TAKING || draft.type == EventType.ARREST
                || draft.type == EventType.DEPORTATION);
    }

    /** Whether a lemma is a noun that names a kind of place ("town", "district"). */
    static boolean placeNoun(String lemma) {
        return PLACE_NOUNS.contains(lemma);
    }

    /**
     * Whether a mention names a place, not a country's demonym or name that says whose strike or weapon it was
     * ("killed in Russian air strikes", "a U.S. airstrike").
     */
    static boolean place(Sentence sentence, EntityMention m) {
        if (!m.type().isPlace()) {
            return false;
        }
        Token last = sentence.tokens().get(m.mention().lastToken());
        Token head = sentence.head(last);
        boolean whose = m.mention().source().equals(MentionExtractor.DEMONYM_SOURCE)
                || m.type() == EntityType.COUNTRY && last.relation().startsWith("compound");
        return !(whose && head != null && DemonymHeads.force(head.lemma()));
    }

    /**
     * Whether a place is what a place noun names ("the village of Kisunga", "the town of Monguno", "Dalori
     * village").
     */
    static boolean namedBy(Sentence sentence, EntityMention m, Token placeNoun) {
        Token token = sentence.tokens().get(m.mention().lastToken());
        return placeNoun(placeNoun.lemma().toLowerCase(Locale.ROOT)) && sentence.head(token) == placeNoun
                && (sentence.caseMarker(token).equals("of") || token.relation().startsWith("compound"));
    }

    /**
     * Adds the places a token names, or (onlyToken false) that its noun phrase names, except where something ranks
     * ("in the history of Spain").
     */
    static void add(EventDraft draft, Sentence sentence, Token token, List<EntityMention> here,
            boolean onlyToken) {
        List<EntityMention> mentions = onlyToken ? NounPhrases.mentionAt(sentence, token, here)
                : NounPhrases.entitiesUnder(sentence, token, here);
        for (EntityMention m : mentions) {
            if (place(sentence, m) && (onlyToken
                    || !rankingScope(sentence, sentence.tokens().get(m.mention().lastToken())))) {
                draft.places.add(m.iri());
            }
        }
    }

    /** Places in an argument's subtree that are introduced as locations ("through a mosque in Quetta"). */
    static void addLocated(EventDraft draft, Sentence sentence, Token token, List<EntityMention> here) {
        for (EntityMention m : NounPhrases.entitiesUnder(sentence, token, here)) {
            if (place(sentence, m) && located(sentence, m)) {
                draft.places.add(m.iri());
            }
        }
    }

    /**
     * Whether a place mention is introduced as a location: by a locative preposition ("in Kano", "near Gao"), directly
     * or through the noun it names ("in Sariyer district", "near the town of Arbinda", "an assault on the town of
     * Monguno", "in the Somali capital Mogadishu"). A name the parser split at a preposition of its own ("near Dar as
     * Salam", parsed as "Dar" and "as Salam") is located when either part is. A place where something ranks is none
     * ("the deadliest in Europe", "in the history of Spain").
     */
    static boolean located(Sentence sentence, EntityMention m) {
        int first = m.mention().firstToken();
        int last = m.mention().lastToken();
        if (rankingScope(sentence, sentence.tokens().get(last))) {
            return false;
        }
        for (int i = first; i < last; i++) {
            Token part = sentence.tokens().get(i);
            Token head = sentence.head(part);
            if (head != null && (head.index() < first || head.index() > last) && !part.relation().equals("punct")
                    && locatedToken(sentence, part)) {
                return true;
            }
        }
        return locatedToken(sentence, sentence.tokens().get(last))
                || m.type() == EntityType.CITY && siteOf(sentence, sentence.tokens().get(last));
    }

    /**
     * Whether a town names the site whose "of" it follows, that site being the place or target of what happened
     * ("attacked the police station of Diffa", "bombings against the commuter train system of Madrid").
     */
    private static boolean siteOf(Sentence sentence, Token town) {
        Token site = sentence.head(town);
        if (site == null || !sentence.caseMarker(town).equals("of")
                || !SITE_NOUNS.contains(site.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String marker = sentence.caseMarker(site);
        return site.relation().equals("obj") || locative(marker)
                || STRUCK_CASES.contains(marker);
    }

    private static boolean locatedToken(Sentence sentence, Token token) {
        if (token.relation().startsWith("compound") && sentence.head(token) != null) {
            token = sentence.head(token);
        }
        String marker = sentence.caseMarker(token);
        if (locative(marker)) {
            return true;
        }
        Token head = sentence.head(token);
        if (token.relation().equals("appos") && head != null && placeNoun(head.lemma().toLowerCase(Locale.ROOT))
                && locative(sentence.caseMarker(head))) {
            return true;
        }
        return marker.equals("of") && head != null && placeNoun(head.lemma().toLowerCase(Locale.ROOT))
                && (locative(sentence.caseMarker(head))
                        || STRUCK_CASES.contains(sentence.caseMarker(head)));
    }

    /**
     * When the only event of a sentence has no place from its own arguments, or only a country ("the attacks in
     * northeastern Nigeria ... that took the lives of six people in a church in Potiskum"), the places the sentence
     * introduces as locations are its places ("Gunmen abducted 26 people, most of them women, near the town of Arbinda"),
     * except those in a clause about a noun ("a passport acquired in Kyrgyzstan") and, for a definite noun, those in
     * a clause said beside its own ("admitted attempting the car bombing and said he had trained in Pakistan"), and
     * not for a reference to an earlier event in a prepositional phrase ("according to the indictment"). When the
     * sentence tells several events, none placed by its own arguments, and locates one town or region alone, they
     * all took place there ("Protesters in Tripoli, Lebanon, set fire to a KFC, sparking clashes").
     */
    static void soleEventPlaces(List<EventDraft> found, Sentence sentence, List<EntityMention> here) {
        List<EventDraft> events = found.stream().filter(d -> !d.type.isStatement()).toList();
        if (events.isEmpty() || !events.stream().allMatch(e -> onlyCountries(e.places, here))) {
            return;
        }
        if (events.size() == 1) {
            events.get(0).places.addAll(sentencePlaces(events.get(0), sentence, here));
            return;
        }
        Set<String> shared = new LinkedHashSet<>();
        for (EventDraft event : events) {
            shared.addAll(sentencePlaces(event, sentence, here).stream()
                    .filter(p -> here.stream().anyMatch(m -> m.iri().equals(p) && m.type() != EntityType.COUNTRY))
                    .toList());
        }
        if (shared.size() == 1) {
            for (EventDraft event : events) {
                event.places.addAll(shared);
            }
        }
    }

    /** The places a sentence introduces as locations that may be its event's (see {@link #soleEventPlaces}). */
    private static Set<String> sentencePlaces(EventDraft event, Sentence sentence, List<EntityMention> here) {
        Set<String> places = new LinkedHashSet<>();
        if (event.reference || event.definite && (event.trigger.relation().startsWith("obl")
                || event.trigger.relation().startsWith("nmod"))
                && !Set.of("such", "like", "including").contains(sentence.caseMarker(event.trigger))) {
            return places;
        }
        boolean countries = !event.places.isEmpty();
        for (EntityMention m : here) {
            Token last = sentence.tokens().get(m.mention().lastToken());
            if (place(sentence, m) && (!countries || m.type() != EntityType.COUNTRY)
                    && (located(sentence, m) || event.violent() && struck(sentence, m, event.trigger))
                    && !inRelativeClause(sentence, last, event.trigger) && !describesActor(sentence, last, here)
                    && !(event.definite && inOtherClause(sentence, last, event.trigger))) {
                places.add(m.iri());
            }
        }
        return places;
    }

    /**
     * Whether a town or region is what the trigger right before it struck ("a missile strike on Kyiv", "air strikes
     * against the Saada Governorate"), read from the words since parsers often misattach such phrases: a country so
     * named is a target state, not a place.
     */
    private static boolean struck(Sentence sentence, EntityMention m, Token trigger) {
        int marker = m.mention().firstToken() - 1;
        if (marker > 0 && sentence.tokens().get(marker).lemma().equalsIgnoreCase("the")) {
            marker--;
        }
        return m.type() != EntityType.COUNTRY && marker > 0 && marker - 1 == trigger.index() && !trigger.isVerb()
                && STRUCK_CASES.contains(sentence.tokens().get(marker).word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a place is where something ranks, not where it happened: under a superlative ("the deadliest in
     * Europe") or a history ("in the history of Spain").
     */
    private static boolean rankingScope(Sentence sentence, Token place) {
        Token current = sentence.head(place);
        for (int steps = 0; current != null && steps < 2; steps++, current = sentence.head(current)) {
            if (current.pos().equals("JJS") || current.lemma().equalsIgnoreCase("history")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An event told in a clause that "where" attaches to a place takes that place ("Chibok, where over 276
     * schoolgirls were kidnapped in 2014"; "Kabul, where a bombing killed 12").
     */
    static void wherePlaces(List<EventDraft> found, Sentence sentence, List<EntityMention> here) {
        for (EventDraft draft : found) {
            if (draft.type.isStatement()) {
                continue;
            }
            Token clause = draft.trigger;
            if (!clause.isVerb() && clause.relation().startsWith("nsubj") && sentence.head(clause) != null) {
                clause = sentence.head(clause);
            }
            Token antecedent = sentence.head(clause);
            if (antecedent == null || !clause.relation().startsWith("acl")) {
                continue;
            }
            boolean where = sentence.children(clause.index()).stream()
                    .anyMatch(t -> t.lemma().equalsIgnoreCase("where"));
            if (where) {
                add(draft, sentence, antecedent, here, true);
            }
        }
    }

    /** Whether places are none or only countries ("the attacks in northeastern Nigeria"). */
    private static boolean onlyCountries(Set<String> places, List<EntityMention> here) {
        return places.stream().allMatch(p -> here.stream().anyMatch(m -> m.iri().equals(p)
                && m.type() == EntityType.COUNTRY));
    }

    /**
     * The places of a sentence's heading, the part before a colon that has no verb, as incident logs write them
     * ("25 March 2024, Mosul (Nineveh): Unknown gunmen tried ...").
     */
    static List<String> headerPlaces(Sentence sentence, List<EntityMention> here) {
        int colon = -1;
        for (Token token : sentence.tokens()) {
            if (token.word().equals(":")) {
                colon = token.index();
                break;
            }
            if (token.isVerb() || token.index() >= 12) {
                return List.of();
            }
        }
        List<String> places = new ArrayList<>();
        for (EntityMention m : here) {
            if (m.type().isPlace() && m.mention().lastToken() < colon && !places.contains(m.iri())) {
                places.add(m.iri());
            }
        }
        return places;
    }

    /** The places named in a "Location:" field of a structured report, which locate its incidents. */
    static List<String> locationField(AnnotatedText text, List<EntityMention> mentions) {
        List<String> places = new ArrayList<>();
        Matcher field = LOCATION_FIELD.matcher(text.text());
        while (field.find()) {
            for (EntityMention m : mentions) {
                if (m.type().isPlace() && m.mention().begin() >= field.start(1) && m.mention().end() <= field.end(1)
                        && !places.contains(m.iri())) {
                    places.add(m.iri());
                }
            }
        }
        return places;
    }

    /**
     * Events that happen somewhere (not statements) and have no place of their own, or only a site, take the
     * places of the sentence's heading, else those of the report's location field. An arrest, deportation or
     * trial with none takes the place its authority is named with ("police in Istanbul", "Poland deported"; a city
     * an authority is located in is among its places anyway: "Police in Istanbul detained them in Esenyurt"), and a
     * warning the place of whoever issues it ("the US Embassy in Nairobi urged", "Sweden's Security Service warned").
     */
    static void contextPlaces(List<EventDraft> found, List<String> header, List<String> locationField,
            Map<String, EntityType> types) {
        for (EventDraft d : found) {
            if (d.type == EventType.WARNING && d.places.isEmpty()) {
                d.places.addAll(d.agentPlaces);
            }
            if (d.type.isStatement() || d.reference || !d.verb && !d.hasArguments()) {
                continue;
            }
            if (d.places.isEmpty() && !d.agentPlaces.isEmpty()) {
                d.places.addAll(d.agentPlaces);
            }
            List<String> context = header.isEmpty() ? locationField : header;
            if (d.places.stream().allMatch(p -> types.get(p) == EntityType.SITE)) {
                d.places.addAll(context);
            }
        }
    }

    /**
     * Whether a token is in a clause said beside the trigger's, not in it ("He admitted attempting the car bombing
     * and said that he had trained at a camp in Pakistan": the camp's place is not the bombing's).
     */
    private static boolean inOtherClause(Sentence sentence, Token token, Token trigger) {
        for (Token current = token; current != null; current = sentence.head(current)) {
            if (Set.of("ccomp", "parataxis", "advcl").contains(current.relation())
                    && !sentence.dominates(current, trigger)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a token lies in an apposition that describes an actor ("Al-Shabaab, al-Qaeda's affiliate in East
     * Africa, said it carried out the attack"): where the actor operates, not where the event happened.
     */
    private static boolean describesActor(Sentence sentence, Token token, List<EntityMention> here) {
        for (Token current = token; current != null && !current.isVerb(); current = sentence.head(current)) {
            Token head = sentence.head(current);
            if (current.relation().equals("appos") && head != null && NounPhrases.mentionAt(sentence, head, here)
                    .stream().anyMatch(m -> m.type().isActor())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inRelativeClause(Sentence sentence, Token token, Token trigger) {
        for (Token current = token; current != null; current = sentence.head(current)) {
            if (current.isVerb()) {
                Token noun = sentence.head(current);
                while (noun != null && noun != trigger && noun.relation().startsWith("nmod")
                        && sentence.caseMarker(noun).equals("of")) {
                    noun = sentence.head(noun);
                }
                return current.relation().startsWith("acl") && noun != trigger
                        && !(noun != null && sentence.head(noun) == trigger && (argument(noun)
                                || noun.relation().equals("nsubj") && AIMING_VERBS.contains(current.lemma())));
            }
        }
        return false;
    }

    private static boolean argument(Token noun) {
        return noun.relation().equals("obj") || noun.relation().startsWith("obl")
                || noun.relation().equals("nsubj:pass");
    }
}
