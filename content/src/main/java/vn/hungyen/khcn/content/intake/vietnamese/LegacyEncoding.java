package vn.hungyen.khcn.content.intake.vietnamese;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Bảng mã cũ: the two 8-bit Vietnamese encodings old Word and text files were typed in, read as the Latin-1 / Windows
 * code page characters a Word file or an undecodable text file yields, and written back in Unicode (NFC).
 * <ul>
 * <li>TCVN3 (ABC, fonts {@code .VnTime}): one byte per letter, lower-case toned letters and the seven upper-case
 * base letters Ă Â Đ Ê Ô Ơ Ư ("Qu¶n lý" → "Quản lý"). Capitals with tones come from separate fonts
 * ({@code .VnTimeH}) using the lower-case codes: a line with no lower-case ASCII letter is taken as such a heading
 * and written in capitals.</li>
 * <li>VNI (fonts {@code VNI-Times}): a base letter followed by one mark character ("Quaûn lyù" → "Quản lý"); ơ, ư,
 * đ, and i and ỵ with tones are single characters.</li>
 * </ul>
 */
public enum LegacyEncoding {

    /**
     * ư is byte 0xAD, the soft hyphen: Word keeps it as its optional hyphen, which Tika reads as a zero-width space
     * (U+200B) — read back as ư too.
     */
    TCVN3(Tables.tcvn3(), Map.of("\u200B", 'ư', "\u001F", 'ư')),
    VNI(Tables.vni(), Map.of());

    /** Unicode letter → its legacy spelling. */
    private final Map<Character, String> encode;
    /** Legacy spelling → Unicode letter; keys of one or two characters. */
    private final Map<String, Character> decode = new HashMap<>();

    LegacyEncoding(Map<Character, String> encode, Map<String, Character> aliases) {
        this.encode = Map.copyOf(encode);
        encode.forEach((unicode, legacy) -> decode.put(legacy, unicode));
        decode.putAll(aliases);
    }

