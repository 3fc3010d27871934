package org.zhulian.discovery;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The head of a warning's household, for the grid worker who has to call before visiting. */
@Repository
@Transactional(readOnly = true)
class WarningContacts {

    private final Neo4jClient neo4j;

    WarningContacts(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Identifies itself without the phone, for whatever logs it. */
    record Head(String personId, String phone) {
        @Override
        public String toString() {
            return "Head[" + personId + "]";
        }
    }

    /** The heads of these households, by household id. */
    Map<String, Head> heads(Collection<String> householdIds) {
        Map<String, Head> heads = new HashMap<>();
        neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:Household {id: id})<-[:MEMBER_OF {role: 'HEAD'}]-(p:Person)
                        RETURN id AS household, p.id AS person, p.phone AS phone""")
                .bind(householdIds).to("ids").fetch().all()
                .forEach(row -> heads.put((String) row.get("household"), new Head((String) row.get("person"), (String) row.get("phone"))));
        return heads;
    }
}
