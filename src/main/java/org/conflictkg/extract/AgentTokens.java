package org.conflictkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conflictkg.extract.EventExtractor.EntityMention;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/** Finds the token that stands for an event's agent in the dependency tree around its trigger. */
final class AgentTokens {

    /** Nouns of the messages through which a group speaks ("a statement claiming responsibility"). */
    private static final Set<String> MESSAGE_NOUNS = Set.of("statement", "message", "video", "communique",
            "communiqué", "post", "audio", "recording", "notice", "letter", "announcement", "bulletin");

    /** Prepositions by which a speaker's verb holds the message it speaks in ("in a statement", "via a video"). */
    private static final Set<String> SPOKEN_IN = Set.of("in", "through", "via");

    /** Verbs whose by-phrase, on a participle qualifying an attack noun, names who did the attack. */
    private static final Set<String> DOING_VERBS = Set.of("carry", "perpetrate", "commit", "inflict", "conduct",
            "launch", "stage", "mount", "orchestrate", "execute", "mastermind", "organize", "organise");

    /** Pronouns by which a group speaks of itself in a clause it reports ("Al-Shabaab said it carried out ..."). */
    private static final Set<String> PRONOUNS = Set.of("it", "they", "we");

    /** Prepositions by which a clause under an event verb is controlled by that verb's object ("charged X with"). */
    private static final Set<String> CONTROLLING_PREPOSITIONS = Set.of("with", "for", "of");
    /** Relations by which a participle qualifies a noun ("a bomb planted by ..."), however the parser attaches it. */
    private static final Set<String> QUALIFYING_RELATIONS = Set.of("acl", "amod");

    private AgentTokens() {
    }

    /**
     * Who placed the device a blast verb's object names ("hits a roadside bomb planted by Al-Shabaab militants"): the
     * by-phrase of the participle that qualifies the object (however the parser attaches it), or null.
     */
    static Token planter(Sentence sentence, Token verb) {
        return sentence.children(verb.index()).stream().filter(c -> c.relation().equals("obj"))
                .flatMap(object -> sentence.children(object.index()).stream())
                .filter(p -> QUALIFYING_RELATIONS.contains(p.relation()) && p.pos().equals("VBN"))
                .flatMap(participle -> sentence.children(participle.index()).stream())
                .filter(by -> by.relation().startsWith("obl") && sentence.caseMarker(by).equals("by"))
                .findFirst().orElse(null);
    }

    /**
     * The token that stands for the agent: the subject of the trigger or of its frame verb, or, climbing through
     * infinitives, adverbial clauses and coordination, of a verb above. At a verb that is itself an event trigger,
     * a prepositional clause or gerund ("with", "for", "of") is controlled by its object ("charged X with planning an
     * attack": X plans, not the prosecutors) or its passive subject ("X was sentenced for plotting an attack"), an
     * infinitive by its object if it has one ("urged Muslims to kill") and else by its subject ("al-Shabaab
     * threatened to attack"), and an adverbial clause by neither. A participle that qualifies the
     * message that a verb's subject issues or speaks in takes that subject ("ISIL issued a statement claiming
     * responsibility", "The Taliban, in a statement claiming responsibility, says").
     * Who is said to be behind an attack noun, or responsible for it, is its agent ("al-Shabaab was behind the
     * bombing", "the Taliban were responsible for the attack"), unless that is denied.
     */
    static Token agent(Sentence sentence, Token trigger) {
        Token verb = trigger.isVerb() ? trigger : FrameVerbs.frameVerb(sentence, trigger);
        if (verb == null) {
            Token responsible = responsibleFor(sentence, trigger);
            return responsible != null ? responsible : doneBy(sentence, trigger);
        }
        for (int steps = 0; verb != null && steps < 3; steps++) {
            for (Token child : sentence.children(verb.index())) {
                if (child.relation().equals("nsubj")) {
                    return antecedent(sentence, verb, child);
                }
                if (child.relation().startsWith("obl") && sentence.caseMarker(child).equals("by")
                        && SentenceTokens.hasChild(sentence, verb, "aux:pass")) {
                    return child;
                }
            }
            if (verb.relation().equals("acl") && verb.pos().equals("VBD")) {
                return finiteSubjectBefore(sentence, verb);
            }
            if (verb.relation().equals("acl")) {
                Token noun = sentence.head(verb);
                Token issuing = noun != null && issuedOrSpokenIn(sentence, noun) && MESSAGE_NOUNS.contains(
                        noun.lemma().toLowerCase(Locale.ROOT)) ? sentence.head(noun) : null;
                if (issuing == null || !issuing.isVerb()) {
                    return null;
                }
                verb = issuing;
                continue;
            }
            boolean gerund = verb.relation().startsWith("obl") && verb.pos().equals("VBG")
                    && CONTROLLING_PREPOSITIONS.contains(sentence.caseMarker(verb).toLowerCase(Locale.ROOT));
            if (!gerund && !Set.of("xcomp", "advcl", "conj").contains(verb.relation())) {
                return null;
            }
            Token head = sentence.head(verb);
            if (head != null && FrameVerbs.foiling(head.lemma().toLowerCase(Locale.ROOT))) {
                return null;
            }
            if (head != null && head != trigger && !verb.relation().equals("conj")
                    && TriggerLexicon.verb(head.lemma().toLowerCase(Locale.ROOT)) != null) {
                boolean prepositional = gerund || sentence.children(verb.index()).stream().anyMatch(c ->
                        (c.relation().equals("mark") || c.relation().equals("case"))
                                && CONTROLLING_PREPOSITIONS.contains(c.word().toLowerCase(Locale.ROOT)));
                Token object = sentence.children(head.index()).stream().filter(c -> c.relation().equals("obj"))
                        .findFirst().orElse(null);
                if (prepositional && object == null) {
                    object = sentence.children(head.index()).stream()
                            .filter(c -> c.relation().equals("nsubj:pass")).findFirst().orElse(null);
                }
                if (prepositional || verb.relation().equals("xcomp") && object != null) {
                    return object;
                }
                if (!verb.relation().equals("xcomp")) {
                    return null;
                }
            }
            verb = head;
        }
        return null;
    }

