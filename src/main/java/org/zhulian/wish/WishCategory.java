package org.zhulian.wish;

/** What kind of thing a wish asks for: the categories donors choose their focus from. */
public enum WishCategory {
    APPLIANCE("小家电"),
    BEDDING("床上用品"),
    CLOTHING("衣物鞋帽"),
    FOOD("米面粮油"),
    DAILY_GOODS("生活用品"),
    SCHOOL_SUPPLIES("学习用品"),
    BOOKS_TOYS("图书玩具"),
    FURNITURE("家具"),
    HEATING_COOLING("空调与取暖"),
    MOBILITY_AIDS("助行与康复辅具"),
    OTHER("其他");

    private final String label;

    WishCategory(String label) {
        this.label = label;
    }

    /** The name donors read. */
    public String label() {
        return label;
    }
}
