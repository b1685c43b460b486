package org.conflictkg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.conflictkg.kb.EntityType;
import org.conflictkg.kb.KbEntity;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.source.Document;
import org.conflictkg.source.PublicationDate;
import org.conflictkg.source.DocumentJson;

/**
 * Writes news-wire documents for benchmarks, deterministic from a seed: each document is made from its own random
 * stream (the seed and its number), so the first N documents are the same whatever the corpus size. Templates vary
 * the actors (armed groups and authorities of the knowledge base), the places (common cities and their countries),
 * dates, casualty figures, event kinds and the shape of the sentences.
 */
public final class CorpusGenerator {

    private record City(String name, String country) {
    }

    private static final List<City> CITIES = List.of(new City("Kabul", "Afghanistan"),
            new City("Kandahar", "Afghanistan"), new City("Jalalabad", "Afghanistan"),
            new City("Kunduz", "Afghanistan"), new City("Peshawar", "Pakistan"), new City("Quetta", "Pakistan"),
            new City("Karachi", "Pakistan"), new City("Lahore", "Pakistan"), new City("Baghdad", "Iraq"),
            new City("Mosul", "Iraq"), new City("Kirkuk", "Iraq"), new City("Damascus", "Syria"),
            new City("Aleppo", "Syria"), new City("Idlib", "Syria"), new City("Deir ez-Zor", "Syria"),
            new City("Mogadishu", "Somalia"), new City("Kismayo", "Somalia"), new City("Maiduguri", "Nigeria"),
            new City("Abuja", "Nigeria"), new City("Niamey", "Niger"), new City("Bamako", "Mali"),
            new City("Gao", "Mali"), new City("Ouagadougou", "Burkina Faso"), new City("Cairo", "Egypt"),
            new City("Tunis", "Tunisia"), new City("Tripoli", "Libya"), new City("Sanaa", "Yemen"),
            new City("Aden", "Yemen"), new City("Beirut", "Lebanon"), new City("Istanbul", "Turkey"),
            new City("Ankara", "Turkey"), new City("Moscow", "Russia"), new City("Makhachkala", "Russia"),
            new City("Dushanbe", "Tajikistan"), new City("Tashkent", "Uzbekistan"), new City("Paris", "France"),
            new City("Nice", "France"), new City("Brussels", "Belgium"), new City("Vienna", "Austria"),
            new City("Berlin", "Germany"), new City("Hamburg", "Germany"), new City("London", "United Kingdom"),
            new City("Manchester", "United Kingdom"), new City("Madrid", "Spain"), new City("Stockholm", "Sweden"),
            new City("Nairobi", "Kenya"), new City("Mombasa", "Kenya"), new City("Kampala", "Uganda"),
            new City("Maputo", "Mozambique"), new City("Manila", "Philippines"), new City("Marawi", "Philippines"),
            new City("Jakarta", "Indonesia"), new City("Colombo", "Sri Lanka"), new City("Dhaka", "Bangladesh"),
            new City("New York", "United States"), new City("Sydney", "Australia"));

