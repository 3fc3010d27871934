package org.zhulian.discovery;

import java.util.Collection;
import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.security.Scope;

/** Warnings for other features (the explorer), by id, within a scope. */
@Component
@Transactional(readOnly = true)
public class Warnings {

    private final Neo4jClient neo4j;

    Warnings(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public List<Warning> byIds(Collection<String> ids, Scope scope) {
        return neo4j.query("MATCH (w:Warning) WHERE w.id IN $ids AND " + Scope.covers("w") + " RETURN " + Warning.PROJECTION + " AS warning")
                .bind(List.copyOf(ids)).to("ids").bindAll(scope.parameters())
                .fetchAs(Warning.class).mappedBy((types, row) -> Warning.of(row.get("warning"))).all().stream().toList();
    }
}
