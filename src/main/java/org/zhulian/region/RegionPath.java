package org.zhulian.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The chain of regions from the top of the tree down to a region, derived from its code alone. */
public final class RegionPath {

    private RegionPath() {
    }

    /** The codes of a region and all its ancestors, top first (a grid has six). */
    public static List<String> ancestorCodes(String code) {
        RegionCode leaf = RegionCode.parse(code, "code");
        List<String> codes = new ArrayList<>();
        for (RegionLevel level : RegionLevel.values()) {
            if (level.prefixLength() > leaf.level().prefixLength()) {
                break;
            }
            String prefix = leaf.code().substring(0, level.prefixLength());
            codes.add(level == RegionLevel.GRID ? prefix : prefix + "0".repeat(12 - prefix.length()));
        }
        return codes;
    }

    /** The path to {@code code} from regions already loaded; levels the demo does not have are skipped. */
    public static List<Region> resolve(String code, Map<String, Region> known) {
        return ancestorCodes(code).stream().map(known::get).filter(Objects::nonNull).toList();
    }
}
