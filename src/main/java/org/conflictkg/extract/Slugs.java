package org.conflictkg.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Deterministic IRI path segments made from labels and identifiers. */
public final class Slugs {

    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /** A lower-case ASCII slug of a label: "Islamic State Khorasan Province" gives "islamic-state-khorasan-province". */
    public static String slug(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("['’‘`]", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty() || slug.length() > MAX_LENGTH) {
            String prefix = slug.length() > MAX_LENGTH
                    ? slug.substring(0, MAX_LENGTH - 9).replaceAll("-+$", "") + "-" : "x";
            return prefix + shortHash(label);
        }
        return slug;
    }

    /**
     * A slug for an identifier that must stay unique: the identifier itself when it is already safe in an IRI (and
     * does not end like a hashed slug), otherwise a readable slug with a hash of the identifier, so that different
     * identifiers never collide.
     */
    public static String identifierSlug(String id) {
        if (id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}") && !id.matches(".*-[0-9a-f]{8}")) {
            return id;
        }
        String base = Normalizer.normalize(id, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        if (base.length() > 60) {
            base = base.substring(0, 60);
        }
        return (base.isEmpty() ? "doc" : base) + "-" + shortHash(id);
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