    /**
     * The noun right before a past-tense verb the parser hung on a noun as a clause qualifying it ("hours after the
     * Tigray People's Liberation Front (TPLF) threatened to target Eritrea", read as "hours ... threatened"): a verb
     * in the past tense qualifies no noun, so the noun before it is its subject; a bracketed acronym is skipped to
     * the name it stands for. Null when no noun stands right before the verb.
     */
    private static Token finiteSubjectBefore(Sentence sentence, Token verb) {
        int i = verb.index() - 1;
        if (i >= 2 && Set.of(")", "-RRB-").contains(sentence.tokens().get(i).word())
                && Set.of("(", "-LRB-").contains(sentence.tokens().get(i - 2).word())) {
            i -= 3;
        }
        if (i < 0) {
            return null;
        }
        Token before = sentence.tokens().get(i);
        return before.isNoun() && !before.relation().startsWith("compound") ? before : null;
    }

    /**
     * Whether a message noun is what its verb issues ("issued a statement") or what its verb speaks in ("The
     * Taliban, in a statement claiming responsibility for the attacks, says ...").
     */
    private static boolean issuedOrSpokenIn(Sentence sentence, Token noun) {
        return noun.relation().equals("obj") || noun.relation().startsWith("obl")
                && SPOKEN_IN.contains(sentence.caseMarker(noun).toLowerCase(Locale.ROOT));
    }

