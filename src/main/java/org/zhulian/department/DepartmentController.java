package org.zhulian.department;

import org.zhulian.system.graphql.Batches;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.label.LabelAssignment;

/** The {@code departments} root field and the source department of label assignments. */
@Controller
@Transactional(readOnly = true)
class DepartmentController {

    private final Neo4jClient neo4j;

    DepartmentController(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @QueryMapping
    List<Department> departments() {
        return find(null);
    }

    @BatchMapping(typeName = "LabelAssignment", field = "source")
    Map<LabelAssignment, Department> source(List<LabelAssignment> assignments) {
        return Batches.match(assignments, LabelAssignment::sourceCode,
                Batches.index(find(Batches.keys(assignments, LabelAssignment::sourceCode)), Department::code));
    }

    /** The departments with these codes, or all of them when {@code codes} is null. */
    private List<Department> find(Collection<String> codes) {
        return neo4j.query("""
                        MATCH (d:Department) WHERE $codes IS NULL OR d.code IN $codes
                        RETURN d.code AS code, d.name AS name ORDER BY d.code""")
                .bind(codes).to("codes")
                .fetchAs(Department.class)
                .mappedBy((types, record) -> new Department(record.get("code").asString(), record.get("name").asString()))
                .all().stream().toList();
    }
}
