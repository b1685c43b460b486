package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/** Decides how many people an attack killed and wounded, from the counts and "nobody was hurt" of a sentence. */
final class CasualtyCounter {

    private static final Set<String> KILL_WORDS = Lexicons.words("casualty-words.tsv", "killed");
    private static final Set<String> WOUND_WORDS = Lexicons.words("casualty-words.tsv", "wounded");
    private static final Set<String> KILLINGS_OF = Lexicons.words("casualty-words.tsv", "killing-of");
    private static final Set<String> NONE_ADJECTIVES = Set.of("reported", "immediate", "known", "other",
            "further", "confirmed", "immediately");
    /** Words between "no" and what there was none of ("no reports of any casualties"). */
    private static final Set<String> REPORTED_OF = Set.of("report", "of", "any");
    /** Verbs whose subject is that of the casualty verb they govern ("are said to have been killed"). */
    private static final Set<String> RAISING_VERBS = Set.of("say", "report", "believe", "fear", "think",
            "estimate", "understand", "know", "confirm", "presume");
    /** Words before a count that add it to another one ("wounds another six"). */
    private static final Set<String> ADDED = Set.of("another", "further", "additional");
    private static final Set<String> QUALIFIERS = Lexicons.words("casualty-words.tsv", "qualifier");
    /** Adverbs that make the wounded of a count dead ("injuring 50 people, four of them fatally"). */
    private static final Set<String> FATALLY = Set.of("fatally", "mortally");
    /** Verb forms the tagger reads as plural nouns after "and" in "kills 16 people and wounds 40 others". */
    private static final Set<String> MISTAGGED_VERBS = Set.of("wounds", "injures");
    /** Verbs by which a blast or an attack strikes a place ("blasts rocked the capital", "ripped through"). */
    private static final Set<String> SHAKING_VERBS = Set.of("rock", "shake", "rip", "tear");
    /** The auxiliaries of a passive ("were wounded", "have been killed"). */
    private static final Set<String> AUXILIARIES = Set.of("be", "have");

    private CasualtyCounter() {
    }

    /** Whether a lemma says people were killed or wounded ("killed", "injured", "died"). */
    static boolean casualtyWord(String lemma) {
        return KILL_WORDS.contains(lemma) || WOUND_WORDS.contains(lemma);
    }

    /**
     * Whether a noun trigger is the subject of a verb of killing, wounding or shaking a place, which tells that it
     * happened even when it counts no one ("Clashes in Deir ez-Zor ... kill and injure several people", "Three
     * simultaneous blasts rocked India's financial capital").
     */
    static boolean harmingSubject(Sentence sentence, Token trigger) {
        Token verb = sentence.head(trigger);
        if (trigger.isVerb() || !trigger.relation().equals("nsubj") || verb == null || !verb.isVerb()) {
            return false;
        }
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        return casualtyWord(lemma) || SHAKING_VERBS.contains(lemma);
    }

    /**
     * Gives the killed and wounded counts of a sentence to the events found in it, or, when it names none, to the
     * latest attack of its paragraph among the events so far.
     */
    static void assign(List<EventDraft> found, Sentence sentence, List<EventDraft> events) {
        assign(found, sentence, events, Set.of());
    }

    /**
     * As {@link #assign(List, Sentence, List)}, for a sentence that introduces these places as locations: its
     * figures go to no earlier attack placed elsewhere ("Fighting between Tuareg rebels and government troops in Mali
     * kills 47 people" after a raid in Mogadishu).
     */
    static void assign(List<EventDraft> found, Sentence sentence, List<EventDraft> events, Set<String> placesTold) {
        counts(found, sentence, events, placesTold);
        noneHurt(events, found, sentence);
    }

