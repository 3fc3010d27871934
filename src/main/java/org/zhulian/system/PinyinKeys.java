package org.zhulian.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * What a name is typed as on a keyboard without a Chinese input method: its full pinyin
 * ("wanghong") and its initials ("wh"), for every reading of its polyphones, so that a caseworker
 * who types "cx" or "zx" finds 曾X either way. At most {@link #MAX_VARIANTS} readings of a name are
 * kept, those of a surname's usual reading first (曾 is zeng as a surname, 单 shan, 解 xie…). A
 * longer text (a provider's name, a need, a region) also gets keys from each of its first
 * {@link #MAX_PART_STARTS} characters on, so that "kf" finds 石碶街道康复中心. The search box reads
 * the keys back through the {@code pinyin} full-text indexes.
 *
 * <p>The keys go on a node as the properties of {@link Keys#properties()}, in the same write that
 * sets the name: {@code SET x += $pinyin}.
 */
public final class PinyinKeys {

    /** Readings of one name kept at most: a name of polyphones would otherwise multiply without end. */
    public static final int MAX_VARIANTS = 16;
    /** Characters of a text from which keys start. */
    static final int MAX_PART_STARTS = 32;
    /** Characters a key from inside a text covers. */
    static final int PART_LENGTH = 8;
    /**
     * Readings of a key from inside a text: the first only, for every reading of every character
     * inside a long text finds noise (会 read kuai makes 社会服务 "kf").
     */
    static final int PART_VARIANTS = 1;

    /** Surnames read otherwise than their first reading in a dictionary, and the compound ones. */
    private static final Map<String, List<String>> SURNAMES = Map.ofEntries(
            Map.entry("曾", List.of("zeng")), Map.entry("单", List.of("shan")), Map.entry("解", List.of("xie")),
            Map.entry("仇", List.of("qiu")), Map.entry("覃", List.of("qin")), Map.entry("查", List.of("zha")),
            Map.entry("区", List.of("ou")), Map.entry("朴", List.of("piao")), Map.entry("乐", List.of("yue")),
            Map.entry("缪", List.of("miao")), Map.entry("翟", List.of("zhai")), Map.entry("盖", List.of("ge")),
            Map.entry("秘", List.of("bi")), Map.entry("种", List.of("chong")), Map.entry("繁", List.of("po")),
            Map.entry("员", List.of("yun")), Map.entry("贲", List.of("ben")), Map.entry("长", List.of("chang")),
            Map.entry("重", List.of("chong")), Map.entry("尉迟", List.of("yu", "chi")), Map.entry("万俟", List.of("mo", "qi")),
            Map.entry("单于", List.of("chan", "yu")));

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private PinyinKeys() {
    }

    /**
     * The keys of a name or text: the whole one's full pinyin and initials, and the keys of what
     * starts inside it (for a text only).
     */
    public record Keys(List<String> full, List<String> initials, List<String> parts) {

        /** The node properties that hold them; a full-text index spans the three. */
        public Map<String, Object> properties() {
            return Map.of("pinyinFull", full, "pinyinInitials", initials, "pinyinParts", parts);
        }
    }

    /** A person's name: a surname read as a surname, no keys from inside. */
    public static Keys ofName(String name) {
        List<List<String>> syllables = syllables(name == null ? "" : name, true);
        return whole(syllables);
    }

    /** A provider's name, a need's description, a region's name: keys from each of its first characters too. */
    public static Keys ofText(String text) {
        List<List<String>> syllables = syllables(text == null ? "" : text, false);
        Set<String> parts = new LinkedHashSet<>();
        for (int start = 1; start < Math.min(syllables.size(), MAX_PART_STARTS); start++) {
            List<List<String>> part = syllables.subList(start, Math.min(syllables.size(), start + PART_LENGTH));
            for (List<String> reading : readings(part, PART_VARIANTS)) {
                parts.add(String.join("", reading));
                parts.add(initials(reading));
            }
        }
        Keys whole = whole(syllables);
        parts.removeAll(whole.full());
        parts.removeAll(whole.initials());
        return new Keys(whole.full(), whole.initials(), List.copyOf(parts));
    }

    /** A person's properties to write, with the keys of the name added where the name is among them. */
    public static Map<String, Object> withNameKeys(Map<String, Object> properties) {
        return properties.get("name") instanceof String name ? with(properties, ofName(name)) : properties;
    }

    /** A record's properties to write, with the keys of the text in {@code field} added where it is among them. */
    public static Map<String, Object> withTextKeys(Map<String, Object> properties, String field) {
        return properties.get(field) instanceof String text ? with(properties, ofText(text)) : properties;
    }

    private static Map<String, Object> with(Map<String, Object> properties, Keys keys) {
        Map<String, Object> written = new HashMap<>(properties);
        written.putAll(keys.properties());
        return written;
    }

    /** How a search text looks as a key: lower case, without spaces or apostrophes ("Wang Hong", "xi'an"). */
    public static String typed(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s']", "");
    }

    /** Whether a search text is typed pinyin (Latin letters, perhaps with spaces and apostrophes) rather than Chinese. */
    public static boolean isTyped(String text) {
        return typed(text).matches("[a-z]+");
    }

    private static Keys whole(List<List<String>> syllables) {
        Set<String> full = new LinkedHashSet<>();
        Set<String> initials = new LinkedHashSet<>();
        for (List<String> reading : readings(syllables, MAX_VARIANTS)) {
            full.add(String.join("", reading));
            initials.add(initials(reading));
        }
        full.remove("");
        initials.remove("");
        return new Keys(List.copyOf(full), List.copyOf(initials), List.of());
    }

    /** The first {@code limit} readings of a run of syllables, each syllable's readings in order. */
    private static List<List<String>> readings(List<List<String>> syllables, int limit) {
        List<List<String>> readings = new ArrayList<>(List.of(List.of()));
        for (List<String> options : syllables) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> reading : readings) {
                for (String option : options) {
                    if (longer.size() == limit) {
                        break;
                    }
                    List<String> next = new ArrayList<>(reading);
                    next.add(option);
                    longer.add(next);
                }
            }
            readings = longer;
        }
        return readings;
    }

    private static String initials(List<String> reading) {
        StringBuilder initials = new StringBuilder(reading.size());
        reading.forEach(syllable -> initials.append(syllable.charAt(0)));
        return initials.toString();
    }

    /**
     * Each character's readings: a Chinese character's pinyin, a Latin letter or digit as itself,
     * anything else (spaces, punctuation, the dot in 阿依古丽·买买提) left out.
     */
    private static List<List<String>> syllables(String text, boolean name) {
        List<List<String>> syllables = new ArrayList<>(text.length());
        int at = 0;
        if (name) {
            for (Map.Entry<String, List<String>> surname : SURNAMES.entrySet()) {
                if (surname.getKey().length() == 2 && text.startsWith(surname.getKey())) {
                    surname.getValue().forEach(reading -> syllables.add(List.of(reading)));
                    at = 2;
                }
            }
        }
        for (; at < text.length(); at++) {
            char character = text.charAt(at);
            if (Character.isLetterOrDigit(character) && character < 128) {
                syllables.add(List.of(String.valueOf(Character.toLowerCase(character))));
                continue;
            }
            Set<String> readings = new LinkedHashSet<>();
            if (name && at == 0) {
                readings.addAll(SURNAMES.getOrDefault(String.valueOf(character), List.of()));
            }
            readings.addAll(pinyin(character));
            if (!readings.isEmpty()) {
                syllables.add(List.copyOf(readings));
            }
        }
        return syllables;
    }

    /** A character's readings without tones, ü as v, ê (written e^) as e. */
    private static List<String> pinyin(char character) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(character, FORMAT);
            return readings == null ? List.of()
                    : List.of(readings).stream().map(reading -> reading.replaceAll("[^a-z]", "")).filter(reading -> !reading.isEmpty()).distinct().toList();
        } catch (BadHanyuPinyinOutputFormatCombination impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
