package org.zhulian.region;

/** Levels of the region tree, each with the length of its code prefix. */
public enum RegionLevel {
    PROVINCE(2), CITY(4), DISTRICT(6), STREET(9), COMMUNITY(12), GRID(15);

    private final int prefixLength;

    RegionLevel(int prefixLength) {
        this.prefixLength = prefixLength;
    }

    public int prefixLength() {
        return prefixLength;
    }
}
