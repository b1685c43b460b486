package org.conflictkg.geo;

import java.text.Normalizer;

/**
 * The key under which the gazetteer indexes and looks up a name: case, accents and punctuation do not count.
 * "Köln", "KÖLN" and "koln" are one key, and so are "Sana'a", "Sana’a" and "Sanaa", "Saint-Denis" and
 * "Saint Denis", "St. Louis" and "St Louis", "The Hague" and "Hague". Letters that Unicode does not decompose are
 * spelled out (ß ss, æ ae, ø o, ł l, ı i, đ d).
 */
public final class PlaceNames {

    /** Generic words after the name of a first-level division: "Kerman Province", "Borno State". */
    private static final java.util.Set<String> DIVISION_WORDS = java.util.Set.of("province", "governorate", "oblast",
            "region", "state", "prefecture", "krai", "kray", "district", "county", "department", "territory",
            "voivodeship", "municipality", "emirate", "canton", "division", "wilayah", "vilayet");

    private PlaceNames() {
    }

    /**
     * A key without its last word when that word is a generic word for a first-level division ("kerman province":
     * "kerman"); null when it has none or nothing would be left.
     */
    public static String divisionStem(String key) {
        int space = key.lastIndexOf(' ');
        if (space <= 0 || !DIVISION_WORDS.contains(key.substring(space + 1))) {
            return null;
        }
        return key.substring(0, space);
    }

    /** The lookup key of a name; empty for a blank name. */
    public static String key(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String text = name;
        boolean ascii = true;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            text = Normalizer.normalize(spellOut(text), Normalizer.Form.NFD);
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x300 && isMark(c)) {
                continue;
            }
            if (c == '\'' || c == '’' || c == '‘' || c == 'ʻ' || c == 'ʼ' || c == '`' || c == '´' || c == '.'
                    || c == '"' || c == '“' || c == '”') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '‐' || c == '‑'
                    || c == '–' || c == '—' || c == '_' || c == ',') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(Character.toLowerCase(c));
        }
        String key = out.toString();
        if (key.startsWith("the ") && key.length() > 4) {
            key = key.substring(4);
        }
        return key;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static String spellOut(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case 'ß' -> "ss";
                case 'æ' -> "ae";
                case 'Æ' -> "Ae";
                case 'œ' -> "oe";
                case 'Œ' -> "Oe";
                case 'ø' -> "o";
                case 'Ø' -> "O";
                case 'ł' -> "l";
                case 'Ł' -> "L";
                case 'ı' -> "i";
                case 'đ', 'ð' -> "d";
                case 'Đ', 'Ð' -> "D";
                case 'þ' -> "th";
                case 'Þ' -> "Th";
                case 'ħ' -> "h";
                case 'Ħ' -> "H";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 4).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
