package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.conflictkg.extract.EventExtractor.EntityMention;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Fills an event's roles from the dependency tree around its trigger: the agent (perpetrator, arresting authority,
 * claimant, speaker) from the subject, a "by" phrase, a possessive or compound of a noun trigger; the patient
 * (target, suspect) from the object, a passive subject or an "on"/"against" phrase; the partners of the agent
 * ("together with the SDF"); and the places these phrases introduce.
 */
final class EventRoles {

    /** Words that hedge who did something ("suspected Abu Sayyaf gunmen", "alleged militants"). */
    private static final Set<String> HEDGES = Set.of("suspected", "suspect", "alleged", "presumed", "purported");
    /** Adjectives and participles by which people are said to belong to a group ("fighters loyal to ..."). */
    private static final Set<String> AFFILIATIONS = Set.of("loyal", "link", "linked", "affiliate", "affiliated",
            "ally", "allied", "align", "aligned", "tie", "tied", "connect", "connected", "associate", "associated",
            "belong");
    /** Case markers of the phrase that names what an attack struck ("on a village", "against the army"). */
    private static final Set<String> TARGET_MARKERS = Set.of("on", "against", "upon", "targeting");
    /** Verbs whose subject reports the clause under them ("The army says ... were killed in fighting"). */
    private static final Set<String> REPORTING_VERBS = Set.of("say", "claim", "report", "announce", "state");
    private static final Set<String> INSTRUMENT_VERBS = Set.of("fire", "launch", "lob", "detonate", "plant");
    /** Nouns of a fight between two sides ("clashes with soldiers", "a gunfight with police"). */
    private static final Set<String> CLASHES = Set.of("clash", "fighting", "firefight", "gunfight", "gunbattle",
            "shootout", "battle", "skirmish", "encounter", "confrontation");

    private EventRoles() {
    }

