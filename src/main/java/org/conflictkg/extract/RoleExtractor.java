package org.conflictkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.kb.EntityType;
import org.conflictkg.kb.KbEntity;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Finds people's roles and positions, from a lexicon of titles ({@code roles.tsv}), in three shapes:
 * <ul>
 * <li>a title right before the name, with its modifiers and what it belongs to before it: "President Vladimir
 * Putin", "Russian Foreign Minister Sergei Lavrov", "ISKP operative Shamil Hukumatov", "Turkish prosecutor X";</li>
 * <li>a title in apposition to the name: "the deputy governor of Nangarhar, Mawlawi Abdul Hakim Sarwari", "X, a
 * senior ISKP commander,";</li>
 * <li>a title as the name's predicate: "X is the leader of ISKP", "X was identified as a high-ranking ISKP
 * operative".</li>
 * </ul>
 * What the role belongs to comes from the title's own words: a resolved mention before it or among its dependents
 * (an armed group, an authority or an organisation, or a country or place for an office), or a country's name or
 * demonym ("Russian", "French"). A title marked "former" or "ex-" states no current role and gives nothing. One
 * fact per person and sentence.
 */
public final class RoleExtractor {

    private static final int LONGEST_TITLE = 4;
    private static final Set<String> MODIFIERS = Set.of("acting", "senior", "high-ranking", "top", "federal",
            "veteran", "local", "regional", "chief", "deputy", "then", "current", "new", "alleged", "suspected");
    private static final Set<String> NOT_CURRENT = Set.of("former", "ex", "ex-", "late", "erstwhile");
    private static final Set<EntityType> ORGANISATIONS = Set.of(EntityType.ARMED_GROUP, EntityType.STATE_AUTHORITY,
            EntityType.MEDIA_OUTLET, EntityType.ORGANIZATION);
    private static final Set<EntityType> JURISDICTIONS = Set.of(EntityType.COUNTRY, EntityType.CITY,
            EntityType.PLACE);

    private final Map<String, Boolean> titles = new HashMap<>();
    private final LabelIndex<KbEntity> countries = new LabelIndex<>();

