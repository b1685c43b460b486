package org.conflictkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
import org.conflictkg.source.PublicationDate;

/**
 * Finds events from trigger words (a lexicon of lemmas, {@code triggers.tsv}) and fills their roles, place, date,
 * casualties and modality from the dependency tree around the trigger:
 * <ul>
 * <li>roles: the subject of a verb trigger, or of the verb a noun trigger is the object of ("ISIL launched an
 * attack"), is its agent (perpetrator, arresting authority, claimant, speaker); the object or passive subject is
 * its patient (target, suspect); "on"/"against" phrases are targets, "by" phrases agents, possessives and compounds
 * of a noun trigger agents; a relative pronoun stands for the noun it modifies;</li>
 * <li>places: "in"/"at"/"near" phrases of the trigger or of its target, and targets that are places;</li>
 * <li>date: the nearest normalised date in the trigger's clause, else in its sentence, else the closest earlier one
 * in its paragraph; never the publication date by itself;</li>
 * <li>casualties: a number attached to a noun that is killed, wounded, dead or whose lives were claimed;</li>
 * <li>modality: cue lemmas ({@code modality-cues.tsv}) on the trigger, its modifiers and its ancestors.</li>
 * </ul>
 * The steps have classes of their own, called per sentence in this order: triggers and roles (here), {@link
 * EventDating} with {@link TimeExpressions}, {@link EventModality}, {@link CasualtyCounter}, {@link EventPlaces},
 * {@link SentenceMerger}, then {@link ReferenceLinker} across sentences.
 * A definite noun ("the attack") that adds nothing new, or only what agrees with an earlier event of the same
 * family, is another mention of that event ("the accusations" may be an earlier charge). Confidence: 0.5 for a noun and 0.6 for a verb trigger, plus 0.15 when
 * an actor role is filled and 0.1 when a place is, at most 0.95.
 */
public final class EventExtractor {

