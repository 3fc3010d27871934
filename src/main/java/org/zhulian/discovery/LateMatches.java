package org.zhulian.discovery;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.zhulian.household.PersonIdentified;
import org.zhulian.security.KeyedHash;
import org.zhulian.system.Parameters;

/**
 * Department records that matched nobody join the person once someone is registered under their ID
 * number (found by its keyed hash, the only form in which they keep it), in the change that
 * registers the person: they stop being listed as unmatched, and are evaluated against the rules of
 * the person's household like any new event, so a year's bills paid before the registration count.
 */
@Component
class LateMatches {

    private final Neo4jClient neo4j;
    private final KeyedHash hash;
    private final Discovery discovery;

    LateMatches(Neo4jClient neo4j, KeyedHash hash, Discovery discovery) {
        this.neo4j = neo4j;
        this.hash = hash;
        this.discovery = discovery;
    }

    @EventListener
    void join(PersonIdentified person) {
        List<String> joined = List.copyOf(neo4j.query("""
                        MATCH (p:Person {id: $person})
                        MATCH (e:UnmatchedEvent {idHash: $idHash})
                        REMOVE e:UnmatchedEvent, e.idHash, e.idMasked
                        CREATE (e)-[:CONCERNS]->(p)
                        RETURN elementId(e)""")
                .bindAll(Parameters.of("person", person.personId(), "idHash", hash.of(person.idNumber()))).fetchAs(String.class).all());
        discovery.evaluate(joined);
    }
}
