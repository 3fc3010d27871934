package org.zhulian.search;

import org.zhulian.system.PinyinKeys;

/**
 * What a search looks through, in the order hits of equal match are listed: each type's label, the
 * property searched (under a text index, V0011), the property that identifies a record, the region
 * code by which a record lies in a jurisdiction or near one, whether the caller sees only those in
 * her jurisdiction (persons, households and needs) or all (providers, regions, hers ranked first),
 * the full-text index of its pinyin keys (V0012), if it has one, and that of its characters (V0016).
 */
public enum SearchType {
    PERSON("Person", "name", "id", "gridCode", true, "person_pinyin"),
    HOUSEHOLD("Household", "address", "id", "gridCode", true, null),
    NEED("Need", "description", "id", "gridCode", true, "need_pinyin"),
    PROVIDER("Provider", "name", "id", "regionCode", false, "provider_pinyin"),
    REGION("Region", "name", "code", "code", false, "region_pinyin");

    final String label;
    final String text;
    final String key;
    final String home;
    final boolean scoped;
    final String pinyinIndex;

    SearchType(String label, String text, String key, String home, boolean scoped, String pinyinIndex) {
        this.label = label;
        this.text = text;
        this.key = key;
        this.home = home;
        this.scoped = scoped;
        this.pinyinIndex = pinyinIndex;
    }

    /** The full-text index of the searched text's characters, beside the region code (V0016). */
    String charactersIndex() {
        return label.toLowerCase() + "_" + text + "_chars";
    }

    /** The pinyin keys of a record's searched text: a person's name is read with surnames as surnames. */
    PinyinKeys.Keys pinyinOf(String searched) {
        return this == PERSON ? PinyinKeys.ofName(searched) : PinyinKeys.ofText(searched);
    }
}