    private static final List<String> TARGETS = List.of("a police checkpoint", "a crowded market", "a mosque",
            "a church", "a military convoy", "an army base", "a wedding hall", "a bus station", "a hotel",
            "a government building", "a polling station", "a girls' school", "a concert hall", "a shopping centre",
            "a railway station", "an oil pipeline", "a hospital", "a border post", "a Shia shrine",
            "the offices of a local newspaper", "a tribal elders' meeting", "a football stadium");
    private static final List<String> WEAPONS = List.of("a car bomb", "a suicide vest", "a roadside bomb",
            "rifles and grenades", "a truck packed with explosives", "an improvised explosive device",
            "armed drones", "mortar rounds", "knives", "an explosives-laden motorcycle");
    private static final List<String> SPEAKERS = List.of("a police spokesman", "the provincial governor",
            "a senior security official", "the interior ministry", "a hospital director", "local officials",
            "a witness", "the mayor", "a military spokesperson", "a regional health official");
    private static final List<String> SAY = List.of("said", "told reporters", "said in a statement",
            "told the news agency", "said on condition of anonymity", "wrote on social media");
    private static final List<String> BACKGROUND = List.of(
            "The area has seen a rise in violence over the past year.",
            "Security forces have stepped up patrols in the region since the start of the month.",
            "Analysts say the group has been trying to show it remains capable of large attacks.",
            "The government has repeatedly said the insurgency is under control.",
            "Residents described scenes of panic as ambulances rushed to the site.",
            "Several neighbouring countries condemned the violence.",
            "The United Nations called for an independent investigation.",
            "Schools and shops in the district stayed closed on the following day.",
            "It was the deadliest incident in the province in several months.",
            "Officials warned that the toll could rise as rescuers searched the rubble.",
            "The group has lost much of the territory it once held but still carries out raids.",
            "Human rights organisations have criticised the mass arrests that followed earlier attacks.");
    private static final String[] NUMBER_WORDS = {"no", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve"};

    private final long seed;
    private final List<KbEntity> groups = new ArrayList<>();
    private final List<KbEntity> authorities = new ArrayList<>();
    private final List<KbEntity> media = new ArrayList<>();

    /** A generator with this seed, taking names from this knowledge base. */
    public CorpusGenerator(long seed, KnowledgeBase kb) {
        this.seed = seed;
        for (KbEntity entity : kb.entities()) {
            if (entity.type() == EntityType.ARMED_GROUP) {
                groups.add(entity);
            } else if (entity.type() == EntityType.STATE_AUTHORITY) {
                authorities.add(entity);
            } else if (entity.type() == EntityType.MEDIA_OUTLET) {
                media.add(entity);
            }
        }
        if (groups.isEmpty() || authorities.isEmpty() || media.isEmpty()) {
            throw new IllegalStateException("the knowledge base names no armed groups, authorities or media");
        }
    }

    /** Writes this many documents as JSONL to the file; returns the bytes written. */
    public long write(Path file, int documents) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < documents; i++) {
                out.write(DocumentJson.toLine(document(i)));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus " + file + " (" + e.getMessage() + ")", e);
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents numbered 0 to count - 1. */
    public List<Document> documents(int count) {
        List<Document> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(document(i));
        }
        return result;
    }