    /** Fills the roles, partners, places and scene of an event from the phrases of its trigger and frame verb. */
    static void fill(EventDraft draft, Sentence sentence, Token trigger, List<EntityMention> here) {
        Role agentRole = agentRole(draft.type);
        Role patientRole = patientRole(draft.type);
        Token frameHead = FrameVerbs.frameVerb(sentence, trigger);
        if (frameHead != null && FrameVerbs.foiling(frameHead.lemma().toLowerCase(Locale.ROOT))) {
            agentRole = Role.AUTHORITY;
        }
        Token agent = AgentTokens.agent(sentence, trigger);
        Token planter = draft.type == EventType.BOMBING ? AgentTokens.planter(sentence, trigger) : null;
        if (planter != null) {
            addActors(draft, agentRole, sentence, planter, here, "by-phrase");
        }
        if (agent != null) {
            addActors(draft, agentRole, sentence, agent, here, sentence.caseMarker(agent).equals("by") ? "by-phrase"
                    : "subject");
            draft.weaponDemonym = DemonymHeads.forceWord(agent) && fromAfar(sentence, demonymBefore(sentence, agent,
                    here), agent);
            if (sentence.caseMarker(agent).equals("by")) {
                addNestedTargets(draft, patientRole, sentence, agent, here);
            }
            if (!draft.roles.containsKey(agentRole)) {
                Token owner = AgentTokens.reportingOwner(sentence, agent, here);
                if (owner != null) {
                    addActors(draft, agentRole, sentence, owner, here, "reporting-clause");
                }
            }
            if (agentRole == Role.AUTHORITY || draft.type == EventType.WARNING) {
                for (EntityMention m : NounPhrases.entitiesUnder(sentence, agent, here)) {
                    Token last = sentence.tokens().get(m.mention().lastToken());
                    boolean country = m.type() == EntityType.COUNTRY && (m.mention().covers(sentence.index(),
                            agent.index()) || last.relation().startsWith("nmod:poss") && sentence.head(last) == agent);
                    boolean issuer = draft.type == EventType.WARNING && agentRole != Role.AUTHORITY;
                    if (EventPlaces.place(sentence, m) && (country && !issuer || EventPlaces.located(sentence, m))) {
                        draft.agentPlaces.add(m.iri());
                    }
                    if (agentRole == Role.AUTHORITY && m.type() != EntityType.COUNTRY
                            && EventPlaces.located(sentence, m)) {
                        draft.places.add(m.iri());
                    }
                }
            }
            draft.stateAgent = ActorNouns.stateForce(agent.lemma().toLowerCase(Locale.ROOT));
            boolean killing = draft.type == EventType.ARMED_ASSAULT && trigger.lemma().equalsIgnoreCase("kill");
            if ((draft.type == EventType.ATTACK || killing) && agent.lemma().equalsIgnoreCase("bomber")) {
                draft.type = EventType.BOMBING;
            }
        }
        if (draft.type == EventType.MILITARY_OPERATION && !draft.roles.containsKey(agentRole)) {
            Token reporter = reportingForce(sentence, trigger);
            if (reporter != null) {
                addActors(draft, agentRole, sentence, reporter, here, "reporting-clause");
            }
        }
        draft.atScene = sentence.tokens().stream().anyMatch(t -> t.lemma().equalsIgnoreCase("scene")
                && Set.of("at", "near", "from").contains(sentence.caseMarker(t)) && sentence.dominates(trigger, t));
        for (Token child : sentence.children(trigger.index())) {
            String relation = child.relation();
            String marker = sentence.caseMarker(child);
            if (relation.equals("xcomp") && Set.of("dead", "wounded").contains(child.word().toLowerCase(Locale.ROOT))) {
                sentence.children(child.index()).stream().filter(c -> c.relation().equals("dep")
                        || c.relation().equals("obj")).forEach(c -> addPatient(draft, patientRole, sentence, c, here,
                                "object"));
                continue;
            }
            boolean phrase = relation.startsWith("obl") || relation.startsWith("nmod");
            if (phrase && child.lemma().equalsIgnoreCase("behalf")) {
                addActors(draft, agentRole, sentence, child, here, "by-phrase");
                continue;
            }
            if (trigger.isVerb() && trigger.relation().equals("amod") && marker.isEmpty()
                    && (relation.startsWith("obl") || relation.startsWith("compound"))) {
                addActors(draft, agentRole, sentence, child, here, "modifier");
                continue;
            }
            if (coAgent(sentence, trigger, child)) {
                addPartners(draft, agentRole, sentence, child, here);
                continue;
            }
            if (relation.startsWith("nmod") && marker.equals("with") && deadlyClash(sentence, trigger)) {
                addActors(draft, agentRole, sentence, child, here, "clash-party");
                continue;
            }
            if (draft.type == EventType.ATTACK && relation.startsWith("obl") && marker.equals("with")) {
                draft.type = AttackTypes.instrumentType(sentence, child);
            }
            if (relation.startsWith("obl") && marker.equals("with")) {
                draft.explosiveInstrument |= AttackTypes.explosiveOrProjectile(sentence, child);
            }
            if (TerritoryTakings.controlTaken(trigger, child)) {
                EventPlaces.add(draft, sentence, child, here, false);
            }
            if ((relation.equals("obj") && !INSTRUMENT_VERBS.contains(trigger.lemma().toLowerCase(Locale.ROOT)))
                    || relation.equals("nsubj:pass")) {
                addPatient(draft, patientRole, sentence, child, here, "object");
            } else if (!trigger.isVerb() && relation.equals("compound") && struckModifier(draft, sentence, child,
                    here)) {
                addPatient(draft, patientRole, sentence, child, here, "modifier");
                EventPlaces.add(draft, sentence, child, here, true);
            } else if (relation.startsWith("nmod:poss") && superlative(sentence, trigger)) {
                EventPlaces.add(draft, sentence, child, here, true);
            } else if (relation.startsWith("nmod:poss") || (!trigger.isVerb() && relation.equals("compound"))) {
                addActors(draft, agentRole, sentence, child, here, "modifier");
                EventPlaces.add(draft, sentence, child, here, true);
            } else if (relation.startsWith("nmod") || relation.startsWith("obl")) {
                switch (marker) {
                    case "on", "against", "upon", "targeting" -> addPatient(draft, patientRole, sentence, child, here,
                            "prepositional");
                    case "by" -> {
                        addActors(draft, agentRole, sentence, child, here, "by-phrase");
                        addNestedTargets(draft, patientRole, sentence, child, here);
                    }
                    case "of" -> addPatient(draft, draft.type == EventType.ARREST || draft.type == EventType.TRIAL
                            || draft.type == EventType.DEPORTATION ? Role.SUSPECT : patientRole, sentence, child, here,
                            "prepositional");
                    case "into" -> {
                        if (draft.violent()) {
                            EventPlaces.add(draft, sentence, child, here, true);
                        }
                    }
                    case "for", "to" -> {
                        if (draft.type == EventType.ACCUSATION) {
                            addPatient(draft, Role.TARGET, sentence, child, here, "prepositional");
                        }
                    }
                    default -> {
                        if (EventPlaces.locative(marker) || EventPlaces.takenFrom(draft, marker)) {
                            EventPlaces.add(draft, sentence, child, here, false);
                        } else {
                            EventPlaces.addLocated(draft, sentence, child, here);
                        }
                    }
                }
            } else if (relation.equals("amod") && !trigger.isVerb() && struckBy(sentence, child, here)) {
                addActors(draft, agentRole, sentence, child, here, "modifier");
            } else if (relation.equals("amod") && !trigger.isVerb()) {
                EventPlaces.add(draft, sentence, child, here, true);
            }
        }
        if (!draft.roles.containsKey(agentRole)) {
            Token striker = demonymBefore(sentence, trigger, here);
            if (striker != null) {
                addActors(draft, agentRole, sentence, striker, here, "modifier");
                draft.weaponDemonym = fromAfar(sentence, striker, trigger);
            }
        }
        Token sharedPatient = sharedPassiveSubject(sentence, trigger);
        if (sharedPatient != null) {
            addPatient(draft, patientRole, sentence, sharedPatient, here, "object");
        }
        Token undergoer = FrameVerbs.undergoer(sentence, trigger);
        if (undergoer != null && draft.type.isAttack()) {
            EventPlaces.add(draft, sentence, undergoer, here, false);
        }
        Token frame = FrameVerbs.frameVerb(sentence, trigger);
        Token head = sentence.head(trigger);
        if (frame == null && head != null && head.isVerb() && !draft.type.isStatement()
                && (trigger.relation().equals("nsubj") || trigger.relation().startsWith("obl") && !trigger.isVerb()
                        && CasualtyCounter.casualtyWord(head.lemma().toLowerCase(Locale.ROOT)))) {
            frame = head;
        }
        if (frame != null) {
            for (Token child : sentence.children(frame.index())) {
                if (coAgent(sentence, frame, child)) {
                    addPartners(draft, agentRole, sentence, child, here);
                } else if (child.relation().startsWith("obl") && EventPlaces.locative(sentence.caseMarker(child))) {
                    EventPlaces.add(draft, sentence, child, here, false);
                } else if (child.relation().startsWith("obl")) {
                    EventPlaces.addLocated(draft, sentence, child, here);
                }
            }
        }
    }