    /**
     * Killed and wounded counts of a sentence ("killing at least 12 people and wounding 40"), each given to the
     * nearest attack of the sentence, a revised toll ("raising the death toll to 20") in place of its count; in a
     * sentence that names no event, to the latest attack or operation of its paragraph.
     */
    private static void counts(List<EventDraft> found, Sentence sentence, List<EventDraft> events,
            Set<String> placesTold) {
        List<EventDraft> attacks = found.stream().filter(EventDraft::violent).toList();
        boolean ownSentence = !attacks.isEmpty();
        if (attacks.isEmpty() && found.stream().noneMatch(d -> !d.type.isStatement())) {
            attacks = latestViolentInParagraph(events, sentence, placesTold).map(List::of).orElse(List.of());
        }
        if (attacks.isEmpty()) {
            return;
        }
        for (EventDraft d : attacks) {
            Token one = singleVictim(sentence, d.trigger);
            if (one != null && d.killed.isEmpty()) {
                d.killed = Optional.of(new Casualties(withConjuncts(sentence, one, 1), ""));
            }
        }
        List<Optional<Casualties>> killedBefore = attacks.stream().map(d -> d.killed).toList();
        List<Optional<Casualties>> woundedBefore = attacks.stream().map(d -> d.wounded).toList();
        boolean countsDead = false;
        for (Token token : sentence.tokens()) {
            boolean modifier = numberModifier(sentence, token);
            if (!modifier && !token.pos().equals("CD")) {
                continue;
            }
            Integer count = NumberWords.number(token);
            if (count == null) {
                continue;
            }
            boolean killed = false;
            boolean wounded = false;
            Token noun = modifier ? sentence.head(token) : token;
            if (TollNumbers.excluded(sentence, token, noun)) {
                continue;
            }
            if (RevisedTolls.revisesDeaths(sentence, token, countsDead)) {
                int low = RevisedTolls.rangeStart(sentence, token, count);
                nearestTo(attacks, token).killed = Optional.of(new Casualties(low, qualifier(sentence, token)));
                continue;
            }
            Token current = noun;
            Token verb = passiveVerbAfter(sentence, noun);
            if (verb == null) {
                verb = activeVerbBefore(sentence, token);
            }
            if (verb != null) {
                String lemma = verb.lemma().toLowerCase(Locale.ROOT);
                killed = KILL_WORDS.contains(lemma);
                wounded = !killed && WOUND_WORDS.contains(lemma);
                current = verb;
            }
            for (int steps = 0; verb == null && current != null && steps < 3; steps++) {
                String lemma = current.lemma().toLowerCase(Locale.ROOT);
                killed |= KILL_WORDS.contains(lemma) && !(lemma.equals("life") && !claimOfLives(sentence, current));
                wounded |= WOUND_WORDS.contains(lemma);
                killed |= deadAfterList(sentence, current);
                killed |= lostLives(sentence, current);
                killed |= killingOf(sentence, current);
                for (Token child : sentence.children(current.index())) {
                    String childLemma = child.lemma().toLowerCase(Locale.ROOT);
                    killed |= child.relation().equals("advmod") && FATALLY.contains(childLemma);
                    if (child.relation().equals("amod") || child.relation().equals("acl")) {
                        killed |= Set.of("dead", "killed").contains(childLemma)
                                || childLemma.equals("kill") && !killingOthers(sentence, child);
                        wounded |= WOUND_WORDS.contains(childLemma);
                    } else if ((child.relation().equals("xcomp") || child.relation().equals("obj")
                            && child.index() == current.index() + 1) && childLemma.equals("dead")) {
                        killed = true;
                    } else if (child.relation().equals("xcomp") && RAISING_VERBS.contains(lemma)) {
                        killed |= KILL_WORDS.contains(childLemma);
                        wounded |= WOUND_WORDS.contains(childLemma);
                    }
                }
                if (killed || wounded || agentOfTransitive(sentence, current)) {
                    break;
                }
                current = sentence.head(current);
            }
            if (!killed && !wounded) {
                continue;
            }
            countsDead |= killed;
            int people = killed && modifier ? withConjuncts(sentence, noun, count) : count;
            Casualties casualties = new Casualties(people, qualifier(sentence, token));
            EventDraft nearest = subjectOf(attacks, sentence, current);
            if (nearest == null) {
                nearest = governing(attacks, sentence, current);
            }
            if (nearest == null) {
                nearest = nearestTo(attacks, token);
            }
            if (killed && nearest.killed.isEmpty()) {
                nearest.killed = Optional.of(casualties);
            } else if (wounded && !killed && nearest.wounded.isEmpty()) {
                nearest.wounded = Optional.of(casualties);
            }
        }
        victimSubjects(attacks, sentence, ownSentence, killedBefore, woundedBefore);
    }

