package org.conflictkg.robust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/** Short made-up news documents for crash and load drills: a few sentences each, of our own wording, seeded. */
public final class Corpus {

    private static final String[] GROUPS = {"Boko Haram", "al-Shabaab", "the Islamic State", "ISKP", "the Taliban",
        "Hamas", "Hezbollah", "al-Qaeda"};
    private static final String[] PLACES = {"Kano", "Maiduguri", "Mogadishu", "Gao", "Kabul", "Quetta", "Mosul",
        "Peshawar", "Mombasa", "Niamey"};
    private static final String[] TARGETS = {"a market", "a bus station", "a police post", "a school", "a convoy",
        "a mosque", "a hotel", "an army base"};
    private static final String[] VERBS = {"attacked", "bombed", "stormed", "ambushed"};

    private Corpus() {
    }

    /** {@code Corpus DIR [documents] [seed]}: writes a corpus for the scripts. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 100, args.length > 2
                ? Long.parseLong(args[2]) : 1);
    }

    /** Writes this many documents as .txt files into the directory (created); returns it. */
    public static Path write(Path directory, int documents, long seed) throws IOException {
        Files.createDirectories(directory);
        Random random = new Random(seed);
        for (int i = 0; i < documents; i++) {
            Files.writeString(directory.resolve(String.format("d%04d.txt", i)), document(random, i));
        }
        return directory;
    }

    /** One document's text. */
    public static String document(Random random, int index) {
        String group = GROUPS[random.nextInt(GROUPS.length)];
        String place = PLACES[random.nextInt(PLACES.length)];
        String other = PLACES[random.nextInt(PLACES.length)];
        LocalDate date = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(500));
        int killed = 2 + random.nextInt(40);
        StringBuilder text = new StringBuilder();
        text.append("Report ").append(index).append(". Militants of ").append(group).append(' ')
                .append(VERBS[random.nextInt(VERBS.length)]).append(' ').append(TARGETS[random.nextInt(TARGETS.length)])
                .append(" in ").append(place).append(" on ").append(date.getDayOfMonth()).append(' ')
                .append(date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))
                .append(' ').append(date.getYear()).append(", killing ").append(killed).append(" people. ");
        if (random.nextBoolean()) {
            text.append(group).append(" claimed responsibility for the attack. ");
        }
        if (random.nextBoolean()) {
            text.append("Police in ").append(other).append(" arrested ").append(1 + random.nextInt(6))
                    .append(" suspects two days later. ");
        }
        text.append("Residents said the streets of ").append(place).append(" were quiet by evening.\n");
        return text.toString();
    }
}