    /** A role extractor with the packaged title lexicon, which knows the knowledge base's country names. */
    public RoleExtractor(KnowledgeBase kb) {
        for (KbEntity entity : kb.entities()) {
            if (entity.type() == EntityType.COUNTRY) {
                countries.add(entity.prefLabel(), entity);
                entity.altLabels().forEach(label -> countries.add(label, entity));
                entity.demonyms().forEach(label -> countries.add(label, entity));
            }
        }
        InputStream in = RoleExtractor.class.getResourceAsStream("roles.tsv");
        if (in == null) {
            throw new IllegalStateException("roles.tsv missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 2 || !Set.of("office", "member").contains(columns[1].strip())) {
                    throw new IllegalStateException("roles.tsv: bad line: " + line);
                }
                titles.put(columns[0].strip(), columns[1].strip().equals("office"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Title(String words, int first, int last, boolean office) {
    }

    /** What a role belongs to: an organisation or a jurisdiction, and the first token of the words naming it. */
    private record Holder(Optional<String> organisation, Optional<String> jurisdiction, int first, int last) {
        static final Holder NONE = new Holder(Optional.empty(), Optional.empty(), Integer.MAX_VALUE, -1);
    }

    /** The role facts of a text whose mentions were resolved to these entities, in text order. */
    public List<RoleFact> extract(AnnotatedText text, List<EventExtractor.EntityMention> mentions) {
        Map<Integer, List<EventExtractor.EntityMention>> bySentence = new HashMap<>();
        mentions.forEach(m -> bySentence.computeIfAbsent(m.mention().sentence(), k -> new ArrayList<>()).add(m));
        Map<String, RoleFact> facts = new LinkedHashMap<>();
        for (Sentence sentence : text.sentences()) {
            List<EventExtractor.EntityMention> inSentence = bySentence.getOrDefault(sentence.index(), List.of());
            for (EventExtractor.EntityMention person : inSentence) {
                if (person.type() != EntityType.PERSON) {
                    continue;
                }
                Optional<RoleFact> fact = beforeName(text, sentence, person, inSentence)
                        .or(() -> linkedToName(text, sentence, person, inSentence));
                fact.ifPresent(f -> facts.putIfAbsent(f.person() + " " + f.sentence(), f));
            }
        }
        return new ArrayList<>(facts.values());
    }

    /** A title right before the name: "Russian Foreign Minister Sergei Lavrov". */
    private Optional<RoleFact> beforeName(AnnotatedText text, Sentence sentence, EventExtractor.EntityMention person,
            List<EventExtractor.EntityMention> mentions) {
        List<Token> tokens = sentence.tokens();
        Title title = titleEndingAt(tokens, person.mention().firstToken() - 1);
        if (title == null) {
            return Optional.empty();
        }
        Holder holder = Holder.NONE;
        for (EventExtractor.EntityMention m : mentions) {
            Mention span = m.mention();
            if (m != person && span.firstToken() < title.first() && span.lastToken() >= title.first()
                    && span.lastToken() <= title.last()) {
                holder = holder(m, span.firstToken(), span.lastToken());
            }
        }
        if (holder == Holder.NONE) {
            int j = title.first() - 1;
            while (j >= 0 && MODIFIERS.contains(lower(tokens.get(j)))) {
                j--;
            }
            if (j >= 0 && NOT_CURRENT.contains(lower(tokens.get(j)))) {
                return Optional.empty();
            }
            int ownerEnd = j >= 0 && tokens.get(j).pos().equals("POS") ? j - 1 : j;
            holder = holderEndingAt(text, sentence, ownerEnd, mentions, person);
        }
        int first = Math.min(holder.first(), title.first());
        return Optional.of(fact(text, sentence, person, title, holder, first, person.mention().lastToken()));
    }

    /** A title in apposition to the name or as its predicate. */
    private Optional<RoleFact> linkedToName(AnnotatedText text, Sentence sentence,
            EventExtractor.EntityMention person, List<EventExtractor.EntityMention> mentions) {
        Token head = sentence.headOf(person.mention().firstToken(), person.mention().lastToken());
        List<Token> candidates = new ArrayList<>();
        for (Token child : sentence.children(head.index())) {
            if (child.relation().equals("appos")) {
                candidates.add(child);
            }
        }
        Token governor = sentence.head(head);
        if (governor != null && head.relation().equals("appos")) {
            candidates.add(governor);
        }
        if (governor != null && head.relation().startsWith("nsubj")) {
            boolean copula = sentence.children(governor.index()).stream().anyMatch(c -> c.relation().equals("cop"));
            if (copula && governor.isNoun()) {
                candidates.add(governor);
            } else {
                for (Token child : sentence.children(governor.index())) {
                    if ((child.relation().startsWith("obl") || child.relation().startsWith("xcomp"))
                            && child.isNoun() && sentence.caseMarker(child).equals("as")) {
                        candidates.add(child);
                    }
                }
            }
        }
        for (Token candidate : candidates) {
            if (!candidate.isNoun() || person.mention().covers(sentence.index(), candidate.index())) {
                continue;
            }
            Title title = titleEndingAt(sentence.tokens(), candidate.index());
            if (title == null || sentence.children(candidate.index()).stream()
                    .anyMatch(c -> NOT_CURRENT.contains(lower(c)))) {
                continue;
            }
            Holder holder = Holder.NONE;
            for (Token child : sentence.children(candidate.index())) {
                String relation = child.relation();
                if (relation.startsWith("compound") || relation.startsWith("amod") || relation.startsWith("nmod")) {
                    Holder found = holderAt(text, sentence, child.index(), mentions, person);
                    if (found != Holder.NONE && holder == Holder.NONE) {
                        holder = found;
                    }
                }
            }
            int first = Math.min(Math.min(holder.first(), title.first()), person.mention().firstToken());
            int last = Math.max(Math.max(holder.last(), title.last()), person.mention().lastToken());
            return Optional.of(fact(text, sentence, person, title, holder, first, last));
        }
        return Optional.empty();
    }

    /** The longest title of the lexicon whose last word is this token. */
    private Title titleEndingAt(List<Token> tokens, int last) {
        if (last < 0) {
            return null;
        }
        for (int length = Math.min(LONGEST_TITLE, last + 1); length >= 1; length--) {
            StringBuilder words = new StringBuilder();
            for (int t = last - length + 1; t <= last; t++) {
                words.append(words.length() == 0 ? "" : " ").append(lower(tokens.get(t)));
            }
            Boolean office = titles.get(words.toString());
            if (office != null) {
                return new Title(words.toString(), last - length + 1, last, office);
            }
        }
        return null;
    }

    /** What the words ending at this token name: a resolved mention, or a country by name or demonym. */
    private Holder holderEndingAt(AnnotatedText text, Sentence sentence, int last,
            List<EventExtractor.EntityMention> mentions, EventExtractor.EntityMention person) {
        if (last < 0) {
            return Holder.NONE;
        }
        for (EventExtractor.EntityMention m : mentions) {
            if (m != person && m.mention().lastToken() == last) {
                return holder(m, m.mention().firstToken(), last);
            }
        }
        LabelIndex.Text words = words(text, sentence);
        for (int start = Math.max(0, last - 3); start <= last; start++) {
            LabelIndex.Match<KbEntity> country = countries.longestAt(words, start);
            if (country != null && start + country.tokens() - 1 == last) {
                return new Holder(Optional.empty(), Optional.of(country.value().iri()), start, last);
            }
        }
        return Holder.NONE;
    }

    /** What the words at this token name: a resolved mention covering it, or a country by name or demonym. */
    private Holder holderAt(AnnotatedText text, Sentence sentence, int token,
            List<EventExtractor.EntityMention> mentions, EventExtractor.EntityMention person) {
        for (EventExtractor.EntityMention m : mentions) {
            if (m != person && m.mention().covers(sentence.index(), token)) {
                return holder(m, m.mention().firstToken(), m.mention().lastToken());
            }
        }
        LabelIndex.Match<KbEntity> country = countries.longestAt(words(text, sentence), token);
        return country == null ? Holder.NONE
                : new Holder(Optional.empty(), Optional.of(country.value().iri()), token,
                        token + country.tokens() - 1);
    }

    private static Holder holder(EventExtractor.EntityMention m, int first, int last) {
        if (ORGANISATIONS.contains(m.type())) {
            return new Holder(Optional.of(m.iri()), m.type() == EntityType.STATE_AUTHORITY ? m.mention().country()
                    : Optional.empty(), first, last);
        }
        if (JURISDICTIONS.contains(m.type())) {
            return new Holder(Optional.empty(), Optional.of(m.iri()), first, last);
        }
        return Holder.NONE;
    }

    private static RoleFact fact(AnnotatedText text, Sentence sentence, EventExtractor.EntityMention person,
            Title title, Holder holder, int first, int last) {
        int begin = sentence.tokens().get(first).begin();
        int end = sentence.tokens().get(last).end();
        return new RoleFact(person.iri(), title.words(), title.office(), holder.organisation(),
                holder.jurisdiction(), sentence.index(), begin, end, text.text().substring(begin, end));
    }


    private static LabelIndex.Text words(AnnotatedText text, Sentence sentence) {
        List<String> words = new ArrayList<>();
        sentence.tokens().forEach(t -> words.add(text.text().substring(t.begin(), t.end())));
        return new LabelIndex.Text(words);
    }

    private static String lower(Token token) {
        return token.word().toLowerCase(Locale.ROOT);
    }
}