    /** The text as its legacy spelling would read it back: {@code decode(encode(s)) == s} for Vietnamese text. */
    public String encode(String unicode) {
        StringBuilder sb = new StringBuilder();
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            sb.append(encode.getOrDefault(c, String.valueOf(c)));
        }
        return sb.toString();
    }

    /** Reads legacy-spelled text as Unicode, NFC; characters outside the table stay as they are. */
    public String decode(String legacy) {
        StringBuilder sb = new StringBuilder(legacy.length());
        for (int i = 0; i < legacy.length(); i++) {
            Character two = i + 1 < legacy.length() ? decode.get(legacy.substring(i, i + 2)) : null;
            if (two != null) {
                sb.append(two.charValue());
                i++;
                continue;
            }
            Character one = decode.get(legacy.substring(i, i + 1));
            sb.append(one == null ? legacy.charAt(i) : one.charValue());
        }
        String text = Normalizer.normalize(sb.toString(), Normalizer.Form.NFC);
        return this == TCVN3 && isCapitalsLine(legacy) ? text.toUpperCase(Locale.ROOT) : text;
    }

    /**
     * A TCVN3 heading line typed in a capitals font: no ASCII lower-case letter, and some word with a legacy letter
     * has two or more ASCII letters, all capitals ("KÕ HO¹CH"). "Sè: 21/KH-SKHCN" (Số) is not one: its only legacy
     * word has a single ASCII letter, the capital of a normally written word.
     */
    private static boolean isCapitalsLine(String legacy) {
        if (legacy.chars().anyMatch(c -> c >= 'a' && c <= 'z')) {
            return false;
        }
        for (String word : legacy.split("[\\s\\p{Punct}]+")) {
            boolean legacyLetter = word.chars().anyMatch(c -> c >= 0xA0 && c <= 0xFF);
            long ascii = word.chars().filter(c -> c >= 'A' && c <= 'Z').count();
            if (legacyLetter && ascii >= 2) {
                return true;
            }
        }
        return false;
    }

    /** A text converted from a legacy encoding, with the encoding it was in. */
    public record Converted(String text, LegacyEncoding from, int lines) {
    }

    /**
     * Converts the lines of {@code text} that are in TCVN3 or VNI: a line is converted when, read in that encoding,
     * more of its words are Vietnamese syllables than as it is. Lines already in Unicode stay untouched, so a
     * document mixing both (a Unicode header over a TCVN3 body) comes out whole.
     *
     * @return the converted text, or empty when no line was in a legacy encoding
     */
    public static Optional<Converted> convert(String text, Syllables syllables) {
        if (text.chars().noneMatch(c -> c >= 0xA0 && c <= 0xFF)) {
            return Optional.empty(); // nothing a legacy encoding would have written
        }
        String[] lines = text.split("\n", -1);
        Map<LegacyEncoding, Integer> converted = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.chars().noneMatch(c -> c >= 0xA0 && c <= 0xFF)) {
                continue;
            }
            int best = knownWords(line, syllables);
            for (LegacyEncoding encoding : values()) {
                String decoded = encoding.decode(line);
                int known = knownWords(decoded, syllables);
                if (known > best) {
                    best = known;
                    lines[i] = decoded;
                    converted.merge(encoding, 1, Integer::sum);
                }
            }
        }
        if (converted.isEmpty()) {
            return Optional.empty();
        }
        LegacyEncoding most = converted.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return Optional.of(new Converted(String.join("\n", lines), most,
                converted.values().stream().mapToInt(Integer::intValue).sum()));
    }

    private static int knownWords(String line, Syllables syllables) {
        int known = 0;
        Matcher m = Syllables.WORD.matcher(line);
        while (m.find()) {
            // A word of one ASCII letter says nothing about the encoding ("a", "b" in a list).
            if ((m.group().length() > 1 || m.group().charAt(0) > 0x7F) && syllables.known(m.group())) {
                known++;
            }
        }
        return known;
    }

    /** The tables, in a class of their own: an enum's constants are built before its static fields. */
    private static final class Tables {

        /** The 134 toned vowels, by base vowel (a ă â e ê i o ô ơ u ư y) and tone (none, sắc, huyền, hỏi, ngã, nặng). */
        private static final String[] VOWELS = {
                "aáàảãạ", "ăắằẳẵặ", "âấầẩẫậ", "eéèẻẽẹ", "êếềểễệ", "iíìỉĩị",
                "oóòỏõọ", "ôốồổỗộ", "ơớờởỡợ", "uúùủũụ", "ưứừửữự", "yýỳỷỹỵ"};

        /** TCVN3 (ABC), lower case, in the order of {@link #VOWELS} (an empty entry is the ASCII vowel itself). */
        private static final String[] TCVN3_VOWELS = {
                "a¸µ¶·¹", "¨¾»¼½Æ", "©ÊÇÈÉË", "eÐÌÎÏÑ", "ªÕÒÓÔÖ", "iÝ×ØÜÞ",
                "oãßáâä", "«èåæçé", "¬íêëìî", "uóïñòô", "\u00ADøõö÷ù", "yýúûüþ"};

        private static Map<Character, String> tcvn3() {
            Map<Character, String> map = new HashMap<>();
            for (int v = 0; v < VOWELS.length; v++) {
                for (int t = 0; t < 6; t++) {
                    map.put(VOWELS[v].charAt(t), String.valueOf(TCVN3_VOWELS[v].charAt(t)));
                }
            }
            map.put('đ', "®");
            map.put('Ă', "¡");
            map.put('Â', "¢");
            map.put('Ê', "£");
            map.put('Ô', "¤");
            map.put('Ơ', "¥");
            map.put('Ư', "¦");
            map.put('Đ', "§");
            map.keySet().removeIf(c -> c < 0x80); // a e i o u y are themselves
            return map;
        }

        private static Map<Character, String> vni() {
            // Marks after a vowel: tone alone, or tone on â/ê/ô (circumflex), or on ă (breve); lower, then upper case.
            String tone = "ùøûõï", toneUpper = "ÙØÛÕÏ";
            String circ = "âáàåãä", circUpper = "ÂÁÀÅÃÄ";
            String breve = "êéèúüë", breveUpper = "ÊÉÈÚÜË";
            Map<Character, String> map = new HashMap<>();
            for (String vowels : VOWELS) {
                char base = vowels.charAt(0);
                for (int t = 0; t < 6; t++) {
                    char lower = vowels.charAt(t);
                    char upper = Character.toUpperCase(lower);
                    String l;
                    String u;
                    switch (base) {
                        case 'â', 'ê', 'ô' -> {
                            char plain = base == 'â' ? 'a' : base == 'ê' ? 'e' : 'o';
                            l = plain + String.valueOf(circ.charAt(t));
                            u = Character.toUpperCase(plain) + String.valueOf(circUpper.charAt(t));
                        }
                        case 'ă' -> {
                            l = "a" + breve.charAt(t);
                            u = "A" + breveUpper.charAt(t);
                        }
                        case 'ơ', 'ư' -> {
                            l = (base == 'ơ' ? "ô" : "ö") + (t == 0 ? "" : String.valueOf(tone.charAt(t - 1)));
                            u = (base == 'ơ' ? "Ô" : "Ö") + (t == 0 ? "" : String.valueOf(toneUpper.charAt(t - 1)));
                        }
                        case 'i' -> {
                            l = String.valueOf("iíìæóò".charAt(t));
                            u = String.valueOf("IÍÌÆÓÒ".charAt(t));
                        }
                        default -> {
                            if (base == 'y' && t == 5) {
                                l = "î";
                                u = "Î";
                            } else {
                                l = base + (t == 0 ? "" : String.valueOf(tone.charAt(t - 1)));
                                u = Character.toUpperCase(base) + (t == 0 ? "" : String.valueOf(toneUpper.charAt(t - 1)));
                            }
                        }
                    }
                    map.put(lower, l);
                    map.put(upper, u);
                }
            }
            map.put('đ', "ñ");
            map.put('Đ', "Ñ");
            map.keySet().removeIf(c -> c < 0x80);
            return map;
        }
    }
}
