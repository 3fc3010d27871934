package org.zhulian.label;

import org.neo4j.driver.Value;

/**
 * An entry of the label dictionary.
 *
 * @param scope      prefix of the defining region's code; empty for national labels
 * @param parentCode the broader label this one refines, if any
 */
public record Label(String code, String name, LabelCategory category, String scope, String parentCode) {

    /** Cypher map projection of label {@code l}, read by {@link #of(Value)}. */
    public static final String PROJECTION =
            "l {.code, .name, .category, .scope, parentCode: head([(l)-[:REFINES]->(broader:Label) | broader.code])}";

    public static Label of(Value map) {
        Value parent = map.get("parentCode");
        return new Label(map.get("code").asString(), map.get("name").asString(),
                LabelCategory.valueOf(map.get("category").asString()), map.get("scope").asString(""),
                parent.isNull() ? null : parent.asString());
    }

    /** Whether the label is national rather than defined by one region. */
    public boolean national() {
        return scope.isEmpty();
    }
}
