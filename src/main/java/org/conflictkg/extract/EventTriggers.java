package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.conflictkg.extract.EventExtractor.EntityMention;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Decides whether a word is an event trigger and of which type: the type its lemma names in {@link TriggerLexicon},
 * refined by the words around it ("claim" of responsibility, "military operation", "air strike", "opened fire",
 * a headline's "militants open fire" that the tagger reads as an open fire, "fired rockets", "took responsibility",
 * "ended the siege"), and withheld when they show it is no event of that type (a "claim" no one made, a killing by
 * no one who attacks, a "capture" of a town).
 */
final class EventTriggers {

    private static final Set<String> THREAT_WORDS = Lexicons.words("warning-words.tsv", "threat");
    private static final Set<String> DENIED = Lexicons.words("denial-words.tsv", "denied");
    private static final Set<String> PROJECTILES = Set.of("rocket", "missile", "mortar", "shell", "grenade", "projectile",
            "drone", "artillery", "bullet", "shot", "aircraft", "jet", "warplane", "helicopter", "airstrike");
    /** Projectiles of firearms: firing them is an armed assault ("shots are fired at the residence"). */
    private static final Set<String> GUNSHOTS = Set.of("shot", "bullet");
    private static final Set<String> OPERATION_MODIFIERS = Set.of("military", "counter-terrorism",
            "counterterrorism", "security", "army", "anti-terror", "anti-terrorism", "police", "ground", "joint",
            "intelligence-based", "intelligence", "counter-insurgency", "counterinsurgency", "clearance", "combing",
            "air", "naval", "special", "rescue");
    private static final Set<String> RESPONSIBILITY_WORDS = Set.of("orchestrator", "perpetrator", "mastermind",
            "culprit", "behind", "responsible", "responsibility", "organizer", "organiser", "author");
    private static final Set<String> ENDING_VERBS = Set.of("end", "break", "lift", "bring");
    private static final Set<String> CLAIM_VERBS = Set.of("issue", "make", "publish", "post", "release", "lodge");
    /** Whether a phrase names a court ("in federal court", "before the court"): an appearance there is a trial step. */
    private static boolean court(Token phrase) {
        return (phrase.relation().startsWith("obl") || phrase.relation().startsWith("nmod"))
                && phrase.lemma().equalsIgnoreCase("court");
    }

