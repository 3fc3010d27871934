package org.zhulian.department;

import java.util.Collection;
import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the departments. */
@Repository
@Transactional(readOnly = true)
class DepartmentRepository {

    private final Neo4jClient neo4j;

    DepartmentRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The departments with these codes, or all of them when {@code codes} is null. */
    List<Department> find(Collection<String> codes) {
        return neo4j.query("""
                        MATCH (d:Department) WHERE $codes IS NULL OR d.code IN $codes
                        RETURN d.code AS code, d.name AS name ORDER BY d.code""")
                .bind(codes).to("codes")
                .fetchAs(Department.class)
                .mappedBy((types, record) -> new Department(record.get("code").asString(), record.get("name").asString()))
                .all().stream().toList();
    }
}