    /**
     * The passive subject a participle shares with the passive verb it is coordinated with ("He was shot in the
     * abdomen by a policeman and arrested": he was arrested), when the participle has no subject or object of its own.
     */
    private static Token sharedPassiveSubject(Sentence sentence, Token trigger) {
        Token head = sentence.head(trigger);
        if (!trigger.pos().equals("VBN") || !trigger.relation().equals("conj") || head == null || !head.isVerb()
                || sentence.children(trigger.index()).stream().anyMatch(c -> c.relation().startsWith("nsubj")
                        || c.relation().equals("obj"))) {
            return null;
        }
        return sentence.children(head.index()).stream().filter(c -> c.relation().equals("nsubj:pass")).findFirst()
                .orElse(null);
    }

    /**
     * Takes as the patient a target phrase the parser hung under the agent's phrase ("a raid by suspected Boko Haram
     * militants on Niger's border town of Abadam": the town is what was raided, not who raided), for an attack or an
     * operation (a raid is one until its agent is known to be an armed group).
     */
    private static void addNestedTargets(EventDraft draft, Role patientRole, Sentence sentence, Token agent,
            List<EntityMention> here) {
        if (!draft.violent()) {
            return;
        }
        for (Token phrase : nestedTargetPhrases(sentence, agent)) {
            addPatient(draft, patientRole, sentence, phrase, here, "prepositional");
        }
    }

