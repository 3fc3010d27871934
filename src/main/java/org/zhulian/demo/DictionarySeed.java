package org.zhulian.demo;

import java.util.List;
import java.util.Map;

import org.zhulian.region.RegionCode;

/**
 * The dictionaries of {@code seed/dictionary/}: departments that feed data, the service taxonomy and
 * the label dictionary with the region that defines each local label.
 */
record DictionarySeed(List<Map<String, String>> departments, List<Map<String, String>> categories,
                      List<Map<String, String>> labels) {

    static DictionarySeed load() {
        return new DictionarySeed(Csv.read("seed/dictionary/departments.csv"),
                Csv.read("seed/dictionary/service-categories.csv"),
                Csv.read("seed/dictionary/labels.csv"));
    }

    /** A category's parent: its code before the first dot, or null for a top-level category. */
    static String parentCategory(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }

    /** A label's scope: the prefix of its defining region ({@code 330200000000} → {@code 3302}), {@code ''} if national. */
    static String scope(String regionCode) {
        if (regionCode == null || regionCode.isEmpty()) {
            return "";
        }
        return RegionCode.parse(regionCode, "regionCode").prefix();
    }
}