    private static final Set<String> REACTION_VERBS = Set.of("claim", "deny", "reject", "dismiss", "condemn",
            "denounce", "blame", "accuse", "investigate", "probe", "praise", "celebrate", "welcome", "mourn",
            "comment", "confirm", "report");
    private static final Set<String> FOILING_VERBS = Set.of("foil", "thwart", "prevent", "disrupt", "avert",
            "intercept", "stop", "uncover", "dismantle", "bust");
    private static final Set<String> PROJECTILES = Set.of("rocket", "missile", "mortar", "shell", "grenade",
            "drone", "artillery", "bullet", "shot", "aircraft", "jet", "warplane", "helicopter", "airstrike");
    private static final Set<String> STATE_FORCES = Set.of("soldier", "troops", "troop", "army", "military",
            "police", "policeman", "commando", "force", "forces", "gendarme", "marine", "airstrike", "jet",
            "warplane", "helicopter", "aircraft");
    private static final Set<String> OPERATION_MODIFIERS = Set.of("military", "counter-terrorism",
            "counterterrorism", "security", "army", "anti-terror", "anti-terrorism", "police", "ground", "joint",
            "intelligence-based", "intelligence", "counter-insurgency", "counterinsurgency", "clearance", "combing",
            "air", "naval", "special", "rescue");
    private static final Set<String> HABITUAL_QUANTIFIERS = Set.of("most", "many", "regular", "frequent",
            "repeated", "numerous", "such", "further", "future", "more", "occasional", "periodic");
    private static final Set<String> FIREARMS = Set.of("gun", "rifle", "firearm", "machete", "knife", "pistol",
            "kalashnikov", "ak-47", "machine-gun", "sword", "axe", "handgun", "shotgun");
    private static final Set<String> EXPLOSIVES = Set.of("bomb", "explosive", "ied", "grenade", "suicide vest",
            "vest", "car bomb", "device", "dynamite", "mine", "landmine");
    private static final Set<String> RESPONSIBILITY_WORDS = Set.of("orchestrator", "perpetrator", "mastermind",
            "culprit", "behind", "responsible", "responsibility", "organizer", "organiser", "author");
    /** Words that hedge who did something ("suspected Abu Sayyaf gunmen", "alleged militants"). */
    private static final Set<String> INCITING_VERBS = Set.of("instigate", "incite", "urge", "encourage", "exhort",
            "inspire", "call", "motivate");
    private static final Set<String> UNREALISED = Set.of("potential", "imminent", "hypothetical");
    private static final Set<String> ENDING_VERBS = Set.of("end", "break", "lift", "bring");
    private static final Set<String> PREDICTIONS = Set.of("likely", "unlikely", "possible", "probable", "expected",
            "feared", "anticipated");
    private static final Set<String> HEDGES = Set.of("suspected", "suspect", "alleged", "presumed", "purported");
    private static final Set<String> CLAIM_VERBS = Set.of("issue", "make", "publish", "post", "release", "lodge");
    /** Nouns of the messages through which a group speaks ("a statement claiming responsibility"). */
    private static final Set<String> MESSAGE_NOUNS = Set.of("statement", "message", "video", "communique",
            "communiqué", "post", "audio", "recording", "notice", "letter", "announcement", "bulletin");
    /** Verbs that claim an attack with the object "responsibility" ("took responsibility for the attack"). */
    private static final Set<String> CLAIM_TAKING_VERBS = Set.of("take", "accept", "assume", "bear");
    private static final Set<String> INSTRUMENT_VERBS = Set.of("fire", "launch", "lob", "detonate", "plant");
    private static final Set<String> STRIKE_MODIFIERS = Set.of("air", "drone", "missile", "aerial");
    private static final Set<String> ATTACKER_NOUNS = Set.of("gunman", "gunmen", "militant", "attacker",
            "assailant", "terrorist", "bomber", "insurgent", "fighter", "jihadist", "extremist", "shooter");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "its", "their");
    private static final Pattern EVENT_OFFSET = Pattern.compile(
            "(?i)\\b(a|an|\\d+|[a-z]+)\\s+(days?|weeks?)\\s+(after|before|prior to)\\s+(?:the|this|that)\\s+([a-z]+)");

    private final Map<String, EventType> nounTriggers = new HashMap<>();
    private final Map<String, EventType> verbTriggers = new HashMap<>();
    private final EventModality modality = EventModality.fromLexicon();
    private final Map<String, String> targetTypes = new HashMap<>();

    private final Map<String, LocalDate> governing;

    /** An extractor with the lexicons shipped with the program and no group that governs a country. */
    public EventExtractor() {
        this(Map.of());
    }

    /**
     * An extractor with the lexicons shipped with the program, given the armed groups that hold state power de
     * facto and since when (an arrest by the Taliban in 2023 is an arrest, not a kidnapping); a publication known
     * only to the month or year counts from the last day of its period.
     */
    public EventExtractor(Map<String, LocalDate> governing) {
        this.governing = Map.copyOf(governing);
        for (String[] row : Lexicons.rows("triggers.tsv", 3)) {
            EventType type = EventType.ofLocalName(row[2])
                    .orElseThrow(() -> new IllegalStateException("triggers.tsv: unknown event type " + row[2]));
            (row[1].equals("V") ? verbTriggers : nounTriggers).put(row[0], type);
        }
        for (String[] row : Lexicons.rows("target-types.tsv", 2)) {
            targetTypes.put(row[0], row[1]);
        }
    }

    /** A mention resolved to its entity, as the extractor needs it. */
    public record EntityMention(Mention mention, String iri, EntityType type) {
    }

    /**
     * The events of an annotated text whose mentions are resolved to entities. The names in a dateline ("KANO,
     * Nigeria, June 2 -") say where the report comes from, so they take no part in events.
     */
    public List<Event> extract(AnnotatedText text, List<EntityMention> mentions, DocumentDate publication) {
        Optional<PublicationDate> documentDate = publication.date();
        int datelineEnd = publication.datelineEnd();
        Map<Integer, List<EntityMention>> bySentence = new HashMap<>();
        for (EntityMention m : mentions) {
            if (m.mention().begin() >= datelineEnd) {
                bySentence.computeIfAbsent(m.mention().sentence(), k -> new ArrayList<>()).add(m);
            }
        }
        List<String> locationField = EventPlaces.locationField(text, mentions);
        Set<String> governingNow = new TreeSet<>();
        governing.forEach((group, since) -> {
            if (documentDate.isEmpty() || !documentDate.get().end().isBefore(since)) {
                governingNow.add(group);
            }
        });
        Map<String, EntityType> types = new HashMap<>();
        mentions.forEach(m -> types.put(m.iri(), m.type()));
        List<EventDraft> events = new ArrayList<>();
        Map<Integer, EventDate> lastDateInParagraph = new HashMap<>();
        TimeExpressions times = new TimeExpressions(text, documentDate, datelineEnd);
        for (Sentence sentence : text.sentences()) {
            List<EntityMention> here = bySentence.getOrDefault(sentence.index(), List.of());
            EventDate paragraphDate = lastDateInParagraph.get(sentence.paragraph());
            List<TimeExpressions.Dated> dates = times.in(sentence, paragraphDate);
            List<EventDraft> found = new ArrayList<>();
            for (Token token : sentence.tokens()) {
                if (genericPlural(sentence, token)) {
                    continue;
                }
                EventType type = triggerType(sentence, token, here);
                if (type == null || insideMention(here, sentence, token) || negatedNoun(sentence, token)
                        || notOccurring(sentence, token)) {
                    continue;
                }
                EventDraft draft = new EventDraft();
                draft.type = type;
                draft.trigger = token;
                draft.sentence = sentence;
                draft.verb = token.isVerb();
                draft.triggers.add(new Span(sentence.index(), token.begin(), token.end(),
                        text.text().substring(token.begin(), token.end())));
                draft.sentences.add(sentence.index());
                draft.paragraphs.add(sentence.paragraph());
                draft.definite = definite(sentence, token);
                fillRoles(draft, sentence, token, here);
                EventDating.date(draft, sentence, token, dates, paragraphDate, ownRegion(sentence, token, here));
                Token modified = sentence.head(token);
                if (token.isVerb() && token.relation().equals("amod") && modified != null
                        && token.index() < modified.index()) {
                    draft.verb = false;
                    draft.definite = true;
                    draft.reference = true;
                    draft.date = Optional.empty();
                    draft.places.clear();
                }
                modality.assess(draft, sentence, token);
                found.add(draft);
            }
            CasualtyCounter.assign(found, sentence, events);
            EventPlaces.soleEventPlaces(found, sentence, here);
            EventPlaces.contextPlaces(found, EventPlaces.headerPlaces(sentence, here), locationField, types);
            shareWithConjuncts(found, sentence);
            retype(found, types, governingNow);
            found = SentenceMerger.merge(found, sentence, text);
            for (EventDraft draft : found) {
                if (!draft.verb && !draft.hasArguments() && !draft.cue && !draft.definite) {
                    continue;
                }
                if (draft.atScene) {
                    atTheScene(events, draft);
                }
                duringOperation(events, draft);
                countedFromEvent(events, draft, text);
                EventDraft named = ReferenceLinker.elaborated(events, draft);
                if (named != null) {
                    ReferenceLinker.merge(named, draft, types);
                    continue;
                }
                EventDraft earlier = ReferenceLinker.coreferent(events, draft);
                if (earlier != null) {
                    ReferenceLinker.merge(earlier, draft, types);
                } else if (draft.reference) {
                    draft.verb = true;
                    events.add(draft);
                } else if (draft.verb || draft.hasArguments() || draft.cue || aboutOf(found, draft, sentence)) {
                    events.add(draft);
                }
            }
            linkStatements(events, found, sentence, here);
            EventDating.datePlotsByPreparation(events, sentence, dates);
            if (!dates.isEmpty()) {
                lastDateInParagraph.put(sentence.paragraph(), dates.get(dates.size() - 1).date());
            }
        }
        ReferenceLinker.mergeRepeatedClaims(events, types);
        List<Event> result = new ArrayList<>();
        for (EventDraft d : events) {
            Set<String> perpetrators = d.roles.get(Role.PERPETRATOR);
            Set<String> targets = d.roles.get(Role.TARGET);
            if (perpetrators != null && targets != null) {
                targets.removeAll(perpetrators);
                if (targets.isEmpty()) {
                    d.roles.remove(Role.TARGET);
                }
            }
            List<RoleAssignment> assignments = new ArrayList<>();
            for (Map.Entry<Role, Set<String>> role : new TreeMap<>(d.roles).entrySet()) {
                for (String iri : role.getValue()) {
                    assignments.add(RoleAssignment.of(role.getKey(), iri, d.rules.getOrDefault(iri, "subject")));
                }
            }
            result.add(new Event(d.type, d.triggers, d.roles, d.places, d.date, d.killed, d.wounded,
                    EventModality.of(d),
                    confidence(d), d.claimed, d.about, d.attributedTo, d.channels, target(d), d.sentences,
                    assignments));
        }
        return result;
    }

    private EventType triggerType(Sentence sentence, Token token, List<EntityMention> here) {
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
            if (lemma.equals("strike")) {
                return sentence.children(token.index()).stream().anyMatch(c -> STRIKE_MODIFIERS.contains(
                        c.lemma().toLowerCase(Locale.ROOT))) ? EventType.MILITARY_OPERATION : null;
            }
            Token governor = sentence.head(token);
            if (token.relation().equals("obj") && governor != null && governor.isVerb()
                    && ENDING_VERBS.contains(governor.lemma().toLowerCase(Locale.ROOT))) {
                return null;
            }
            return nounTriggers.get(lemma);
        }
        if (token.isVerb() && ENDING_VERBS.contains(lemma)) {
            return sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals("obj")
                    && c.isNoun() && nounTriggers.containsKey(c.lemma().toLowerCase(Locale.ROOT))
                    && (nounTriggers.get(c.lemma().toLowerCase(Locale.ROOT)).isAttack()
                            || c.lemma().equalsIgnoreCase("siege"))) ? EventType.MILITARY_OPERATION : null;
        }
        if (token.isVerb() && CLAIM_TAKING_VERBS.contains(lemma)) {
            return sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals("obj")
                    && c.lemma().equalsIgnoreCase("responsibility")) ? EventType.CLAIM_OF_RESPONSIBILITY : null;
        }
        if (token.isVerb() && (lemma.equals("open") || lemma.equals("set"))) {
            boolean fire = sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals("obj")
                    && c.lemma().equalsIgnoreCase("fire"));
            return !fire ? null : lemma.equals("open") ? EventType.ARMED_ASSAULT : EventType.ARSON;
        }
        if (token.isVerb() && (lemma.equals("fire") || lemma.equals("launch") || lemma.equals("lob"))) {
            return sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals("obj")
                    && PROJECTILES.contains(c.lemma().toLowerCase(Locale.ROOT))) ? EventType.ATTACK : null;
        }
        if (!token.isVerb()) {
            return null;
        }
        EventType type = verbTriggers.get(lemma);
        if (type == null) {
            return null;
        }
        if ((type == EventType.ACCUSATION || type == EventType.ASSESSMENT)
                && (token.relation().startsWith("acl") && !token.pos().equals("VB") || token.relation().equals("amod"))) {
            return null;
        }
        Token governing = sentence.head(token);
        if (type == EventType.ACCUSATION && governing != null && governing.isVerb()
                && Set.of("advcl", "xcomp", "dep").contains(token.relation())
                && verbTriggers.get(governing.lemma().toLowerCase(Locale.ROOT)) == EventType.TRIAL) {
            return null;
        }
        if (type == EventType.ASSESSMENT && (assessed(sentence, token, here).isEmpty()
                || sentence.tokens().stream().noneMatch(t -> t.index() > token.index() && (RESPONSIBILITY_WORDS
                        .contains(t.lemma().toLowerCase(Locale.ROOT)) || attackNoun(t))))) {
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
            if (negated(sentence, token)) {
                return null;
            }
            Token modified = sentence.head(token);
            if (token.relation().equals("amod") && modified != null && modified.index() > token.index()
                    && attackNoun(modified)) {
                return type;
            }
            boolean responsibility = sentence.tokens().stream().anyMatch(t -> sentence.dominates(token, t)
                    && (t.lemma().equalsIgnoreCase("responsibility") || t.lemma().equalsIgnoreCase("credit")));
            boolean claimsAnAttack = sentence.children(token.index()).stream().anyMatch(c ->
                    c.relation().equals("obj") && attackNoun(c) || c.relation().equals("xcomp") && c.isVerb()
                            && verbTriggers.get(c.lemma().toLowerCase(Locale.ROOT)) != null
                            && verbTriggers.get(c.lemma().toLowerCase(Locale.ROOT)).isAttack());
            return responsibility || claimsAnAttack ? type : null;
        }
        if (Set.of("kill", "murder", "slaughter", "strike", "pursue").contains(lemma)) {
            Token subject = agentToken(sentence, token);
            if (subject == null) {
                return null;
            }
            boolean attacker = ATTACKER_NOUNS.contains(subject.lemma().toLowerCase(Locale.ROOT))
                    || STATE_FORCES.contains(subject.lemma().toLowerCase(Locale.ROOT))
                    || PROJECTILES.contains(subject.lemma().toLowerCase(Locale.ROOT))
                    || NounPhrases.entitiesUnder(sentence, subject, here).stream().anyMatch(m -> m.type().isActor()
                            || m.type() == EntityType.COUNTRY);
            return attacker ? type : null;
        }
        return type;
    }

    private boolean attackNoun(Token token) {
        EventType type = token.isNoun() ? nounTriggers.get(token.lemma().toLowerCase(Locale.ROOT)) : null;
        return type != null && type.isAttack();
    }

    private static boolean insideMention(List<EntityMention> here, Sentence sentence, Token token) {
        return here.stream().anyMatch(m -> m.mention().covers(sentence.index(), token.index())
                && m.mention().begin() <= token.begin() && token.end() <= m.mention().end());
    }

    private void fillRoles(EventDraft draft, Sentence sentence, Token trigger, List<EntityMention> here) {
        Role agentRole = agentRole(draft.type);
        Role patientRole = patientRole(draft.type);
        Token frameHead = FrameVerbs.frameVerb(sentence, trigger);
        if (frameHead != null && FOILING_VERBS.contains(frameHead.lemma().toLowerCase(Locale.ROOT))) {
            agentRole = Role.AUTHORITY;
        }
        Token agent = agentToken(sentence, trigger);
        if (agent != null) {
            addActors(draft, agentRole, sentence, agent, here, sentence.caseMarker(agent).equals("by") ? "by-phrase"
                    : "subject");
            if (!draft.roles.containsKey(agentRole)) {
                Token owner = reportingOwner(sentence, agent, here);
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
                    if (m.type().isPlace() && (country && !issuer || EventPlaces.located(sentence, m))) {
                        draft.agentPlaces.add(m.iri());
                    }
                    if (agentRole == Role.AUTHORITY && m.type() != EntityType.COUNTRY && EventPlaces.located(sentence, m)) {
                        draft.places.add(m.iri());
                    }
                }
            }
            draft.stateAgent = STATE_FORCES.contains(agent.lemma().toLowerCase(Locale.ROOT));
            if (draft.type == EventType.ATTACK && agent.lemma().equalsIgnoreCase("bomber")) {
                draft.type = EventType.BOMBING;
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
            if (draft.type == EventType.ATTACK && relation.startsWith("obl") && marker.equals("with")) {
                draft.type = instrumentType(sentence, child);
            }
            if ((relation.equals("obj") && !INSTRUMENT_VERBS.contains(trigger.lemma().toLowerCase(Locale.ROOT)))
                    || relation.equals("nsubj:pass")) {
                addPatient(draft, patientRole, sentence, child, here, "object");
            } else if (relation.startsWith("nmod:poss") || (!trigger.isVerb() && relation.equals("compound"))) {
                addActors(draft, agentRole, sentence, child, here, "modifier");
                EventPlaces.add(draft, sentence, child, here, true);
            } else if (relation.startsWith("nmod") || relation.startsWith("obl")) {
                switch (marker) {
                    case "on", "against", "upon", "targeting" -> addPatient(draft, patientRole, sentence, child, here,
                            "prepositional");
                    case "by" -> addActors(draft, agentRole, sentence, child, here, "by-phrase");
                    case "of" -> addPatient(draft, draft.type == EventType.ARREST || draft.type == EventType.TRIAL
                            || draft.type == EventType.DEPORTATION ? Role.SUSPECT : patientRole, sentence, child, here,
                            "prepositional");
                    case "for", "to" -> {
                        if (draft.type == EventType.ACCUSATION) {
                            addPatient(draft, Role.TARGET, sentence, child, here, "prepositional");
                        }
                    }
                    default -> {
                        if (EventPlaces.locative(marker)) {
                            EventPlaces.add(draft, sentence, child, here, false);
                        } else {
                            EventPlaces.addLocated(draft, sentence, child, here);
                        }
                    }
                }
            } else if (relation.equals("amod") && !trigger.isVerb()) {
                EventPlaces.add(draft, sentence, child, here, true);
            }
        }
        Token frame = FrameVerbs.frameVerb(sentence, trigger);
        if (frame == null && trigger.relation().equals("nsubj") && sentence.head(trigger) != null
                && sentence.head(trigger).isVerb() && !draft.type.isStatement()) {
            frame = sentence.head(trigger);
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

    /** Adds the actors of a partner phrase to the agent role, remembering them as partners (not the event's anchor). */
    private void addPartners(EventDraft draft, Role role, Sentence sentence, Token phrase, List<EntityMention> here) {
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
     * For an agent owned by a pronoun ("its forces", "their fighters"), the subject of the clause that reports it
     * when that subject names an actor: "US Central Command said its forces had killed ...", "The Malian army said
     * its aircraft struck ...".
     */
    private static Token reportingOwner(Sentence sentence, Token agent, List<EntityMention> here) {
        boolean pronoun = sentence.children(agent.index()).stream().anyMatch(c -> c.relation().startsWith("nmod:poss")
                && Set.of("its", "their").contains(c.word().toLowerCase(Locale.ROOT)));
        if (!pronoun) {
            return null;
        }
        for (Token clause = sentence.head(agent); clause != null; clause = sentence.head(clause)) {
            if (!clause.isVerb()) {
                continue;
            }
            for (Token child : sentence.children(clause.index())) {
                if (child.relation().equals("nsubj") && child.index() != agent.index()
                        && NounPhrases.entitiesUnder(sentence, child, here).stream().anyMatch(m -> m.type().isActor())) {
                    return child;
                }
            }
        }
        return null;
    }

    /**
     * The kind of attack its instruments make it ("with machetes and guns": an armed assault; "with a bomb": a
     * bombing), after GTD's attack types; a plain attack otherwise.
     */
    private static EventType instrumentType(Sentence sentence, Token instrument) {
        List<Token> instruments = new ArrayList<>();
        instruments.add(instrument);
        sentence.children(instrument.index()).stream().filter(c -> c.relation().equals("conj"))
                .forEach(instruments::add);
        for (Token t : instruments) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (EXPLOSIVES.contains(lemma)) {
                return EventType.BOMBING;
            }
            if (FIREARMS.contains(lemma)) {
                return EventType.ARMED_ASSAULT;
            }
        }
        return EventType.ATTACK;
    }

    /**
     * The token that stands for the agent: the subject of the trigger or of its frame verb, or, climbing through
     * infinitives, adverbial clauses and coordination, of a verb above. At a verb that is itself an event trigger,
     * a prepositional clause is controlled by its object ("charged X with planning an attack": X plans, not the
     * prosecutors), an infinitive by its object if it has one ("urged Muslims to kill") and else by its subject
     * ("al-Shabaab threatened to attack"), and an adverbial clause by neither. A participle that qualifies the
     * message that a verb's subject issues takes that subject ("ISIL issued a statement claiming responsibility").
     */
    private Token agentToken(Sentence sentence, Token trigger) {
        Token verb = trigger.isVerb() ? trigger : FrameVerbs.frameVerb(sentence, trigger);
        for (int steps = 0; verb != null && steps < 3; steps++) {
            for (Token child : sentence.children(verb.index())) {
                if (child.relation().equals("nsubj")) {
                    return antecedent(sentence, verb, child);
                }
                if (child.relation().startsWith("obl") && sentence.caseMarker(child).equals("by")
                        && hasChild(sentence, verb, "aux:pass")) {
                    return child;
                }
            }
            if (verb.relation().equals("acl")) {
                Token noun = sentence.head(verb);
                Token issuing = noun != null && noun.relation().equals("obj") && MESSAGE_NOUNS.contains(
                        noun.lemma().toLowerCase(Locale.ROOT)) ? sentence.head(noun) : null;
                if (issuing == null || !issuing.isVerb()) {
                    return null;
                }
                verb = issuing;
                continue;
            }
            if (!Set.of("xcomp", "advcl", "conj").contains(verb.relation())) {
                return null;
            }
            Token head = sentence.head(verb);
            if (head != null && FOILING_VERBS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
                return null;
            }
            if (head != null && head != trigger && !verb.relation().equals("conj")
                    && verbTriggers.containsKey(head.lemma().toLowerCase(Locale.ROOT))) {
                boolean prepositional = sentence.children(verb.index()).stream().anyMatch(c ->
                        c.relation().equals("mark") && Set.of("with", "for", "of").contains(
                                c.word().toLowerCase(Locale.ROOT)));
                Token object = sentence.children(head.index()).stream().filter(c -> c.relation().equals("obj"))
                        .findFirst().orElse(null);
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

    private static boolean hasChild(Sentence sentence, Token token, String relation) {
        return sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals(relation));
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
     * of them. A hedged phrase ("suspected Abu Sayyaf gunmen") still names them, with less confidence.
     */
    private void addActors(EventDraft draft, Role role, Sentence sentence, Token token, List<EntityMention> here,
            String rule) {
        if (role == null) {
            return;
        }
        List<EntityMention> under = NounPhrases.entitiesUnder(sentence, token, here);
        boolean hedged = sentence.children(token.index()).stream().anyMatch(c -> (c.relation().equals("amod")
                || c.relation().equals("advmod")) && HEDGES.contains(c.lemma().toLowerCase(Locale.ROOT)));
        String found = hedged ? rule + " hedged" : rule;
        boolean namedActor = under.stream().anyMatch(m -> m.type().isActor()
                && m.mention().covers(sentence.index(), token.index()));
        for (EntityMention m : under) {
            boolean qualifier = m.type() == EntityType.COUNTRY && (namedActor
                    && !m.mention().covers(sentence.index(), token.index()) || possessorOfActor(sentence, m, under));
            if ((m.type().isActor() || m.type() == EntityType.COUNTRY) && !qualifier) {
                draft.roles.computeIfAbsent(role, r -> new TreeSet<>()).add(m.iri());
                draft.rules.putIfAbsent(m.iri(), ruleOf(found, m));
            }
        }
    }

    /** The rule that found a role's entity, noting when the mention was a generic reference ("the group"). */
    private static String ruleOf(String rule, EntityMention m) {
        return m.mention().source().equals("group-reference") ? rule + " via group reference" : rule;
    }

    /**
     * The armed groups an assessment holds responsible: those in what the verb says, not in who says it ("many
     * analysts suggest ISKP as the orchestrator", "investigators believe al-Shabaab was behind the attack").
     */
    private static List<EntityMention> assessed(Sentence sentence, Token verb, List<EntityMention> here) {
        Token subject = sentence.children(verb.index()).stream().filter(c -> c.relation().startsWith("nsubj"))
                .findFirst().orElse(null);
        List<EntityMention> groups = new ArrayList<>();
        for (EntityMention m : here) {
            Token token = sentence.tokens().get(m.mention().lastToken());
            if (m.type() == EntityType.ARMED_GROUP && sentence.dominates(verb, token)
                    && (subject == null || !sentence.dominates(subject, token) && token != subject)) {
                groups.add(m);
            }
        }
        return groups;
    }

    /** Whether a mention is the possessor of the actor named right after it ("Yemen's Houthis"). */
    private static boolean possessorOfActor(Sentence sentence, EntityMention m, List<EntityMention> mentions) {
        int next = m.mention().lastToken() + 1;
        if (next >= sentence.tokens().size() || !sentence.tokens().get(next).pos().equals("POS")) {
            return false;
        }
        return mentions.stream().anyMatch(o -> o.type().isActor() && o.mention().firstToken() == next + 1);
    }

    private void addPatient(EventDraft draft, Role role, Sentence sentence, Token token, List<EntityMention> here,
            String rule) {
        if (role == Role.TARGET && draft.patient == null) {
            draft.patient = token;
        }
        for (EntityMention m : NounPhrases.entitiesUnder(sentence, token, here)) {
            boolean head = m.mention().covers(sentence.index(), token.index());
            if (role != null && (m.type().isActor() || head && (m.type() == EntityType.COUNTRY
                    || role == Role.TARGET && m.type() == EntityType.SITE))) {
                draft.roles.computeIfAbsent(role, r -> new TreeSet<>()).add(m.iri());
                draft.rules.putIfAbsent(m.iri(), ruleOf(rule, m));
                if (role == Role.TARGET && draft.targetEntity == null && head) {
                    draft.targetEntity = m;
                }
            }
            if (m.type().isPlace() && (head || EventPlaces.namedBy(sentence, m, token)) && !draft.type.isStatement()) {
                draft.places.add(m.iri());
            }
        }
        EventPlaces.addLocated(draft, sentence, token, here);
    }

    /**
     * Coordinated verbs of different events share the time and place of the clause ("In night raids near Jalalabad
     * on Tuesday, fighters killed eleven militants and detained four others"): a conjunct with none of its own takes
     * those of the verb it is coordinated with.
     */
    private static void shareWithConjuncts(List<EventDraft> found, Sentence sentence) {
        for (EventDraft d : found) {
            if (!d.verb || !d.trigger.relation().equals("conj")) {
                continue;
            }
            Token head = sentence.head(d.trigger);
            for (EventDraft other : found) {
                if (other != d && other.trigger == head) {
                    if (d.places.isEmpty()) {
                        d.places.addAll(other.places);
                    }
                    if (d.date.filter(x -> x.scope().equals("sentence")).isEmpty()
                            && other.date.filter(x -> x.scope().equals("sentence")).isPresent()) {
                        d.date = other.date;
                    }
                }
            }
        }
    }

    /**
     * The token indexes a trigger's date must come from when the trigger is reported ("claimed the attack") or
     * embedded in another event's clause ("arrested ... after he attacked"), or null when its whole sentence dates
     * it.
     */
    private Set<Integer> ownRegion(Sentence sentence, Token trigger, List<EntityMention> here) {
        Set<Integer> own = null;
        if (reported(sentence, trigger)) {
            own = NounPhrases.nominalRegion(sentence, trigger);
        } else if (embedded(sentence, trigger, here)) {
            own = new TreeSet<>();
            for (Token token : sentence.tokens()) {
                if (sentence.dominates(trigger, token)) {
                    own.add(token.index());
                }
            }
        }
        return own;
    }

    /**
     * Whether a noun trigger is what a reaction to it is about ("claimed the attack on Monday", "condemned the
     * bombing", "rejected the accusation"): the time and agent of that clause are the reaction's, not the event's.
     */
    private static boolean reported(Sentence sentence, Token trigger) {
        Token current = trigger;
        for (int steps = 0; steps < 3 && !current.isVerb(); steps++) {
            Token head = sentence.head(current);
            if (head == null || current.relation().startsWith("nsubj")) {
                return false;
            }
            current = head;
        }
        return current.isVerb() && current != trigger
                && REACTION_VERBS.contains(current.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a trigger is an argument or adverbial of another event's verb ("sentenced him on 3 May for plotting
     * an attack", "arrested on Monday after he attacked", "threatened on Thursday to attack"): that verb's time is
     * its own, not the embedded event's.
     * Coordinated verbs share their time, and light, planning and foiling verbs frame the event rather than
     * being another one (the climb goes through them: "sentenced for plotting an attack").
     */
    private boolean embedded(Sentence sentence, Token trigger, List<EntityMention> here) {
        Token current = trigger;
        for (int steps = 0; steps < 5; steps++) {
            Token head = sentence.head(current);
            if (head == null || current.relation().equals("conj") || current.relation().startsWith("nsubj")) {
                return false;
            }
            String lemma = head.lemma().toLowerCase(Locale.ROOT);
            boolean frame = FrameVerbs.light(lemma) || FrameVerbs.planning(lemma)
                    || FOILING_VERBS.contains(lemma);
            if (head.isVerb() && !frame) {
                return triggerType(sentence, head, here) != null;
            }
            current = head;
        }
        return false;
    }

    /** Whether a verb is negated ("has not claimed") or its subject is ("no group has claimed"). */
    private static boolean negated(Sentence sentence, Token verb) {
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

    /** A word without its inflection, to match "the attack" with "attacked" and "the bombing" with "bombed". */
    private static String stem(String word) {
        return word.toLowerCase(Locale.ROOT).replaceFirst("(ing|ed|es|s)$", "");
    }

    /** Whether an event noun only says when something else happened ("before the attack", "days after it"). */
    private static boolean timeReference(Sentence sentence, Token token) {
        Set<String> temporal = Set.of("before", "after", "following", "since");
        Token head = sentence.head(token);
        return sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals("case")
                && temporal.contains(c.word().toLowerCase(Locale.ROOT)))
                || head != null && Set.of("DURATION", "DATE", "TIME").contains(head.ner())
                        && sentence.children(head.index()).stream().anyMatch(c -> c.relation().equals("case")
                                && temporal.contains(c.word().toLowerCase(Locale.ROOT)));
    }

    /**
     * A time counted from an earlier event ("three days before the attack", "a week after the bombing") in the
     * trigger's clause: that event's day plus or minus the offset, when the event has a day.
     */
    private static void countedFromEvent(List<EventDraft> events, EventDraft draft, AnnotatedText text) {
        Sentence sentence = draft.sentence;
        Matcher offset = EVENT_OFFSET.matcher(text.text().substring(sentence.begin(), sentence.end()));
        while (offset.find()) {
            Token first = tokenAt(sentence, sentence.begin() + offset.start());
            if (first == null || !sentence.dominates(draft.trigger, first) || draft.ownDate) {
                continue;
            }
            String amount = offset.group(1).toLowerCase(Locale.ROOT);
            Integer n = amount.matches("\\d+") ? Integer.valueOf(amount)
                    : amount.equals("a") || amount.equals("an") ? Integer.valueOf(1) : NumberWords.value(amount);
            if (n == null) {
                continue;
            }
            String noun = stem(offset.group(4));
            for (int i = events.size() - 1; i >= 0; i--) {
                EventDraft earlier = events.get(i);
                Optional<EventDate> day = earlier.date.filter(d -> d.precision().equals("day"));
                if (day.isPresent() && earlier.triggers.stream().anyMatch(t -> stem(t.text()).equals(noun))) {
                    int days = offset.group(2).toLowerCase(Locale.ROOT).startsWith("week") ? 7 * n : n;
                    LocalDate anchor = LocalDate.parse(day.get().value());
                    LocalDate value = offset.group(3).equalsIgnoreCase("after") ? anchor.plusDays(days)
                            : anchor.minusDays(days);
                    draft.date = Optional.of(new EventDate(value.toString(), "day", "sentence", offset.group()));
                    draft.ownDate = true;
                    return;
                }
            }
        }
    }

    /**
     * A capture told without agent, time or place right after a military operation of its paragraph ("A third
     * militant was captured") happened in that operation: it takes the operation's time and places.
     */
    private static void duringOperation(List<EventDraft> events, EventDraft draft) {
        boolean bare = draft.type == EventType.ARREST && draft.verb && hasChild(draft.sentence, draft.trigger,
                "aux:pass") && draft.roles.get(Role.AUTHORITY) == null && draft.places.isEmpty()
                && draft.date.filter(d -> d.scope().equals("sentence")).isEmpty();
        if (!bare || events.isEmpty()) {
            return;
        }
        EventDraft latest = events.get(events.size() - 1);
        if (latest.type == EventType.MILITARY_OPERATION && latest.paragraphs.contains(draft.sentence.paragraph())) {
            draft.places.addAll(latest.places);
            draft.date = latest.date;
        }
    }

    /**
     * An event "at the scene" (police detained the suspect at the scene) happened where and, when it gives no date
     * of its own, when the latest attack did.
     */
    private static void atTheScene(List<EventDraft> events, EventDraft draft) {
        for (int i = events.size() - 1; i >= 0; i--) {
            EventDraft attack = events.get(i);
            if (attack.type.isAttack()) {
                if (draft.places.isEmpty()) {
                    draft.places.addAll(attack.places);
                }
                if (draft.date.filter(d -> d.scope().equals("sentence")).isEmpty()) {
                    draft.date = attack.date;
                }
                return;
            }
        }
    }

    /**
     * Whether a trigger names no event that took place: the source of a report ("according to the indictment"), a
     * characterisation ("frames the conflict as a clash"), a
     * prediction ("further killings are likely", "attacks are expected", "potential attacks"), a question left open
     * ("must decide whether to admit the case for trial"), an incitement ("urged followers to attack", "jihadists to
     * attack Russia": an infinitive on a plural noun of people, not on "an attempt to") or a kind ("such attack").
     */
    private boolean notOccurring(Sentence sentence, Token token) {
        Token governor = sentence.head(token);
        if (token.isVerb() && token.relation().equals("xcomp") && governor != null
                && INCITING_VERBS.contains(governor.lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        boolean infinitive = sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals("mark")
                && c.word().equalsIgnoreCase("to"));
        if (token.isVerb() && infinitive && token.relation().equals("acl") && governor != null
                && governor.pos().startsWith("NNS") && !nounTriggers.containsKey(governor.lemma().toLowerCase(
                        Locale.ROOT))) {
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
        if (definite(sentence, token)) {
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

    /** Whether a noun trigger is denied by its determiner ("no such attack had taken place"). */
    private static boolean negatedNoun(Sentence sentence, Token token) {
        return token.isNoun() && sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals("det")
                && c.word().equalsIgnoreCase("no"));
    }

    /**
     * Whether a noun trigger is in a definite noun phrase: "the attack", "this ISIL attack", "its attack", any
     * possessive ("ISIL's claim") and a name without article ("US warning", "Moscow attacks").
     */
    private static boolean definite(Sentence sentence, Token trigger) {
        if (trigger.isVerb()) {
            return false;
        }
        for (Token child : sentence.children(trigger.index())) {
            if (child.index() > trigger.index()) {
                continue;
            }
            String word = child.word().toLowerCase(Locale.ROOT);
            if (child.relation().equals("det") && DEFINITE.contains(word) || child.relation().startsWith("nmod:poss")) {
                return true;
            }
            if (child.relation().equals("compound") && child.pos().startsWith("NNP")
                    && sentence.children(trigger.index()).stream().noneMatch(c -> c.relation().equals("det"))) {
                return true;
            }
            if (child.relation().startsWith("compound") || child.relation().equals("amod")) {
                for (Token grandchild : sentence.children(child.index())) {
                    if (grandchild.relation().equals("det")
                            && DEFINITE.contains(grandchild.word().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Events named by who does them to whom: an attack by a state force, or on an armed group or on militants by
     * anyone but another group, is a military operation; an attack on a named person is an assassination (GTD);
     * an "arrest" by an armed group is a kidnapping. A group that governs a country at the document's date
     * (ckg:governs) acts as a state: its raids are military operations and its arrests arrests.
     */
    private static void retype(List<EventDraft> found, Map<String, EntityType> types, Set<String> governingNow) {
        for (EventDraft d : found) {
            Set<String> agentIris = new TreeSet<>(d.roles.getOrDefault(Role.PERPETRATOR, Set.of()));
            agentIris.removeAll(d.partners);
            Set<EntityType> agents = typesOf(agentIris, types);
            Set<EntityType> targets = typesOf(d.roles.get(Role.TARGET), types);
            boolean state = d.stateAgent || agents.contains(EntityType.STATE_AUTHORITY)
                    || agents.contains(EntityType.COUNTRY) || agentIris.stream().anyMatch(governingNow::contains);
            boolean onAttackers = d.patient != null
                    && ATTACKER_NOUNS.contains(d.patient.lemma().toLowerCase(Locale.ROOT));
            if (d.type.isAttack() && (state || (targets.contains(EntityType.ARMED_GROUP) || onAttackers)
                    && !agents.contains(EntityType.ARMED_GROUP))) {
                d.type = EventType.MILITARY_OPERATION;
            } else if (d.type == EventType.MILITARY_OPERATION && !state && agents.contains(EntityType.ARMED_GROUP)
                    && !targets.contains(EntityType.ARMED_GROUP)) {
                d.type = EventType.ATTACK;
            } else if ((d.type == EventType.ARMED_ASSAULT || d.type == EventType.ATTACK
                    || d.type == EventType.BOMBING) && targets.contains(EntityType.PERSON)) {
                d.type = EventType.ASSASSINATION;
            } else if (d.type == EventType.ARREST
                    && typesOf(d.roles.get(Role.AUTHORITY), types).contains(EntityType.ARMED_GROUP)
                    && d.roles.get(Role.AUTHORITY).stream().noneMatch(governingNow::contains)) {
                d.type = EventType.HOSTAGE_TAKING;
                Set<String> takers = d.roles.remove(Role.AUTHORITY);
                Set<String> hostages = d.roles.remove(Role.SUSPECT);
                d.roles.put(Role.PERPETRATOR, takers);
                if (hostages != null) {
                    d.roles.put(Role.TARGET, hostages);
                }
            }
        }
    }

    private static Set<EntityType> typesOf(Set<String> iris, Map<String, EntityType> types) {
        Set<EntityType> result = java.util.EnumSet.noneOf(EntityType.class);
        if (iris != null) {
            iris.forEach(i -> {
                if (types.containsKey(i)) {
                    result.add(types.get(i));
                }
            });
        }
        return result;
    }

    /**
     * A bare plural noun ("attacks are common") or a quantified or habitual one ("most attacks in the province",
     * "regular ambushes") names a kind of event, not one event; one that a past light verb governs ("made
     * significant arrests") names events that happened.
     */
    private static boolean genericPlural(Sentence sentence, Token token) {
        if (!token.pos().equals("NNS")) {
            return false;
        }
        Token above = sentence.head(token);
        for (int steps = 0; above != null && steps < 2; steps++, above = sentence.head(above)) {
            if (above.pos().equals("VBD") && FrameVerbs.light(above.lemma().toLowerCase(Locale.ROOT))) {
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

    /** Whether an event is what a statement in the same sentence is about ("claimed the attack", "denied the raid"). */
    private static boolean aboutOf(List<EventDraft> found, EventDraft draft, Sentence sentence) {
        for (EventDraft other : found) {
            if (other != draft && other.verb && other.type.isStatement()
                    && sentence.dominates(other.trigger, draft.trigger)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A claim, accusation, denial or warning is about the attack named in its own clause ("claimed responsibility
     * for the bombing"); an assessment with none is about the attack named later in its sentence, if any; a claim,
     * accusation, denial or assessment with none is about the latest attack before it. A warning
     * with no place of its own is located where the attack it warns of is ("threatened to attack hotels in
     * Nairobi"). A claim attributes the
     * event to its claimants, an accusation to whom it accuses; the media outlets in its clause are its channels.
     */
    private static void linkStatements(List<EventDraft> events, List<EventDraft> found, Sentence sentence,
            List<EntityMention> here) {
        for (EventDraft statement : found) {
            if (!statement.type.isStatement() || !events.contains(statement)) {
                continue;
            }
            EventDraft target = null;
            EventDraft latest = null;
            EventDraft followingHere = null;
            for (EventDraft event : events) {
                if (event == statement || !event.type.isAttack()) {
                    continue;
                }
                if (event.trigger.begin() < statement.trigger.begin()) {
                    latest = event;
                } else if (followingHere == null && event.sentence == sentence) {
                    followingHere = event;
                }
                for (Span span : event.triggers) {
                    if (span.sentence() == sentence.index()
                            && sentence.dominates(statement.trigger, tokenAt(sentence, span.begin()))
                            && !timeReference(sentence, tokenAt(sentence, span.begin()))) {
                        target = event;
                    }
                }
            }
            if (target != null && statement.type == EventType.WARNING && statement.places.isEmpty()) {
                statement.places.addAll(target.places);
            }
            if (target == null && statement.type == EventType.ASSESSMENT) {
                target = followingHere;
            }
            if (target == null && statement.type != EventType.WARNING) {
                target = latest;
            }
            if (target != null) {
                statement.about = Optional.of(target.triggers.get(0).begin());
                if (statement.type == EventType.CLAIM_OF_RESPONSIBILITY) {
                    statement.claimed = statement.about;
                }
            }
            if (statement.type == EventType.CLAIM_OF_RESPONSIBILITY) {
                statement.attributedTo.addAll(statement.roles.getOrDefault(Role.CLAIMANT, Set.of()));
            } else if (statement.type == EventType.ACCUSATION) {
                statement.attributedTo.addAll(statement.roles.getOrDefault(Role.TARGET, Set.of()));
            } else if (statement.type == EventType.ASSESSMENT) {
                assessed(sentence, statement.trigger, here).forEach(m -> statement.attributedTo.add(m.iri()));
            }
            for (EntityMention m : here) {
                if (m.type() == EntityType.MEDIA_OUTLET && sentence.dominates(statement.trigger,
                        sentence.tokens().get(m.mention().lastToken()))) {
                    statement.channels.add(m.iri());
                }
            }
        }
    }

    /** The target of an attack that is not a named entity, or the GTD type of the one that is. */
    private Optional<Event.Target> target(EventDraft d) {
        if (!d.type.isAttack() && d.type != EventType.PLOT) {
            return Optional.empty();
        }
        if (d.targetEntity != null) {
            return Optional.of(new Event.Target("", entityTargetType(d.targetEntity)));
        }
        if (d.patient == null || !d.patient.isNoun() || d.patient.pos().startsWith("NNP")) {
            return Optional.empty();
        }
        Sentence sentence = d.sentence;
        List<Token> modifiers = sentence.children(d.patient.index()).stream()
                .filter(c -> c.index() < d.patient.index() && (c.relation().startsWith("compound")
                        || c.relation().equals("amod")))
                .toList();
        int first = modifiers.isEmpty() ? d.patient.index() : modifiers.get(0).index();
        String text = sentence.tokens().subList(first, d.patient.index() + 1).stream().map(Token::word)
                .reduce((a, b) -> a + " " + b).orElse(d.patient.word());
        Optional<String> type = Optional.empty();
        for (Token modifier : modifiers) {
            type = type.or(() -> Optional.ofNullable(targetTypes.get(modifier.lemma().toLowerCase(Locale.ROOT))));
        }
        type = type.or(() -> Optional.ofNullable(targetTypes.get(d.patient.lemma().toLowerCase(Locale.ROOT))));
        return Optional.of(new Event.Target(text, type));
    }

    private Optional<String> entityTargetType(EntityMention m) {
        return switch (m.type()) {
            case ARMED_GROUP -> Optional.of("terrorists-non-state-militia");
            case MEDIA_OUTLET -> Optional.of("journalists-media");
            case COUNTRY -> Optional.of("government-general");
            case STATE_AUTHORITY -> {
                for (String word : m.mention().text().toLowerCase(Locale.ROOT).split("\\W+")) {
                    String type = targetTypes.get(word);
                    if (type != null && !type.equals("private-citizens-property")) {
                        yield Optional.of(type);
                    }
                }
                yield Optional.of("government-general");
            }
            default -> {
                String[] words = m.mention().text().toLowerCase(Locale.ROOT).split("\\W+");
                yield words.length == 0 ? Optional.empty() : Optional.ofNullable(targetTypes.get(
                        words[words.length - 1]));
            }
        };
    }

    private static Token tokenAt(Sentence sentence, int begin) {
        for (Token token : sentence.tokens()) {
            if (token.begin() <= begin && begin < token.end()) {
                return token;
            }
        }
        return sentence.tokens().get(0);
    }

    private static double confidence(EventDraft d) {
        double confidence = d.verb ? 0.6 : 0.5;
        if (!d.roles.isEmpty()) {
            confidence += 0.15;
        }
        if (!d.places.isEmpty()) {
            confidence += 0.1;
        }
        return Math.min(0.95, Math.round(confidence * 100) / 100.0);
    }

}