    /**
     * The passive casualty verb that follows a count at once, whatever the parser made of it ("killed 5 people and
     * another 20 were wounded", where "20" is parsed as a conjunct of "people"), or null.
     */
    private static Token passiveVerbAfter(Sentence sentence, Token noun) {
        List<Token> tokens = sentence.tokens();
        int i = noun.index() + 1;
        boolean auxiliary = false;
        while (i < tokens.size() && i <= noun.index() + 3
                && AUXILIARIES.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT))) {
            auxiliary = true;
            i++;
        }
        if (!auxiliary || i >= tokens.size() || !tokens.get(i).pos().equals("VBN")) {
            return null;
        }
        Token verb = tokens.get(i);
        return casualtyWord(verb.lemma().toLowerCase(Locale.ROOT)) ? verb : null;
    }

    /**
     * The casualty verb right before a count, past a qualifier and past "another" ("kills at least 4 Somali soldiers
     * and another 11 are injured", where the parser makes "soldiers" the subject of "injured"; "wounds 40 others" and
     * "wounds another six", tagged a plural noun), or null.
     */
    private static Token activeVerbBefore(Sentence sentence, Token number) {
        String qualifier = qualifier(sentence, number);
        int before = number.index() - (qualifier.isEmpty() ? 0 : qualifier.split(" ").length) - 1;
        if (before > 0 && ADDED.contains(sentence.tokens().get(before).word().toLowerCase(Locale.ROOT))) {
            before--;
        }
        if (before < 0) {
            return null;
        }
        Token verb = sentence.tokens().get(before);
        boolean mistagged = verb.pos().equals("NNS") && MISTAGGED_VERBS.contains(verb.word().toLowerCase(Locale.ROOT))
                && before > 0 && Set.of("and", ",").contains(sentence.tokens().get(before - 1).word());
        return (verb.pos().startsWith("VB") && !verb.pos().equals("VBN") || mistagged)
                && casualtyWord(verb.lemma().toLowerCase(Locale.ROOT)) ? verb : null;
    }

    /**
     * Whether a noun names those a killing was "of" ("a massacre of 30 civilians"); "two massacres" counts killings,
     * not the dead, so the noun itself is no casualty word.
     */
    private static boolean killingOf(Sentence sentence, Token noun) {
        Token head = sentence.head(noun);
        return noun.relation().equals("nmod") && head != null
                && KILLINGS_OF.contains(head.lemma().toLowerCase(Locale.ROOT))
                && sentence.children(noun.index()).stream().anyMatch(c -> c.relation().equals("case")
                        && c.lemma().equalsIgnoreCase("of"));
    }

    /** Whether a noun is the subject of "lost their lives" ("At least 9 people lost their lives"). */
    private static boolean lostLives(Sentence sentence, Token noun) {
        Token verb = sentence.head(noun);
        return noun.relation().startsWith("nsubj") && verb != null && verb.lemma().equalsIgnoreCase("lose")
                && sentence.children(verb.index()).stream().anyMatch(c -> c.relation().equals("obj")
                        && c.lemma().equalsIgnoreCase("life"));
    }

    /**
     * Whether a noun is the active subject of a verb that has an object ("Three gunmen killed five people", "Two car
     * bombings kill at least eight"): it counts those who did it, not the victims ("Two soldiers died" has none).
     */
    private static boolean agentOfTransitive(Sentence sentence, Token noun) {
        Token verb = sentence.head(noun);
        return noun.relation().equals("nsubj") && verb != null
                && sentence.children(verb.index()).stream().anyMatch(c -> c.relation().equals("obj"));
    }

    /**
     * Whether a participle says that the noun it modifies killed someone, not that it was killed ("positions in
     * North Waziristan, killing 27 militants").
     */
    private static boolean killingOthers(Sentence sentence, Token participle) {
        return participle.pos().equals("VBG") && sentence.children(participle.index()).stream()
                .anyMatch(c -> c.relation().equals("obj"));
    }

    /**
     * Whether "dead" or "killed" follows a list of victims whose first noun this is ("30 men, women, and children
     * dead"): it hangs on the last noun of the list.
     */
    private static boolean deadAfterList(Sentence sentence, Token noun) {
        if (!noun.isNoun()) {
            return false;
        }
        for (Token conjunct : sentence.children(noun.index())) {
            if (conjunct.relation().equals("conj") && conjunct.isNoun()) {
                for (Token child : sentence.children(conjunct.index())) {
                    String lemma = child.lemma().toLowerCase(Locale.ROOT);
                    if ((child.relation().equals("amod") || child.relation().equals("acl"))
                            && Set.of("dead", "killed", "kill").contains(lemma)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The attack whose trigger is the subject of a casualty verb ("a suicide attack ..., kills six"), or null. */
    private static EventDraft subjectOf(List<EventDraft> attacks, Sentence sentence, Token verb) {
        if (verb == null) {
            return null;
        }
        for (Token child : sentence.children(verb.index())) {
            for (EventDraft d : attacks) {
                if (child.relation().startsWith("nsubj") && child.index() == d.trigger.index()) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * The attack whose trigger is the casualty word or governs it in the parse ("stab passers-by ..., killing two"), or
     * null.
     */
    private static EventDraft governing(List<EventDraft> attacks, Sentence sentence, Token word) {
        for (Token current = word; current != null; current = sentence.head(current)) {
            for (EventDraft d : attacks) {
                if (d.trigger.index() == current.index()) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The attack whose trigger is nearest to a token, the first of equals. */
    private static EventDraft nearestTo(List<EventDraft> attacks, Token token) {
        EventDraft nearest = attacks.get(0);
        for (EventDraft d : attacks) {
            if (Math.abs(d.trigger.index() - token.index()) < Math.abs(nearest.trigger.index() - token.index())) {
                nearest = d;
            }
        }
        return nearest;
    }

    /**
     * Whether a token is the number of the noun it modifies: a numeric modifier, or a number word the tagger read as
     * part of a name at the start of a sentence ("Eleven people are killed", parsed as a compound of "people").
     */
    private static boolean numberModifier(Sentence sentence, Token token) {
        if (token.relation().equals("nummod")) {
            return true;
        }
        Token head = sentence.head(token);
        return token.relation().equals("compound") && head != null && head.pos().equals("NNS")
                && NumberWords.value(token.word().toLowerCase(Locale.ROOT)) != null;
    }

    /**
     * A count with the people the nouns coordinated with its noun add ("killing three Chinese academics and their
     * Pakistani driver" is 4, "two soldiers, a policeman and three civilians" 6); a plural without a number among
     * them ("three soldiers and civilians") leaves the count as it is.
     */
    static int withConjuncts(Sentence sentence, Token noun, int count) {
        int total = count;
        List<Token> conjuncts = new ArrayList<>(sentence.children(noun.index()));
        conjuncts.addAll(verbConjuncts(sentence, noun));
        for (Token conjunct : conjuncts) {
            if (!conjunct.relation().equals("conj")) {
                continue;
            }
            Integer number = sentence.children(conjunct.index()).stream()
                    .filter(c -> c.relation().equals("nummod")).map(NumberWords::number)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            boolean one = (conjunct.pos().equals("NN") || conjunct.pos().equals("JJ"))
                    && sentence.children(conjunct.index()).stream()
                            .anyMatch(c -> c.relation().equals("det") || c.relation().startsWith("nmod:poss"));
            if (number == null && !one) {
                return count;
            }
            total += number != null ? number : 1;
        }
        return total;
    }

    /**
     * The single people the parser hangs on the verb whose object the count's noun is, after that noun and joined by
     * a conjunction ("killed 40 personnel as well as the perpetrator", "killed five policemen and also the driver"):
     * parts of the same list. Not a noun joined without one ("killed 24 people ..., according to the agency").
     */
    private static List<Token> verbConjuncts(Sentence sentence, Token noun) {
        Token object = noun;
        while (object.relation().equals("compound") && sentence.head(object) != null) {
            object = sentence.head(object);
        }
        Token verb = sentence.head(object);
        if (!object.relation().equals("obj") || verb == null || !verb.isVerb()) {
            return List.of();
        }
        int after = object.index();
        return sentence.children(verb.index()).stream().filter(c -> c.relation().equals("conj")
                && c.index() > after && c.pos().equals("NN") && sentence.children(c.index()).stream()
                        .anyMatch(d -> d.relation().equals("cc"))).toList();
    }

    /**
     * The people the subjects of the sentence's casualty verbs name one by one ("the police chief was killed in the
     * attack", "a policeman and two civilians died"), for the nearest attack: they give its toll when it has none
     * from an earlier sentence, and raise a smaller count of this sentence that covered only one part. In a sentence
     * that names the attack, the verb must say the people died in it ("killed in the blast").
     */
    private static void victimSubjects(List<EventDraft> attacks, Sentence sentence, boolean ownSentence,
            List<Optional<Casualties>> killedBefore, List<Optional<Casualties>> woundedBefore) {
        for (VictimSubjects.Count count : VictimSubjects.in(sentence, KILL_WORDS, WOUND_WORDS)) {
            if (ownSentence && attacks.stream().noneMatch(d -> inAttack(sentence, count.verb(), d.trigger))) {
                continue;
            }
            int nearest = 0;
            for (int i = 1; i < attacks.size(); i++) {
                if (Math.abs(attacks.get(i).trigger.index() - count.verb().index())
                        < Math.abs(attacks.get(nearest).trigger.index() - count.verb().index())) {
                    nearest = i;
                }
            }
            EventDraft d = attacks.get(nearest);
            Optional<Casualties> before = count.killed() ? killedBefore.get(nearest) : woundedBefore.get(nearest);
            Optional<Casualties> now = count.killed() ? d.killed : d.wounded;
            if (before.isPresent() || now.isPresent() && now.get().count() >= count.people()) {
                continue;
            }
            Casualties casualties = new Casualties(count.people(), now.map(Casualties::qualifier).orElse(""));
            if (count.killed()) {
                d.killed = Optional.of(casualties);
            } else {
                d.wounded = Optional.of(casualties);
            }
        }
    }

    /**
     * The one person a killing verb ("killed", "shot dead", however the parser attaches "dead"), or one coordinated
     * with the trigger ("shot and killed"), names with an indefinite article and no number or by a person's name
     * ("shot dead a police constable", "killed a soldier", "shot and killed Focas Bakana"), or null. The people
     * coordinated with it count too ("killed a police officer and two civilians" is 3).
     */
    private static Token singleVictim(Sentence sentence, Token trigger) {
        if (!trigger.isVerb()) {
            return null;
        }
        List<Token> verbs = new ArrayList<>(List.of(trigger));
        sentence.children(trigger.index()).stream().filter(c -> c.relation().equals("conj") && c.isVerb())
                .forEach(verbs::add);
        for (Token verb : verbs) {
            boolean killing = KILL_WORDS.contains(verb.lemma().toLowerCase(Locale.ROOT))
                    || sentence.tokens().stream().anyMatch(t -> t.word().equalsIgnoreCase("dead")
                            && t.index() == verb.index() + 1);
            if (!killing) {
                continue;
            }
            List<Token> objects = new ArrayList<>(sentence.children(verb.index()));
            if (verb != trigger && objects.stream().noneMatch(c -> c.relation().equals("obj"))) {
                objects.addAll(sentence.children(trigger.index()));
            }
            Token one = objects.stream().filter(c -> c.relation().equals("obj")
                    && sentence.children(c.index()).stream().noneMatch(g -> g.relation().equals("nummod"))
                    && (c.pos().equals("NN") && sentence.children(c.index()).stream().anyMatch(g ->
                            g.relation().equals("det") && Set.of("a", "an").contains(g.word().toLowerCase(Locale.ROOT)))
                            || c.pos().equals("NNP") && c.ner().equals("PERSON")))
                    .findFirst().orElse(null);
            if (one != null) {
                return one;
            }
        }
        return null;
    }


    /**
     * The latest attack or military operation told in the paragraph of a sentence that names no event of its own:
     * what a following sentence's figures are about ("It reported 9 militants killed and 3 soldiers wounded"), if
     * it is placed where the sentence says, or nowhere.
     */
    private static Optional<EventDraft> latestViolentInParagraph(List<EventDraft> events, Sentence sentence,
            Set<String> placesTold) {
        for (int i = events.size() - 1; i >= 0; i--) {
            EventDraft d = events.get(i);
            boolean placedThere = placesTold.isEmpty() || d.places.isEmpty()
                    || d.places.stream().anyMatch(placesTold::contains);
            if (d.violent() && d.sentence.paragraph() == sentence.paragraph() && placedThere) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * "Nobody was hurt", "no one was killed", "there were no (reported) casualties", "no reports of any casualties",
     * "without causing casualties", "disarmed before it caused any casualties", "did not cause any injuries":
     * zero for the attack of the sentence, or for the latest attack of the paragraph when the sentence has none.
     */
    private static void noneHurt(List<EventDraft> events, List<EventDraft> found, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        boolean killed = false;
        boolean hurt = false;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
            int after = word.equals("no") && i + 2 < tokens.size() && NONE_ADJECTIVES.contains(
                    tokens.get(i + 1).word().toLowerCase(Locale.ROOT)) ? i + 2 : i + 1;
            while (word.equals("no") && after + 1 < tokens.size() && REPORTED_OF.contains(
                    tokens.get(after).lemma().toLowerCase(Locale.ROOT))) {
                after++;
            }
            boolean negated = word.equals("without") || word.equals("any") && negatedBefore(tokens, i);
            if (negated) {
                after = i + 1;
                while (after + 1 < tokens.size() && Set.of("causing", "any", "inflicting", "reported")
                        .contains(tokens.get(after).word().toLowerCase(Locale.ROOT))) {
                    after++;
                }
            }
            String noun = after < tokens.size() ? tokens.get(after).word().toLowerCase(Locale.ROOT) : "";
            boolean none = word.equals("nobody")
                    || word.equals("no") && Set.of("one", "casualties", "injuries", "deaths", "fatalities")
                            .contains(noun)
                    || negated && Set.of("casualties", "injuries", "deaths", "fatalities").contains(noun);
            if (!none) {
                continue;
            }
            String next = after < tokens.size() ? tokens.get(after).lemma().toLowerCase(Locale.ROOT) : "";
            if (next.equals("casualty")) {
                killed = true;
                hurt = true;
            }
            for (int j = after; j < Math.min(tokens.size(), after + 4); j++) {
                String lemma = tokens.get(j).lemma().toLowerCase(Locale.ROOT);
                killed |= KILL_WORDS.contains(lemma) || lemma.equals("hurt");
                hurt |= WOUND_WORDS.contains(lemma);
            }
        }
        if (!killed && !hurt) {
            return;
        }
        EventDraft target = found.stream().filter(d -> d.type.isAttack()).findFirst().orElse(null);
        if (target == null) {
            for (int i = events.size() - 1; i >= 0 && target == null; i--) {
                EventDraft d = events.get(i);
                if (d.type.isAttack() && d.sentence.paragraph() == sentence.paragraph()) {
                    target = d;
                }
            }
        }
        if (target == null) {
            return;
        }
        if (killed && target.killed.isEmpty()) {
            target.killed = Optional.of(new Casualties(0, ""));
        }
        if (hurt && target.wounded.isEmpty()) {
            target.wounded = Optional.of(new Casualties(0, ""));
        }
    }

    /** Whether "any" is in the scope of a negation or of "before" a few words back ("before it caused any"). */
    private static boolean negatedBefore(List<Token> tokens, int any) {
        for (int i = Math.max(0, any - 4); i < any; i++) {
            String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (Set.of("before", "not", "n't", "never", "without").contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a casualty verb is the attack's trigger ("a policeman was shot dead") or it or a verb it is coordinated
     * with governs that trigger ("injured in the blast").
     */
    private static boolean inAttack(Sentence sentence, Token verb, Token trigger) {
        if (verb.index() == trigger.index()) {
            return true;
        }
        Token head = sentence.head(trigger);
        if (head == null || !trigger.relation().startsWith("obl") && !trigger.relation().startsWith("nmod")) {
            return false;
        }
        Token verbHead = sentence.head(verb);
        boolean coordinated = verbHead != null && (verb.relation().startsWith("conj") && head.index() == verbHead.index()
                || head.relation().startsWith("conj") && sentence.head(head) != null
                        && sentence.head(head).index() == verb.index());
        return head.index() == verb.index() || coordinated;
    }

    private static boolean claimOfLives(Sentence sentence, Token lives) {
        Token head = sentence.head(lives);
        return head != null && (head.lemma().equalsIgnoreCase("claim") || head.lemma().equalsIgnoreCase("take")
                || head.lemma().equalsIgnoreCase("cost"));
    }

    private static String qualifier(Sentence sentence, Token number) {
        List<Token> tokens = sentence.tokens();
        for (int width = 2; width >= 1; width--) {
            int start = number.index() - width;
            if (start < 0) {
                continue;
            }
            StringBuilder words = new StringBuilder();
            for (int i = start; i < number.index(); i++) {
                if (words.length() > 0) {
                    words.append(' ');
                }
                words.append(tokens.get(i).word().toLowerCase(Locale.ROOT));
            }
            if (QUALIFIERS.contains(words.toString())) {
                return words.toString();
            }
        }
        return "";
    }
}