    /**
     * The by-phrase of a participle of doing that qualifies a noun trigger ("the attacks carried out by Boko Haram",
     * "the bombings perpetrated by al-Shabaab", "attacks inflicted by Boko Haram"), or null.
     */
    private static Token doneBy(Sentence sentence, Token trigger) {
        for (Token participle : sentence.children(trigger.index())) {
            if (!participle.relation().equals("acl") || !participle.pos().equals("VBN")
                    || !DOING_VERBS.contains(participle.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Token child : sentence.children(participle.index())) {
                if (child.relation().startsWith("obl") && sentence.caseMarker(child).equals("by")) {
                    return child;
                }
            }
        }
        return null;
    }

    /**
     * The subject of "was behind" an attack noun or of "responsible for" it ("al-Shabaab was behind the bombing",
     * "they were responsible for the attack"), or null, also when denied ("was not behind").
     */
    private static Token responsibleFor(Sentence sentence, Token trigger) {
        Token predicate = null;
        if (sentence.caseMarker(trigger).equals("behind") && SentenceTokens.hasChild(sentence, trigger, "cop")) {
            predicate = trigger;
        } else if (sentence.caseMarker(trigger).equals("for") && trigger.relation().startsWith("obl")) {
            Token head = sentence.head(trigger);
            predicate = head != null && head.lemma().equalsIgnoreCase("responsible") ? head : null;
        }
        if (predicate == null || NonEvents.negated(sentence, predicate)) {
            return null;
        }
        return sentence.children(predicate.index()).stream().filter(c -> c.relation().equals("nsubj")).findFirst()
                .orElse(null);
    }

    /** For a relative pronoun subject ("militants who planned"), the noun it stands for. */
    private static Token antecedent(Sentence sentence, Token verb, Token subject) {
        String pos = subject.pos();
        if ((pos.equals("WP") || pos.equals("WDT")) && verb.relation().startsWith("acl")) {
            Token head = sentence.head(verb);
            return head == null ? subject : head;
        }
        return subject;
    }

    /**
     * For an agent owned by a pronoun ("its forces", "their fighters", "one of its fighters"), the subject of the
     * clause that reports it when that subject names an actor: "US Central Command said its forces had killed ...",
     * "The Malian army said its aircraft struck ...". For a pronoun itself, the subject of the verb whose reported
     * clause it is the subject of ("Al-Shabaab said it carried out the assault"; not "accused al-Shabaab of the
     * attacks, which they admitted"), or the one armed group of the clause its clause of time or cause hangs on
     * ("conducted an airstrike targeting al-Shabaab terrorists after they attacked") or of the nearest clause above
     * its relative clause that names one ("accused al-Shabaab of carrying out the attacks, which they admitted").
     */
    static Token reportingOwner(Sentence sentence, Token agent, List<EntityMention> here) {
        boolean owned = ownedByPronoun(sentence, agent) || sentence.children(agent.index()).stream()
                .anyMatch(c -> c.relation().equals("nmod") && sentence.caseMarker(c).equals("of")
                        && ownedByPronoun(sentence, c));
        if (!owned) {
            Token verb = sentence.head(agent);
            boolean pronoun = PRONOUNS.contains(agent.word().toLowerCase(Locale.ROOT)) && agent.pos().equals("PRP")
                    && agent.relation().equals("nsubj") && verb != null;
            if (pronoun && verb.relation().equals("advcl")) {
                return soleArmedGroup(sentence, sentence.head(verb), here);
            }
            if (pronoun && verb.relation().equals("acl:relcl")) {
                return relativeAntecedent(sentence, verb, here);
            }
            return pronoun && verb.relation().equals("ccomp") ? actorSubject(sentence, sentence.head(verb), agent, here)
                    : null;
        }
        for (Token clause = sentence.head(agent); clause != null; clause = sentence.head(clause)) {
            Token subject = clause.isVerb() ? actorSubject(sentence, clause, agent, here) : null;
            if (subject != null) {
                return subject;
            }
        }
        return null;
    }

    /**
     * The subject or object of a clause that names an armed group, when only one of them does: what "they" of a
     * clause of time or cause hanging on it stands for ("conducted an airstrike targeting al-Shabaab terrorists after
     * they attacked partner forces").
     */
    private static Token soleArmedGroup(Sentence sentence, Token clause, List<EntityMention> here) {
        if (clause == null) {
            return null;
        }
        List<Token> groups = sentence.children(clause.index()).stream()
                .filter(c -> c.relation().equals("nsubj") || c.relation().equals("obj"))
                .filter(c -> NounPhrases.entitiesUnder(sentence, c, here).stream()
                        .anyMatch(m -> m.type() == EntityType.ARMED_GROUP))
                .toList();
        return groups.size() == 1 ? groups.get(0) : null;
    }

    /**
     * For "they" as the subject of a relative clause ("accused al-Shabaab of carrying out the attacks, which they
     * admitted"), the one armed group of the nearest clause above it that names one.
     */
    private static Token relativeAntecedent(Sentence sentence, Token relative, List<EntityMention> here) {
        for (Token clause = sentence.head(relative); clause != null; clause = sentence.head(clause)) {
            Token group = clause.isVerb() ? soleArmedGroup(sentence, clause, here) : null;
            if (group != null) {
                return group;
            }
        }
        return null;
    }

    /** Whether "its" or "their" owns a noun ("its fighters"). */
    private static boolean ownedByPronoun(Sentence sentence, Token noun) {
        return sentence.children(noun.index()).stream().anyMatch(c -> c.relation().startsWith("nmod:poss")
                && Set.of("its", "their").contains(c.word().toLowerCase(Locale.ROOT)));
    }

    private static Token actorSubject(Sentence sentence, Token clause, Token agent, List<EntityMention> here) {
        if (clause == null) {
            return null;
        }
        for (Token child : sentence.children(clause.index())) {
            if (child.relation().equals("nsubj") && child.index() != agent.index()
                    && NounPhrases.entitiesUnder(sentence, child, here).stream().anyMatch(m -> m.type().isActor())) {
                return child;
            }
        }
        return null;
    }
}