    /** The phrases below an agent's head that a target marker introduces, outermost only. */
    private static List<Token> nestedTargetPhrases(Sentence sentence, Token agent) {
        List<Token> phrases = new ArrayList<>();
        for (Token t : sentence.tokens()) {
            if (t != agent && t.relation().startsWith("nmod") && TARGET_MARKERS.contains(sentence.caseMarker(t))
                    && sentence.dominates(agent, t)
                    && phrases.stream().noneMatch(p -> sentence.dominates(p, t))) {
                phrases.add(t);
            }
        }
        return phrases;
    }

    /** Adds the actors of a partner phrase to the agent role, remembering them as partners (not the event's anchor). */
    private static void addPartners(EventDraft draft, Role role, Sentence sentence, Token phrase,
            List<EntityMention> here) {
        Set<String> before = new TreeSet<>(draft.roles.getOrDefault(role, Set.of()));
        addActors(draft, role, sentence, phrase, here, "prepositional");
        draft.roles.getOrDefault(role, Set.of()).stream().filter(iri -> !before.contains(iri))
                .forEach(draft.partners::add);
    }

    /**
     * Whether a phrase of a verb names a partner of its agent: "carried out together with the SDF", "jointly with",
     * "alongside Ugandan troops".
     */
    private static boolean coAgent(Sentence sentence, Token verb, Token phrase) {
        if (!phrase.relation().startsWith("obl")) {
            return false;
        }
        String marker = sentence.caseMarker(phrase);
        return marker.equals("alongside") || marker.equals("with") && Stream.concat(sentence.children(verb.index())
                .stream(), sentence.children(phrase.index()).stream()).anyMatch(c -> c.relation().equals("advmod")
                        && Set.of("together", "jointly").contains(c.word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a trigger is a clash in which someone was killed or wounded ("killed during clashes with Israeli
     * soldiers"): the party the dead clashed with is who killed them.
     */
    private static boolean deadlyClash(Sentence sentence, Token trigger) {
        Token head = sentence.head(trigger);
        return !trigger.isVerb() && CLASHES.contains(trigger.lemma().toLowerCase(Locale.ROOT))
                && trigger.relation().startsWith("obl") && head != null && head.isVerb()
                && CasualtyCounter.casualtyWord(head.lemma().toLowerCase(Locale.ROOT));
    }

    private static Role agentRole(EventType type) {
        return switch (type) {
            case ARREST, DEPORTATION, TRIAL -> Role.AUTHORITY;
            case CLAIM_OF_RESPONSIBILITY -> Role.CLAIMANT;
            case WARNING, ACCUSATION, DENIAL, ASSESSMENT -> Role.SPEAKER;
            default -> Role.PERPETRATOR;
        };
    }

    private static Role patientRole(EventType type) {
        return switch (type) {
            case ARREST, DEPORTATION, TRIAL -> Role.SUSPECT;
            case CLAIM_OF_RESPONSIBILITY, WARNING, DENIAL, ASSESSMENT -> null;
            default -> Role.TARGET;
        };
    }

    /**
     * The actors of a phrase in a role; a country that only qualifies a named actor ("Yemen's Houthis") is not one
     * of them, nor is what an apposition to a named actor says of it ("Al-Shabaab, a U.S. Government designated
     * Foreign Terrorist Organization, attacked": the government is no attacker) unless the apposition names an armed
     * group ("The Pakistani Taliban, Jamaat-ul-Ahrar, claims"). A hedged phrase ("suspected Abu Sayyaf gunmen") still
     * names them, with less confidence.
     */
    private static void addActors(EventDraft draft, Role role, Sentence sentence, Token token,
            List<EntityMention> here, String rule) {
        if (role == null) {
            return;
        }
        List<EntityMention> under = new ArrayList<>(NounPhrases.entitiesUnder(sentence, token, here));
        for (Token affiliation : affiliations(sentence, token)) {
            NounPhrases.entitiesUnder(sentence, affiliation, here).stream().filter(m -> !under.contains(m))
                    .forEach(under::add);
        }
        boolean hedged = sentence.children(token.index()).stream().anyMatch(c -> (c.relation().equals("amod")
                || c.relation().equals("advmod")) && HEDGES.contains(c.lemma().toLowerCase(Locale.ROOT)));
        String found = hedged ? rule + " hedged" : rule;
        boolean namedActor = under.stream().anyMatch(m -> m.type().isActor()
                && m.mention().covers(sentence.index(), token.index()));
        Set<Integer> description = namedActor ? NounPhrases.appositions(sentence, token) : Set.of();
        List<Token> targets = sentence.caseMarker(token).equals("by") ? nestedTargetPhrases(sentence, token)
                : List.of();
        boolean placeNamed = EventPlaces.placeNoun(token.lemma().toLowerCase(Locale.ROOT)) && !namedActor;
        for (EntityMention m : under) {
            boolean qualifier = m.type() == EntityType.COUNTRY && (namedActor
                    && !m.mention().covers(sentence.index(), token.index()) || possessorOfActor(sentence, m, under)
                    || placeNamed);
            boolean describing = description.contains(m.mention().firstToken()) && !(m.type() == EntityType.ARMED_GROUP
                    && sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals("appos")
                            && m.mention().covers(sentence.index(), c.index())));
            if ((m.type().isActor() || m.type() == EntityType.COUNTRY) && !qualifier && !describing
                    && !inLocativePhrase(sentence, m, token) && !inAny(sentence, m, targets)) {
                draft.roles.computeIfAbsent(role, r -> new TreeSet<>()).add(m.iri());
                draft.rules.putIfAbsent(m.iri(), ruleOf(found, m));
            }
        }
    }

    /**
     * The phrases that name whom the people a noun stands for belong to, on an adjective or participle of affiliation
     * ("fighters loyal to the Islamic State", "militants linked to al-Qaeda", "gunmen affiliated with ISWAP").
     */
    private static List<Token> affiliations(Sentence sentence, Token noun) {
        List<Token> phrases = new ArrayList<>();
        for (Token modifier : sentence.children(noun.index())) {
            if ((modifier.relation().equals("amod") || modifier.relation().equals("acl"))
                    && AFFILIATIONS.contains(modifier.lemma().toLowerCase(Locale.ROOT))) {
                sentence.children(modifier.index()).stream().filter(c -> c.relation().startsWith("obl"))
                        .forEach(phrases::add);
            }
        }
        return phrases;
    }

    /**
     * Whether a mention under a phrase is where the phrase's thing was, not who it was ("by a car bombing at the
     * Ministry of Education in Mogadishu, Somalia"): a locative marks its head, or a noun between it and the phrase's
     * head (a locative inside its own name, as in "al-Qaeda in the Islamic Maghreb", does not count).
     */
    private static boolean inLocativePhrase(Sentence sentence, EntityMention m, Token top) {
        int first = m.mention().firstToken();
        int last = m.mention().lastToken();
        Token token = sentence.tokens().get(last);
        for (int i = first; i <= last; i++) {
            Token head = sentence.head(sentence.tokens().get(i));
            if (head == null || head.index() < first || head.index() > last) {
                token = sentence.tokens().get(i);
                break;
            }
        }
        for (int depth = 0; token != null && token != top && depth < 8; depth++) {
            if (EventPlaces.locative(sentence.caseMarker(token))) {
                return true;
            }
            token = sentence.head(token);
        }
        return false;
    }

    /**
     * The state force that reports the clause of an operation that names no one who fought it ("The Pakistan Army
     * claims that at least 30 militants have been killed in fighting in the Bajaur region"): an army, the police or
     * a coalition reports the fighting it took part in. Null when the reporter is no state force.
     */
    private static Token reportingForce(Sentence sentence, Token trigger) {
        for (Token t = trigger; sentence.head(t) != null; t = sentence.head(t)) {
            Token head = sentence.head(t);
            if (!t.relation().equals("ccomp")) {
                continue;
            }
            if (!REPORTING_VERBS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
                return null;
            }
            return sentence.children(head.index()).stream().filter(c -> c.relation().equals("nsubj")
                    && ActorNouns.stateForce(c.lemma().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
        }
        return null;
    }

    /** Whether a mention lies inside one of these phrases ("militants on Niger's town": Niger is in the target). */
    private static boolean inAny(Sentence sentence, EntityMention m, List<Token> phrases) {
        Token token = sentence.tokens().get(m.mention().lastToken());
        return phrases.stream().anyMatch(p -> sentence.dominates(p, token));
    }

    /** Whether a noun trigger's adjective is a country's demonym that says whose strike it was ("Russian airstrikes"). */
    private static boolean struckBy(Sentence sentence, Token modifier, List<EntityMention> here) {
        return NounPhrases.mentionAt(sentence, modifier, here).stream().anyMatch(m -> m.type() == EntityType.COUNTRY
                && m.mention().source().equals(MentionExtractor.DEMONYM_SOURCE)
                && DemonymHeads.force(sentence.head(modifier).lemma()));
    }

    /**
     * The demonym opening the run of noun modifiers that ends in this strike, however the parser attached its words
     * ("a Russian cluster munition strike", "Russian artillery shelling"), or in a weapon right before a trigger the
     * run does not take in; null if there is none. A run ending in an attack noun names no striker ("an Israeli
     * attack", "a Russian missile attack").
     */
    private static Token demonymBefore(Sentence sentence, Token trigger, List<EntityMention> here) {
        if (!trigger.pos().startsWith("NN") && !trigger.pos().equals("VBG")) {
            return null;
        }
        for (int i = trigger.index() - 1; i >= 0; i--) {
            Token t = sentence.tokens().get(i);
            for (EntityMention m : NounPhrases.mentionAt(sentence, t, here)) {
                Token weapon = DemonymHeads.forceInRunAfter(sentence, m.mention().lastToken());
                if (m.type() == EntityType.COUNTRY && m.mention().source().equals(MentionExtractor.DEMONYM_SOURCE)
                        && weapon != null && weapon.index() <= trigger.index()
                        && (weapon.index() < trigger.index() || DemonymHeads.forceWord(trigger))) {
                    return t;
                }
            }
            if (!DemonymHeads.runWord(t)) {
                return null;
            }
        }
        return null;
    }

    /** Whether the words after a demonym up to a strike name a weapon fired from afar ("Russian drone strike"). */
    private static boolean fromAfar(Sentence sentence, Token demonym, Token strike) {
        return demonym != null && sentence.tokens().subList(demonym.index() + 1, strike.index() + 1).stream()
                .anyMatch(DemonymHeads::projectile);
    }

    /**
     * Whether a noun trigger's compound modifier names where or at what it struck, not who: a country before an
     * attack ("2021 Democratic Republic of the Congo attacks", not "US drone strikes") or an authority that is no
     * armed force ("the Somali Ministry of Education bombings").
     */
    private static boolean struckModifier(EventDraft draft, Sentence sentence, Token modifier,
            List<EntityMention> here) {
        if (draft.type == EventType.MILITARY_OPERATION || !draft.type.isAttack()) {
            return false;
        }
        List<EntityMention> named = NounPhrases.mentionAt(sentence, modifier, here);
        return !named.isEmpty() && named.stream().allMatch(m -> m.type() == EntityType.COUNTRY
                || m.type() == EntityType.STATE_AUTHORITY && !ActorNouns.stateForce(sentence.tokens()
                        .get(m.mention().lastToken()).lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * The rule that found a role's entity, noting when the mention was a generic reference ("the group") or a
     * pronoun ("he").
     */
    private static String ruleOf(String rule, EntityMention m) {
        return switch (m.mention().source()) {
            case "group-reference" -> rule + " via group reference";
            case "person-reference" -> rule + EventDraft.VIA_PRONOUN;
            default -> rule;
        };
    }

    /**
     * Adds the actors, countries and sites a patient phrase names to the role, and the places it names; the group
     * that holds hostages ("hostages of ISIS") is not among those taken.
     */
    private static void addPatient(EventDraft draft, Role role, Sentence sentence, Token token,
            List<EntityMention> here, String rule) {
        if (role == Role.TARGET && draft.patient == null) {
            draft.patient = token;
        }
        boolean hostages = token.lemma().equalsIgnoreCase("hostage");
        for (EntityMention m : NounPhrases.entitiesUnder(sentence, token, here)) {
            boolean head = m.mention().covers(sentence.index(), token.index());
            if (hostages && m.type() == EntityType.ARMED_GROUP) {
                continue;
            }
            if (role != null && (m.type().isActor() || head && (m.type() == EntityType.COUNTRY
                    || role == Role.TARGET && m.type() == EntityType.SITE))) {
                draft.roles.computeIfAbsent(role, r -> new TreeSet<>()).add(m.iri());
                draft.rules.putIfAbsent(m.iri(), ruleOf(rule, m));
                if (role == Role.TARGET && draft.targetEntity == null && head) {
                    draft.targetEntity = m;
                }
            }
            if (EventPlaces.place(sentence, m) && (head || EventPlaces.namedBy(sentence, m, token))
                    && !draft.type.isStatement()) {
                draft.places.add(m.iri());
            }
        }
        EventPlaces.addLocated(draft, sentence, token, here);
    }

    /** Whether a mention is the possessor of the actor named right after it ("Yemen's Houthis"). */
    private static boolean possessorOfActor(Sentence sentence, EntityMention m, List<EntityMention> mentions) {
        int next = m.mention().lastToken() + 1;
        if (next >= sentence.tokens().size() || !sentence.tokens().get(next).pos().equals("POS")) {
            return false;
        }
        return mentions.stream().anyMatch(o -> o.type().isActor() && o.mention().firstToken() == next + 1);
    }

    /**
     * The armed groups an assessment holds responsible: those in what the verb says, not in who says it ("many
     * analysts suggest ISKP as the orchestrator", "investigators believe al-Shabaab was behind the attack"); the
     * subject of a passive verb is what it says ("Jemaah Islamiyah is believed responsible"), and so is the clause a
     * parenthetical verb is inserted in ("the Islamic State-Sinai Province, officials believe, was responsible").
     */
    static List<EntityMention> assessed(Sentence sentence, Token verb, List<EntityMention> here) {
        Token subject = sentence.children(verb.index()).stream().filter(c -> c.relation().equals("nsubj"))
                .findFirst().orElse(null);
        Token said = verb.relation().equals("parataxis") && sentence.head(verb) != null ? sentence.head(verb) : verb;
        List<EntityMention> groups = new ArrayList<>();
        for (EntityMention m : here) {
            Token token = sentence.tokens().get(m.mention().lastToken());
            if (m.type() == EntityType.ARMED_GROUP && sentence.dominates(said, token)
                    && (subject == null || !sentence.dominates(subject, token) && token != subject)) {
                groups.add(m);
            }
        }
        return groups;
    }

    /**
     * Whether an event noun is ranked by a superlative ("Somalia's deadliest terror attack", "the country's worst
     * bombing"): its possessive is where it ranks, not who did it.
     */
    private static boolean superlative(Sentence sentence, Token trigger) {
        return !trigger.isVerb() && sentence.children(trigger.index()).stream().anyMatch(c -> c.relation().equals("amod")
                && (c.pos().equals("JJS") || sentence.children(c.index()).stream().anyMatch(g -> g.pos().equals("RBS"))));
    }
}