    /** The document of this number. */
    public Document document(int number) {
        Random random = new Random(seed * 1_000_003L + number);
        LocalDate published = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(11 * 365));
        LocalDate happened = published.minusDays(random.nextInt(3));
        City city = pick(random, CITIES);
        KbEntity group = pick(random, groups);
        StringBuilder text = new StringBuilder();
        text.append(city.name().toUpperCase(Locale.ROOT)).append(", ").append(monthDay(published))
                .append(" - ");
        int kind = random.nextInt(6);
        List<String> lead = switch (kind) {
            case 0, 1 -> attack(random, city, group, happened, published);
            case 2 -> arrest(random, city, group, happened, published);
            case 3 -> plot(random, city, group, published);
            case 4 -> trial(random, city, group, published);
            default -> operation(random, city, group, happened, published);
        };
        appendParagraph(text, lead);
        List<String> more = new ArrayList<>();
        if (random.nextBoolean()) {
            more.addAll(claim(random, group, city));
        }
        List<String> background = new ArrayList<>(BACKGROUND);
        java.util.Collections.shuffle(background, random);
        more.addAll(background.subList(0, 2 + random.nextInt(3)));
        more.add(history(random, group, published));
        appendParagraph(text, more);
        if (random.nextBoolean()) {
            appendParagraph(text, attack(random, pick(random, CITIES), pick(random, groups),
                    published.minusDays(30 + random.nextInt(400)), published));
        }
        appendParagraph(text, reaction(random, city, group, published));
        String id = String.format(Locale.ROOT, "bench-%07d", number);
        String title = group.prefLabel() + ": " + switch (kind) {
            case 0, 1 -> "attack in " + city.name();
            case 2 -> "arrests in " + city.name();
            case 3 -> "plot foiled in " + city.name();
            case 4 -> "trial in " + city.name();
            default -> "operation near " + city.name();
        };
        return new Document(id, text.toString().strip() + "\n", Optional.of(PublicationDate.of(published)),
                Optional.of(title), Optional.empty(), "generated:" + id);
    }

    private static void appendParagraph(StringBuilder text, List<String> sentences) {
        text.append(String.join(" ", sentences)).append("\n\n");
    }

    private List<String> attack(Random random, City city, KbEntity group, LocalDate day, LocalDate published) {
        String when = when(random, day, published);
        String target = pick(random, TARGETS);
        String weapon = pick(random, WEAPONS);
        int killed = casualty(random, 60);
        int wounded = killed + casualty(random, 90);
        String groupName = name(random, group);
        String speaker = pick(random, SPEAKERS);
        List<String> s = new ArrayList<>();
        s.add(switch (random.nextInt(5)) {
            case 0 -> "At least " + killed + " people were killed and " + wounded + " wounded " + when
                    + " when attackers with " + weapon + " struck " + target + " in " + city.name() + ", "
                    + speaker + " " + pick(random, SAY) + ".";
            case 1 -> "Gunmen stormed " + target + " in " + city.name() + " " + when + ", killing "
                    + number(random, killed) + " people and injuring " + wounded + ", according to " + speaker
                    + ".";
            case 2 -> "A bomber detonated " + weapon + " outside " + target + " in the city of " + city.name()
                    + " in " + city.country() + " " + when + ", " + speaker + " " + pick(random, SAY)
                    + ", adding that " + number(random, killed) + " people had died.";
            case 3 -> capital(when) + ", " + target + " in " + city.name() + " was hit by " + weapon + "; "
                    + "the death toll rose to " + killed + " by evening, with more than " + wounded
                    + " others taken to hospital.";
            default -> "Suspected " + groupName + " fighters attacked " + target + " near " + city.name() + ", "
                    + city.country() + ", " + when + ", leaving " + killed + " dead, " + speaker + " "
                    + pick(random, SAY) + ".";
        });
        s.add(switch (random.nextInt(4)) {
            case 0 -> "Among the dead were " + number(random, 1 + random.nextInt(5))
                    + " police officers, and several children were among the injured.";
            case 1 -> "\"We heard a huge explosion and then shooting for almost an hour,\" said a shopkeeper "
                    + "who gave only his first name.";
            case 2 -> "No group immediately claimed responsibility, but officials blamed " + groupName + ".";
            default -> "The attackers were killed in a gun battle with security forces that lasted until "
                    + "the early hours, " + pick(random, SPEAKERS) + " said.";
        });
        return s;
    }

    private List<String> arrest(Random random, City city, KbEntity group, LocalDate day, LocalDate published) {
        KbEntity authority = pick(random, authorities);
        int suspects = 2 + random.nextInt(14);
        String groupName = name(random, group);
        List<String> s = new ArrayList<>();
        s.add(switch (random.nextInt(3)) {
            case 0 -> "The " + authority.prefLabel() + " arrested " + suspects + " people suspected of links to "
                    + groupName + " in raids in " + city.name() + " " + when(random, day, published) + ".";
            case 1 -> capital(number(random, suspects)) + " suspected members of " + groupName
                    + " were detained in " + city.name() + " " + when(random, day, published)
                    + ", the " + authority.prefLabel() + " said.";
            default -> "Police in " + city.name() + " said " + when(random, day, published) + " that they had "
                    + "detained " + suspects + " men accused of financing " + groupName + ".";
        });
        s.add("Investigators seized weapons, " + (random.nextBoolean() ? "mobile phones" : "cash")
                + " and " + (random.nextBoolean() ? "bomb-making material" : "propaganda videos")
                + ", the statement said.");
        if (random.nextBoolean()) {
            s.add("Prosecutors in " + pick(random, CITIES).name() + " said " + number(random, 1 + random.nextInt(3))
                    + " of the suspects would be deported to " + pick(random, CITIES).country() + ".");
        }
        return s;
    }

    private List<String> plot(Random random, City city, KbEntity group, LocalDate published) {
        KbEntity authority = pick(random, authorities);
        String target = pick(random, TARGETS);
        List<String> s = new ArrayList<>();
        s.add(switch (random.nextInt(2)) {
            case 0 -> "The " + authority.prefLabel() + " said it had foiled a plot by " + name(random, group)
                    + " to attack " + target + " in " + city.name() + " during " + monthName(published) + ".";
            default -> "Security services in " + city.country() + " thwarted a planned attack on " + target
                    + " in " + city.name() + ", officials said " + when(random, published, published) + ".";
        });
        s.add("A " + (18 + random.nextInt(30)) + "-year-old man was arrested after buying chemicals that could "
                + "be used to make explosives, according to the " + authority.prefLabel() + ".");
        return s;
    }

    private List<String> trial(Random random, City city, KbEntity group, LocalDate published) {
        int years = 3 + random.nextInt(25);
        List<String> s = new ArrayList<>();
        s.add("A court in " + city.name() + " sentenced a " + (20 + random.nextInt(30)) + "-year-old man to "
                + years + " years in prison " + when(random, published, published) + " for membership of "
                + name(random, group) + " and for helping to plan an attack on " + pick(random, TARGETS) + ".");
        s.add("The judge said the defendant had " + (random.nextBoolean() ? "travelled to " : "sent money to ")
                + pick(random, CITIES).country() + " in " + (published.getYear() - 1 - random.nextInt(4))
                + " and had kept in contact with recruiters of the group.");
        return s;
    }

    private List<String> operation(Random random, City city, KbEntity group, LocalDate day,
            LocalDate published) {
        int killed = casualty(random, 40);
        List<String> s = new ArrayList<>();
        s.add("Government troops backed by air strikes killed " + killed + " " + name(random, group)
                + " militants in an operation near " + city.name() + " " + when(random, day, published) + ", "
                + pick(random, SPEAKERS) + " " + pick(random, SAY) + ".");
        s.add(capital(number(random, 1 + random.nextInt(6)))
                + " soldiers were wounded and a number of hideouts were destroyed, the statement added.");
        return s;
    }

    private List<String> claim(Random random, KbEntity group, City city) {
        KbEntity outlet = pick(random, media);
        List<String> s = new ArrayList<>();
        s.add(switch (random.nextInt(3)) {
            case 0 -> capital(name(random, group)) + " claimed responsibility for the attack in a statement carried by "
                    + outlet.prefLabel() + ".";
            case 1 -> "In a message posted on " + outlet.prefLabel() + ", " + name(random, group)
                    + " said its fighters had carried out the assault in " + city.name() + ".";
            default -> "The attack was claimed by " + name(random, group) + ", which accused the government of "
                    + "killing its members.";
        });
        if (random.nextInt(3) == 0) {
            s.add("A spokesman for " + pick(random, groups).prefLabel()
                    + " denied any involvement and condemned the killing of civilians.");
        }
        return s;
    }

    private List<String> reaction(Random random, City city, KbEntity group, LocalDate published) {
        KbEntity authority = pick(random, authorities);
        List<String> s = new ArrayList<>();
        s.add(switch (random.nextInt(3)) {
            case 0 -> "\"Those responsible will be found and brought to justice,\" the " + authority.prefLabel()
                    + " said in a statement issued " + when(random, published, published) + ".";
            case 1 -> "The " + authority.prefLabel() + " said it was working with partners in "
                    + pick(random, CITIES).country() + " to trace the network behind " + name(random, group) + ".";
            default -> "Officials in " + city.country() + " raised the threat level and increased security at "
                    + "airports, stations and places of worship.";
        });
        s.add(switch (random.nextInt(3)) {
            case 0 -> "Funerals for some of the victims were held in " + city.name() + " the next day, as "
                    + "hundreds of mourners gathered outside " + pick(random, TARGETS) + ".";
            case 1 -> "An analyst at a research centre in " + pick(random, CITIES).name() + " said "
                    + name(random, group) + " had recruited " + (100 + random.nextInt(900))
                    + " fighters in the region over the past " + number(random, 2 + random.nextInt(5)) + " years.";
            default -> "The attack came " + number(random, 2 + random.nextInt(9)) + " weeks after "
                    + name(random, pick(random, groups)) + " called on its supporters to strike targets in "
                    + city.country() + ".";
        });
        return s;
    }

    private String history(Random random, KbEntity group, LocalDate published) {
        int year = published.getYear() - 1 - random.nextInt(6);
        City earlier = pick(random, CITIES);
        return switch (random.nextInt(3)) {
            case 0 -> "In " + year + ", " + name(random, group) + " killed " + casualty(random, 150)
                    + " people in a similar attack in " + earlier.name() + ".";
            case 1 -> capital(name(random, group)) + " has been designated a terrorist organisation by "
                    + pick(random, CITIES).country() + " since " + year + ".";
            default -> "The group was blamed for a bombing in " + earlier.name() + " in " + monthName(published)
                    + " " + year + " that left " + casualty(random, 80) + " dead.";
        };
    }

    private static String when(Random random, LocalDate day, LocalDate published) {
        if (day.equals(published)) {
            return random.nextBoolean() ? "on " + weekday(day) : "early on " + weekday(day);
        }
        return switch (random.nextInt(3)) {
            case 0 -> "on " + weekday(day);
            case 1 -> "on " + monthDay(day);
            default -> "late on " + weekday(day);
        };
    }

    private static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String monthDay(LocalDate day) {
        return monthName(day) + " " + day.getDayOfMonth();
    }

    private static String monthName(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String capital(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static int casualty(Random random, int max) {
        return 1 + (int) Math.round(Math.pow(random.nextDouble(), 2) * (max - 1));
    }

    private static String number(Random random, int n) {
        return n < NUMBER_WORDS.length && random.nextBoolean() ? NUMBER_WORDS[n] : Integer.toString(n);
    }

    private static String name(Random random, KbEntity entity) {
        List<String> alternatives = entity.altLabels().stream().filter(l -> l.length() > 3).toList();
        if (alternatives.isEmpty() || random.nextInt(3) > 0) {
            return entity.prefLabel();
        }
        return pick(random, alternatives);
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
