package org.zhulian.search;

/**
 * What a search looks through, in the order hits of equal match are listed: each type's label, the
 * property searched (under a text index, V0011), the property that identifies a record, and whether
 * its records lie in a jurisdiction (persons, households and needs) or are public (providers, regions).
 */
public enum SearchType {
    PERSON("Person", "name", "id", true),
    HOUSEHOLD("Household", "address", "id", true),
    NEED("Need", "description", "id", true),
    PROVIDER("Provider", "name", "id", false),
    REGION("Region", "name", "code", false);

    final String label;
    final String text;
    final String key;
    final boolean scoped;

    SearchType(String label, String text, String key, boolean scoped) {
        this.label = label;
        this.text = text;
        this.key = key;
        this.scoped = scoped;
    }
}