    /**
     * Whether "admit" owns an attack as one's own: an attack in what is admitted ("admitted planning the attack",
     * "admitted attempting the car bombing") or the attack a relative clause of it qualifies ("the attacks, which
     * they admitted"); not when denied ("did not admit"), nor when admitted in court or in a plea ("According to ...
     * statements made in court, Colon ... admitted that ... he devised a plan to conduct an attack"), a step of the
     * prosecution rather than a claim of responsibility.
     */
    private static boolean admitsAnAttack(Sentence sentence, Token admit) {
        if (NonEvents.negated(sentence, admit) || sentence.tokens().stream()
                .anyMatch(t -> JUDICIAL_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        Token head = sentence.head(admit);
        if (admit.relation().startsWith("acl") && head != null && TriggerLexicon.attackNoun(head)) {
            return true;
        }
        return sentence.children(admit.index()).stream()
                .filter(c -> Set.of("obj", "xcomp", "ccomp", "advcl").contains(c.relation())
                        || c.relation().startsWith("obl"))
                .anyMatch(c -> sentence.tokens().stream().anyMatch(t -> (t == c || sentence.dominates(c, t))
                        && (TriggerLexicon.attackNoun(t) || TriggerLexicon.attackVerb(t))));
    }

    /** Words that put an admission in a court or a plea ("statements made in court", "as part of his plea"). */
    private static final Set<String> JUDICIAL_WORDS = Set.of("court", "plea", "plead", "guilty", "trial", "judge",
            "sentencing", "testimony", "testify");

    /** Verbs that report what their clause says ("officials said", "the investigation found"). */
    private static final Set<String> REPORTING_VERBS = Set.of("say", "state", "find", "determine", "announce");

    /**
     * Whether a reporting verb's clause holds an armed group responsible for something ("officials stated that
     * al-Shabaab was responsible", "the investigation found that the attacks were directed by al-Qaeda"): the group is
     * the subject of a responsibility word or the agent of a passive verb in the clause, and not the one who says it.
     */
    private static boolean reportsResponsibility(Sentence sentence, Token verb, List<EntityMention> here) {
        if (NonEvents.negated(sentence, verb)) {
            return false;
        }
        Token clause = sentence.children(verb.index()).stream().filter(c -> c.relation().equals("ccomp"))
                .findFirst().orElse(null);
        if (clause == null) {
            return false;
        }
        for (EntityMention group : EventRoles.assessed(sentence, verb, here)) {
            Token name = sentence.tokens().get(group.mention().lastToken());
            if (!sentence.dominates(clause, name)) {
                continue;
            }
            Token head = sentence.head(name);
            boolean responsible = name.relation().startsWith("nsubj") && head != null
                    && (RESPONSIBILITY_WORDS.contains(head.lemma().toLowerCase(Locale.ROOT))
                            || sentence.children(head.index()).stream().anyMatch(c -> c.relation().equals("case")
                                    && c.lemma().equalsIgnoreCase("behind")));
            boolean agent = name.relation().startsWith("obl") && "by".equals(sentence.caseMarker(name))
                    && head != null && head.isVerb()
                    && sentence.children(head.index()).stream().anyMatch(c -> c.relation().equals("aux:pass"));
            if (responsible || agent) {
                return true;
            }
        }
        return false;
    }

    /** Objects that make killing or shooting an attacker's own death ("the shooter, who killed himself"). */
    private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "themselves");
    /** Verbs that take people hostage ("took 170 hostages", "seized them hostage", "were held hostage"). */
    private static final Set<String> HOSTAGE_TAKING_VERBS = Set.of("take", "seize", "hold");
    /**
     * Whether a clause that a claim reports says its claimant did an attack ("claimed that it carried out the attack",
     * "claimed it had killed 20 soldiers"): its subject is a pronoun and it is an attack verb or a light verb whose
     * object is an attack noun; not when denied.
     */
    private static boolean didAnAttack(Sentence sentence, Token clause) {
        boolean pronounSubject = sentence.children(clause.index()).stream().anyMatch(c -> c.relation().equals("nsubj")
                && c.pos().equals("PRP"));
        if (!pronounSubject || NonEvents.negated(sentence, clause)) {
            return false;
        }
        return TriggerLexicon.attackVerb(clause) || FrameVerbs.light(clause.lemma().toLowerCase(Locale.ROOT))
                && sentence.children(clause.index()).stream().anyMatch(c -> c.relation().equals("obj")
                        && TriggerLexicon.attackNoun(c));
    }

    /** Verbs that claim an attack with the object "responsibility" ("took responsibility for the attack"). */
    private static final Set<String> CLAIM_TAKING_VERBS = Set.of("take", "accept", "assume", "bear");
    /** Whether a noun or the verb it hangs on has a court phrase ("an appearance in federal court"). */
    private static boolean inCourt(Sentence sentence, Token noun) {
        Token verb = sentence.head(noun);
        return sentence.children(noun.index()).stream().anyMatch(EventTriggers::court)
                || verb != null && sentence.children(verb.index()).stream().anyMatch(EventTriggers::court);
    }

    /** Verbs of a plea made in court ("the plea was entered", "accepted the plea", "withdrew his plea"). */
    private static final Set<String> PLEA_VERBS = Set.of("enter", "accept", "withdraw", "change");
    private static final Set<String> STRIKE_MODIFIERS = Set.of("air", "drone", "missile", "aerial");
    /** Explosives thrown or dropped at a target ("threw a grenade at a bar", "a barrel bomb is dropped on"). */
    private static final Set<String> THROWN_EXPLOSIVES = Set.of("grenade", "bomb", "explosive", "device", "ied",
            "dynamite");
    /** Incendiaries thrown at a target ("threw a Molotov cocktail at a radio station"). */
    private static final Set<String> THROWN_INCENDIARIES = Set.of("cocktail", "firebomb", "incendiary",
            "petrol-bomb");
    /** Things fired from a distance that strike as a verb's subject ("rockets hit Kabul"), aircraft aside. */
    private static final Set<String> FIRED_SUBJECTS = Set.of("rocket", "missile", "mortar", "shell", "grenade",
            "projectile");
    /** Words of a plea entered in court ("pleaded guilty", "pleaded no contest"). */
    private static final Set<String> PLEAS = Set.of("guilty", "innocent", "contest");
    /**
     * Explosive things and their blasts that kill or strike as a verb's subject ("the bomb killed 35 people", "two
     * explosions rocked the city of Quetta"), or that a vehicle hits as its object ("a vehicle hits a roadside bomb").
     */
    private static final Set<String> EXPLOSIVE_DEVICES = Set.of("bomb", "device", "ied", "explosive",
            "car-bomb", "vbied", "landmine", "mine", "explosion", "blast");
    /** Verbs by which a vehicle or a patrol runs into an explosive ("hits a roadside bomb", "struck a landmine"). */
    private static final Set<String> HITTING_VERBS = Set.of("hit", "strike");
    /**
     * Verbs of what an explosive does to what it hits ("bombs ripped through churches", "a roadside bomb struck a
     * patrol", "a bomb went off").
     */
    private static final Set<String> BLAST_VERBS = Set.of("rip", "tear", "rock", "hit", "strike", "target",
            "destroy", "damage", "wound", "injure", "devastate");
    /**
     * Verbs of a vehicle driven into people ("drove a truck into the crowd", "ploughed into pedestrians"): an
     * unarmed assault in GTD's codebook, which counts harm done by any means but explosives, firearms, fire and
     * blades.
     */
    private static final Set<String> RAMMING_VERBS = Set.of("drive", "plow", "plough", "ram", "steer", "smash",
            "crash", "mow");
    /** Who or what a rammed vehicle is driven into. */
    private static final Set<String> CROWDS = Set.of("crowd", "people", "pedestrian", "cyclist", "shopper",
            "worshipper", "worshiper", "reveller", "reveler", "spectator", "runner", "passer-by", "passerby",
            "bystander", "protester", "protestor", "civilian", "tourist", "market", "marketplace", "soldier",
            "officer", "policeman", "police", "guard", "student", "child", "family");
    /** Nouns that count the people they are "of" ("a pair of soldiers", "a group of students"). */
    private static final Set<String> PEOPLE_COUNTS = Set.of("pair", "group", "line", "couple", "number", "dozen");

    private EventTriggers() {
    }

    /**
     * The type of event a token triggers in its sentence, or null when it triggers none. Charges are a trial only in
     * the plural ("announced new charges against him"; not "a charge Kabul denies", "released without charge"); a
     * jury's finding someone guilty is a trial, and so is a plea made in court, a guilty plea or one entered or
     * accepted ("The plea was entered ... in Camden federal court"; not the agreement a "plea agreement" names, nor "a
     * plea for calm"). Taking someone "into custody" is an arrest. A strike is an operation when an air, drone or
     * missile strike or one a light verb frames ("U.S. Central Command conducted a strike in Syria"; not "went on
     * strike").
     */
    static EventType type(Sentence sentence, Token token, List<EntityMention> here) {
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        if (token.isNoun()) {
            if (lemma.equals("claim")) {
                boolean ofResponsibility = sentence.children(token.index()).stream().anyMatch(c ->
                        c.lemma().equalsIgnoreCase("responsibility") || c.relation().startsWith("nmod:poss"));
                Token head = sentence.head(token);
                boolean issued = token.relation().equals("obj") && head != null
                        && CLAIM_VERBS.contains(head.lemma().toLowerCase(Locale.ROOT));
                return ofResponsibility || issued ? EventType.CLAIM_OF_RESPONSIBILITY : null;
            }
            if (lemma.equals("operation")) {
                boolean military = sentence.children(token.index()).stream().anyMatch(c ->
                        OPERATION_MODIFIERS.contains(c.lemma().toLowerCase(Locale.ROOT))
                        || (c.relation().equals("amod") || c.relation().startsWith("compound"))
                                && sentence.children(c.index()).stream().anyMatch(g -> OPERATION_MODIFIERS.contains(
                                        g.lemma().toLowerCase(Locale.ROOT))));
                Token head = sentence.head(token);
                boolean inViolentAction = head != null && head.isVerb() && token.relation().startsWith("obl")
                        && Set.of("kill", "strike", "capture", "arrest", "detain").contains(
                                head.lemma().toLowerCase(Locale.ROOT));
                return military || inViolentAction ? EventType.MILITARY_OPERATION : null;
            }
            if (lemma.equals("fire") && sentence.children(token.index()).stream().anyMatch(c -> c.relation()
                    .equals("amod") && c.lemma().equalsIgnoreCase("open") && c.index() == token.index() - 1)
                    && sentence.children(token.index()).stream().noneMatch(c -> c.relation().equals("det"))) {
                return EventType.ARMED_ASSAULT;
            }
            if (lemma.equals("battle")) {
                return sentence.children(token.index()).stream().anyMatch(c -> c.relation().startsWith("compound")
                        && c.lemma().equalsIgnoreCase("gun")) ? EventType.MILITARY_OPERATION : null;
            }
            if (lemma.equals("appearance")) {
                return inCourt(sentence, token) ? EventType.TRIAL : null;
            }
            if (lemma.equals("plea")) {
                Token verb = sentence.head(token);
                boolean guilty = sentence.children(token.index()).stream().anyMatch(c ->
                        c.lemma().equalsIgnoreCase("guilty"));
                boolean entered = verb != null && verb.isVerb()
                        && PLEA_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
                return !token.relation().startsWith("compound") && (guilty || entered || inCourt(sentence, token))
                        ? EventType.TRIAL : null;
            }
            if (lemma.equals("strike")) {
                return sentence.children(token.index()).stream().anyMatch(c -> STRIKE_MODIFIERS.contains(
                        c.lemma().toLowerCase(Locale.ROOT))) || FrameVerbs.frameVerb(sentence, token) != null
                                ? EventType.MILITARY_OPERATION : null;
            }
            if (lemma.equals("charge") && (!Set.of("NNS", "NNPS").contains(token.pos())
                    || "without".equalsIgnoreCase(sentence.caseMarker(token)))) {
                return null;
            }
            Token governor = sentence.head(token);
            if (token.relation().equals("obj") && governor != null && governor.isVerb()
                    && ENDING_VERBS.contains(governor.lemma().toLowerCase(Locale.ROOT))) {
                return null;
            }
            return TriggerLexicon.noun(lemma);
        }
        if (TerritoryTakings.takesGround(sentence, token, here)) {
            Token agent = AgentTokens.agent(sentence, token);
            return agent != null && ActorNouns.attacker(agent.lemma().toLowerCase(Locale.ROOT)) ? EventType.ATTACK
                    : EventType.MILITARY_OPERATION;
        }
        if (TerritoryTakings.namesGround(sentence, token, here)) {
            return null;
        }
        if (token.isVerb() && ENDING_VERBS.contains(lemma)) {
            return sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals("obj")
                    && c.isNoun() && TriggerLexicon.noun(c.lemma().toLowerCase(Locale.ROOT)) != null
                    && (TriggerLexicon.noun(c.lemma().toLowerCase(Locale.ROOT)).isAttack()
                            || c.lemma().equalsIgnoreCase("siege"))) ? EventType.MILITARY_OPERATION : null;
        }
        if (token.isVerb() && HOSTAGE_TAKING_VERBS.contains(lemma) && sentence.children(token.index()).stream()
                .anyMatch(c -> Set.of("obj", "xcomp", "advmod").contains(c.relation())
                        && c.lemma().equalsIgnoreCase("hostage"))) {
            return EventType.HOSTAGE_TAKING;
        }
        if (token.isVerb() && lemma.equals("take") && sentence.children(token.index()).stream().anyMatch(c ->
                c.relation().startsWith("obl") && c.lemma().equalsIgnoreCase("custody")
                        && sentence.caseMarker(c).equalsIgnoreCase("into"))) {
            return EventType.ARREST;
        }
        if (token.isVerb() && CLAIM_TAKING_VERBS.contains(lemma)) {
            return sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals("obj")
                    && c.lemma().equalsIgnoreCase("responsibility")) ? EventType.CLAIM_OF_RESPONSIBILITY : null;
        }
        if (token.isVerb() && !token.pos().equals("VBG") && lemma.equals("set") && particle(sentence, token, "off")
                && sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals("obj")
                        && EXPLOSIVE_DEVICES.contains(c.lemma().toLowerCase(Locale.ROOT)))) {
            return EventType.BOMBING;
        }
        if (token.isVerb() && (lemma.equals("open") || lemma.equals("set"))) {
            boolean fire = sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals("obj")
                    && c.lemma().equalsIgnoreCase("fire"));
            return !fire ? null : lemma.equals("open") ? EventType.ARMED_ASSAULT : EventType.ARSON;
        }
        if (token.isVerb() && Set.of("throw", "hurl", "toss", "lob", "drop").contains(lemma)) {
            for (Token object : sentence.children(token.index())) {
                String thrown = object.lemma().toLowerCase(Locale.ROOT);
                boolean undergoer = object.relation().equals("obj") || object.relation().equals("nsubj:pass");
                if (undergoer && THROWN_EXPLOSIVES.contains(thrown)) {
                    return EventType.BOMBING;
                }
                if (undergoer && !lemma.equals("drop") && THROWN_INCENDIARIES.contains(thrown)) {
                    return EventType.ARSON;
                }
            }
        }
        if (token.isVerb() && (lemma.equals("blow") && particle(sentence, token, "up")
                || (BLAST_VERBS.contains(lemma) || lemma.equals("go") && particle(sentence, token, "off"))
                        && explosiveSubject(sentence, token) || explosiveHit(sentence, token, lemma))) {
            return EventType.BOMBING;
        }
        if (token.isVerb() && BLAST_VERBS.contains(lemma) && firedSubject(sentence, token)) {
            return EventType.ATTACK;
        }
        if (token.isVerb() && RAMMING_VERBS.contains(lemma) && intoCrowd(sentence, token)) {
            return EventType.UNARMED_ASSAULT;
        }
        if (token.isVerb() && (lemma.equals("fire") || lemma.equals("launch") || lemma.equals("lob"))) {
            Optional<String> fired = sentence.children(token.index()).stream().filter(c -> (c.relation().equals("obj")
                    || c.relation().equals("nsubj:pass"))).map(c -> c.lemma().toLowerCase(Locale.ROOT))
                    .filter(PROJECTILES::contains).findFirst();
            return fired.isEmpty() ? null : GUNSHOTS.contains(fired.get()) ? EventType.ARMED_ASSAULT : EventType.ATTACK;
        }
        if (!token.isVerb()) {
            return null;
        }
        if (lemma.equals("admit")) {
            return admitsAnAttack(sentence, token) ? EventType.CLAIM_OF_RESPONSIBILITY : null;
        }
        if (lemma.equals("find") && sentence.children(token.index()).stream().anyMatch(c ->
                c.word().equalsIgnoreCase("guilty") && !c.relation().startsWith("nsubj"))) {
            return EventType.TRIAL;
        }
        if (REPORTING_VERBS.contains(lemma) && reportsResponsibility(sentence, token, here)) {
            return EventType.ASSESSMENT;
        }
        EventType type = TriggerLexicon.verb(lemma);
        if (type == null) {
            return null;
        }
        if (type == EventType.WARNING && !warnsOfViolence(sentence, token, here)) {
            return null;
        }
        if (type == EventType.DENIAL && !deniesWhatWasSaid(sentence, token)) {
            return null;
        }
        if ((type == EventType.ACCUSATION || type == EventType.ASSESSMENT)
                && (token.relation().startsWith("acl") && !token.pos().equals("VB")
                        || token.relation().equals("amod"))) {
            return null;
        }
        Token governing = sentence.head(token);
        if (type == EventType.ACCUSATION && governing != null && governing.isVerb()
                && Set.of("advcl", "xcomp", "dep").contains(token.relation())
                && TriggerLexicon.verb(governing.lemma().toLowerCase(Locale.ROOT)) == EventType.TRIAL) {
            return null;
        }
        if (type == EventType.ASSESSMENT && (EventRoles.assessed(sentence, token, here).isEmpty()
                || sentence.tokens().stream().noneMatch(t -> t.index() > token.index() && (RESPONSIBILITY_WORDS
                        .contains(t.lemma().toLowerCase(Locale.ROOT)) || TriggerLexicon.attackNoun(t))))) {
            return null;
        }
        if (lemma.equals("pin")) {
            Token object = sentence.children(token.index()).stream().filter(c -> c.relation().equals("obj"))
                    .findFirst().orElse(null);
            boolean onSomeone = object != null && Stream.concat(sentence.children(token.index()).stream(),
                    sentence.children(object.index()).stream()).anyMatch(c -> (c.relation().startsWith("obl")
                            || c.relation().startsWith("nmod")) && Set.of("on", "to").contains(sentence.caseMarker(c)));
            return onSomeone ? type : null;
        }
        if (lemma.equals("capture") && sentence.children(token.index()).stream().anyMatch(c ->
                c.relation().equals("obj") && (EventPlaces.placeNoun(c.lemma().toLowerCase(Locale.ROOT))
                        || c.lemma().equalsIgnoreCase("territory")))) {
            return null;
        }
        if (lemma.equals("claim")) {
            if (NonEvents.negated(sentence, token)) {
                return null;
            }
            Token modified = sentence.head(token);
            if (token.relation().equals("amod") && modified != null && modified.index() > token.index()
                    && TriggerLexicon.attackNoun(modified)) {
                return type;
            }
            Token next = token.index() + 1 < sentence.tokens().size() ? sentence.tokens().get(token.index() + 1)
                    : null;
            if (next != null && (next.lemma().equalsIgnoreCase("responsibility")
                    || next.lemma().equalsIgnoreCase("credit"))) {
                return type;
            }
            boolean responsibility = sentence.tokens().stream().anyMatch(t -> sentence.dominates(token, t)
                    && (t.lemma().equalsIgnoreCase("responsibility") || t.lemma().equalsIgnoreCase("credit")));
            boolean claimsAnAttack = sentence.children(token.index()).stream().anyMatch(c ->
                    c.relation().equals("obj") && TriggerLexicon.attackNoun(c)
                            || c.relation().equals("xcomp") && TriggerLexicon.attackVerb(c)
                            || c.relation().equals("ccomp") && didAnAttack(sentence, c));
            return responsibility || claimsAnAttack || groupClaimsIt(sentence, token, here) ? type : null;
        }
        if (ownDeath(sentence, token) || lemma.equals("plead") && !pleaToACharge(sentence, token)) {
            return null;
        }
        if (Set.of("kill", "murder", "slaughter", "strike", "hit", "pursue").contains(lemma)) {
            Token subject = AgentTokens.agent(sentence, token);
            if (subject == null) {
                return lemma.equals("kill") && deviceOfParticiple(sentence, token) ? EventType.BOMBING : null;
            }
            if (EXPLOSIVE_DEVICES.contains(subject.lemma().toLowerCase(Locale.ROOT)) && lemma.equals("kill")) {
                return EventType.BOMBING;
            }
            boolean attacker = ActorNouns.attacker(subject.lemma().toLowerCase(Locale.ROOT))
                    || armedMen(sentence, subject)
                    || ActorNouns.stateForce(subject.lemma().toLowerCase(Locale.ROOT))
                    || PROJECTILES.contains(subject.lemma().toLowerCase(Locale.ROOT))
                    || NounPhrases.entitiesUnder(sentence, subject, here).stream().anyMatch(m -> m.type().isActor()
                            || m.type() == EntityType.COUNTRY);
            return attacker ? type : null;
        }
        return type;
    }

    /**
     * Whether "plead" enters a plea ("pleaded guilty", "pleaded not guilty to", "pleaded no contest", "pleaded to two
     * counts"), not a request ("residents had pleaded for help from the military").
     */
    private static boolean pleaToACharge(Sentence sentence, Token plead) {
        return sentence.children(plead.index()).stream().anyMatch(c ->
                PLEAS.contains(c.lemma().toLowerCase(Locale.ROOT))
                        || c.relation().startsWith("obl") && sentence.caseMarker(c).equals("to"));
    }

    /**
     * Whether a verb tells only an attacker's own death ("the shooter, who killed himself before police arrived"):
     * killing or shooting oneself, with no killing of others hung on it ("shot himself after killing five people"
     * is the attack).
     */
    private static boolean ownDeath(Sentence sentence, Token verb) {
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        List<Token> children = sentence.children(verb.index());
        return Set.of("kill", "shoot").contains(lemma)
                && children.stream().anyMatch(c -> c.relation().equals("obj")
                        && REFLEXIVES.contains(c.word().toLowerCase(Locale.ROOT)))
                && sentence.tokens().stream().noneMatch(t -> t != verb && sentence.dominates(verb, t)
                        && CasualtyCounter.casualtyWord(t.lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * The type of an event a row of an incident list tells with a verb that is no trigger elsewhere: what an attacker
     * targeted ("A suicide bomber targeted the home of Asfandyar Wali Khan"), a bombing when a bomber did; a row is
     * an incident, so its attacker's target is an attack, where in prose it may be a plan.
     */
    static EventType rowTrigger(Sentence sentence, Token token) {
        if (!token.isVerb() || !token.lemma().equalsIgnoreCase("target") || token.pos().equals("VBG")) {
            return null;
        }
        Token agent = AgentTokens.agent(sentence, token);
        if (agent == null || !ActorNouns.attacker(agent.lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return agent.lemma().equalsIgnoreCase("bomber") ? EventType.BOMBING : EventType.ATTACK;
    }

    /**
     * Whether a kill verb's subject is an explosive device the parser made the subject of the participle that
     * qualifies it ("A bomb planted near a police headquarters killed one", read as "a bomb planted" with "killed"
     * hung below; "A bomb used against a police headquarters kills one", with "used" the verb's clausal subject).
     */
    private static boolean deviceOfParticiple(Sentence sentence, Token kill) {
        Token head = sentence.head(kill);
        List<Token> participles = new ArrayList<>();
        if (head != null && kill.relation().equals("dep")) {
            participles.add(head);
        }
        sentence.children(kill.index()).stream().filter(c -> c.relation().startsWith("csubj"))
                .forEach(participles::add);
        return participles.stream().filter(p -> p.pos().equals("VBN")).anyMatch(p -> sentence.children(p.index())
                .stream().anyMatch(c -> c.relation().equals("nsubj")
                        && EXPLOSIVE_DEVICES.contains(c.lemma().toLowerCase(Locale.ROOT))));
    }

    /**
     * Whether an armed group claims "it" ("A bombing killed 12 people; the Pakistani Taliban claimed it"): a
     * group's claim of a thing is a claim of the attack told before.
     */
    private static boolean groupClaimsIt(Sentence sentence, Token verb, List<EntityMention> here) {
        boolean it = sentence.children(verb.index()).stream().anyMatch(c -> c.relation().equals("obj")
                && Set.of("it", "them").contains(c.word().toLowerCase(Locale.ROOT)));
        return it && sentence.children(verb.index()).stream().anyMatch(c -> c.relation().equals("nsubj")
                && NounPhrases.entitiesUnder(sentence, c, here).stream()
                        .anyMatch(m -> m.type() == EntityType.ARMED_GROUP));
    }

    /** Whether a subject is men said to be armed or masked ("armed men", "masked men"). */
    private static boolean armedMen(Sentence sentence, Token subject) {
        return subject.lemma().equalsIgnoreCase("man") && sentence.children(subject.index()).stream()
                .anyMatch(c -> c.relation().equals("amod") && Set.of("armed", "masked")
                        .contains(c.word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a warning verb warns of violence: an armed group speaks ("JNIM warned"), someone is warned to do
     * something ("warned transport companies to stop working for the army"), or what the verb governs names an
     * attack or a threat ("threatened to attack hotels", "alerted them about the looming threat"). A verb that
     * qualifies a noun ("life-threatening injuries") warns of nothing.
     */
    private static boolean warnsOfViolence(Sentence sentence, Token verb, List<EntityMention> here) {
        if (verb.relation().equals("amod") || verb.relation().startsWith("compound")) {
            return false;
        }
        Token subject = AgentTokens.agent(sentence, verb);
        if (subject != null && NounPhrases.entitiesUnder(sentence, subject, here).stream()
                .anyMatch(m -> m.type() == EntityType.ARMED_GROUP)) {
            return true;
        }
        if (Set.of("warn", "caution").contains(verb.lemma().toLowerCase(Locale.ROOT))
                && SentenceTokens.hasChild(sentence, verb, "obj") && SentenceTokens.hasChild(sentence, verb, "xcomp")) {
            return true;
        }
        List<Token> governed = sentence.children(verb.index()).stream()
                .filter(c -> !c.relation().startsWith("nsubj")).toList();
        return sentence.tokens().stream().anyMatch(t -> (THREAT_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT))
                || TriggerLexicon.attackNoun(t) || TriggerLexicon.attackVerb(t))
                && governed.stream().anyMatch(c -> c == t || sentence.dominates(c, t)));
    }

    /**
     * Whether a denial verb denies something said or done: it has no object ("the group denied"; "denied that ...",
     * "denied having any connections"), or its object is a word of {@code denial-words.tsv} ("denied any role",
     * "rejected the accusation", "a charge Kabul denies"), an attack ("denied the bombing") or a deed told by a gerund
     * ("denies causing civilian deaths", parsed as a modifier of "deaths"); in the passive, what is denied is its
     * subject ("the accusation was rejected"). Not "denied his motion", "rejects all acts of terrorism", "deny them
     * access", "The theory that Nemmouche was framed ... was rejected", nor the adjective ("a rejected asylum
     * seeker").
     */
    private static boolean deniesWhatWasSaid(Sentence sentence, Token verb) {
        if (verb.relation().equals("amod") || verb.relation().startsWith("compound")
                || SentenceTokens.hasChild(sentence, verb, "iobj")) {
            return false;
        }
        return sentence.children(verb.index()).stream()
                .filter(c -> c.relation().equals("obj") || c.relation().equals("nsubj:pass"))
                .allMatch(o -> DENIED.contains(o.lemma().toLowerCase(Locale.ROOT))
                        || DENIED.contains(o.word().toLowerCase(Locale.ROOT)) || TriggerLexicon.attackNoun(o)
                        || o.pos().equals("VBG") || sentence.children(o.index()).stream()
                                .anyMatch(c -> c.pos().equals("VBG") && c.index() < o.index()));
    }

    /** Whether a verb has this particle ("blew up", "went off"). */
    private static boolean particle(Sentence sentence, Token verb, String word) {
        return sentence.children(verb.index()).stream().anyMatch(c -> c.relation().equals("compound:prt")
                && c.word().equalsIgnoreCase(word));
    }

    /** Whether a verb says something hit an explosive ("a vehicle hits a roadside bomb", "struck a landmine"). */
    private static boolean explosiveHit(Sentence sentence, Token verb, String lemma) {
        return HITTING_VERBS.contains(lemma) && sentence.children(verb.index()).stream().anyMatch(c ->
                c.relation().equals("obj") && EXPLOSIVE_DEVICES.contains(c.lemma().toLowerCase(Locale.ROOT)));
    }

    /** Whether a verb's subject is an explosive device ("a bomb went off", "bombs ripped through churches"). */
    private static boolean explosiveSubject(Sentence sentence, Token verb) {
        return sentence.children(verb.index()).stream().anyMatch(c -> c.relation().equals("nsubj")
                && EXPLOSIVE_DEVICES.contains(c.lemma().toLowerCase(Locale.ROOT)));
    }

    /** Whether a verb's subject is something fired ("at least three rockets hit the capital Kabul"). */
    private static boolean firedSubject(Sentence sentence, Token verb) {
        return sentence.children(verb.index()).stream().anyMatch(c -> c.relation().equals("nsubj")
                && FIRED_SUBJECTS.contains(c.lemma().toLowerCase(Locale.ROOT)));
    }

    /** Whether a verb drives something into people ("into crowds of people", "into a Christmas market"). */
    private static boolean intoCrowd(Sentence sentence, Token verb) {
        for (Token child : sentence.children(verb.index())) {
            if (!child.relation().startsWith("obl") || !sentence.caseMarker(child).equals("into")) {
                continue;
            }
            if (CROWDS.contains(child.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            boolean counted = PEOPLE_COUNTS.contains(child.lemma().toLowerCase(Locale.ROOT))
                    && sentence.children(child.index()).stream().anyMatch(c -> c.relation().startsWith("nmod")
                            && sentence.caseMarker(c).equals("of")
                            && CROWDS.contains(c.lemma().toLowerCase(Locale.ROOT)));
            if (counted) {
                return true;
            }
        }
        return false;
    }
}
