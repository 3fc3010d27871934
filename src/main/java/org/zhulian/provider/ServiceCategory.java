package org.zhulian.provider;

/**
 * A category of the service/need taxonomy. Codes nest with dots ({@code DAILY_LIFE.MEAL} under
 * {@code DAILY_LIFE}), so "this category and its subcategories" is a prefix test.
 */
public record ServiceCategory(String code, String name) {

    public String parentCode() {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }
}
