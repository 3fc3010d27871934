package org.zhulian.household;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.label.Label;
import org.zhulian.security.Scope;
import org.zhulian.system.Parameters;
import org.zhulian.system.graphql.Connection;

/** Reads of households and persons: archives by id, filtered pages and their counts, kin. */
@Repository
@Transactional(readOnly = true)
class HouseholdRepository {

    private final Neo4jClient neo4j;

    HouseholdRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * The archives of these households, in no particular order; ids that are unknown or lie outside
     * the scope are left out alike.
     */
    List<Household> households(Collection<String> ids, Scope scope) {
        return households(ids, scope, ArchiveParts.ALL);
    }

    /** The same, with only these parts of each archive. */
    List<Household> households(Collection<String> ids, Scope scope, ArchiveParts parts) {
        return neo4j.query("MATCH (h:Household) WHERE h.id IN $ids AND " + Scope.covers("h")
                        + " RETURN " + Household.projection(parts) + " AS household")
                .bind(ids).to("ids")
                .bindAll(scope.parameters())
                .fetchAs(Household.class).mappedBy((types, record) -> Household.of(record.get("household")))
                .all().stream().toList();
    }

    /** These persons, in no particular order; ids that are unknown or out of scope are left out. */
    /** The ids of the persons in the scope with this ID number or mobile number, each found on its index. */
    List<String> idsByNumber(String number, Scope scope, int limit) {
        return neo4j.query("""
                        CALL () { MATCH (p:Person {idNumber: $number}) RETURN p UNION MATCH (p:Person {phone: $number}) RETURN p }
                        WITH p WHERE %s
                        RETURN p.id ORDER BY p.id LIMIT $limit""".formatted(Scope.covers("p")))
                .bindAll(Parameters.of("number", number, "limit", limit)).bindAll(scope.parameters())
                .fetchAs(String.class).all().stream().toList();
    }

    List<Person> persons(Collection<String> ids, Scope scope) {
        return neo4j.query("""
                        MATCH (p:Person) WHERE p.id IN $ids AND %s
                        OPTIONAL MATCH (p)-[m:MEMBER_OF]->(h:Household)
                        RETURN %s AS person""".formatted(Scope.covers("p"), Person.PROJECTION))
                .bind(ids).to("ids")
                .bindAll(scope.parameters())
                .fetchAs(Person.class).mappedBy((types, record) -> Person.of(record.get("person")))
                .all().stream().toList();
    }

    /**
     * The relatives of these persons, each with the id of the person they are kin of; relatives
     * outside the scope are left out.
     */
    List<KinOf> kin(Collection<String> personIds, Scope scope) {
        return neo4j.query("""
                        MATCH (of:Person)-[k:KIN]->(p:Person) WHERE of.id IN $ids AND %s
                        OPTIONAL MATCH (p)-[m:MEMBER_OF]->(h:Household)
                        RETURN of.id AS of, k.relation AS relation, %s AS person
                        ORDER BY of.id, k.relation, p.birthDate, p.id""".formatted(Scope.covers("p"), Person.PROJECTION))
                .bind(personIds).to("ids")
                .bindAll(scope.parameters())
                .fetchAs(KinOf.class)
                .mappedBy((types, record) -> new KinOf(record.get("of").asString(),
                        new Kin(record.get("relation").asString(), Person.of(record.get("person")))))
                .all().stream().toList();
    }

    record KinOf(String personId, Kin kin) {
    }

    /** What {@link #countBelow} counts: nodes that carry a {@code gridCode}. */
    enum Counted {
        HOUSEHOLDS("Household"), PERSONS("Person");

        private final String statement;

        Counted(String label) {
            this.statement = """
                    UNWIND $scope AS prefix
                    CALL (prefix) {
                      MATCH (n:%s) WHERE n.gridCode STARTS WITH prefix
                      RETURN count(n) AS n
                    }
                    RETURN prefix, n""".formatted(label);
        }
    }

    /**
     * Households or persons below each prefix, in one statement: an index range scan per prefix on
     * the copied {@code gridCode}, no walk down the tree. The prefixes are counted as given, a
     * district beside its own streets included (a {@link Scope} would merge those).
     */
    Map<String, Long> countBelow(Counted what, Collection<String> prefixes) {
        Map<String, Long> counts = new HashMap<>();
        neo4j.query(what.statement)
                .bind(List.copyOf(prefixes)).to(Scope.PARAMETER)
                .fetch().all()
                .forEach(row -> counts.put((String) row.get("prefix"), (Long) row.get("n")));
        return counts;
    }

    /**
     * One page of households; with {@code withTotal}, label searches also count all matches in the
     * same statement (a region-only search counts separately, when asked, rather than collect a district).
     */
    Found<Household> householdPage(SearchCriteria criteria, ArchiveParts parts, PagePosition after, int limit, boolean withTotal) {
        if (withTotal && !criteria.driving().isEmpty()) {
            return pageWithTotal(SearchStatements.householdPageWithTotal(criteria, parts), criteria, after, limit, Household::of);
        }
        return new Found<>(page(SearchStatements.householdPage(criteria, parts), criteria, after, limit, Household::of), null);
    }

    long householdCount(SearchCriteria criteria) {
        return count(SearchStatements.householdCount(criteria), criteria);
    }

    Found<Person> personPage(SearchCriteria criteria, PagePosition after, int limit, boolean withTotal) {
        if (withTotal && !criteria.driving().isEmpty()) {
            return pageWithTotal(SearchStatements.personPageWithTotal(criteria), criteria, after, limit, Person::of);
        }
        return new Found<>(page(SearchStatements.personPage(criteria), criteria, after, limit, Person::of), null);
    }

    /** A page of matches and, when known, the number of all matches. */
    record Found<T>(List<Matched<T>> rows, Long total) {

        /** The page as a connection: its total as counted with it, or else by {@code count} when a client asks. */
        Connection<Matched.Edge<T>> connection(int limit, PagePosition after, LongSupplier count) {
            return Connection.ofKeys(rows, limit, !after.isStart(), Matched::cursor, total != null ? total::longValue : count, Matched.Edge::of);
        }
    }

    long personCount(SearchCriteria criteria) {
        return count(SearchStatements.personCount(criteria), criteria);
    }

    /** One page after {@code after}, fetched with one extra row so the caller knows whether another page follows. */
    private <T> List<Matched<T>> page(String statement, SearchCriteria criteria, PagePosition after, int limit, Function<Value, T> node) {
        return neo4j.query(statement)
                .bindAll(criteria.parameters())
                .bindAll(after.parameters(limit))
                .fetchAs(Matched.class)
                .mappedBy((types, record) -> matched(record.get("node"), record.get("matchedLabels"), record.get("position"), node))
                .all().stream().map(m -> (Matched<T>) m).toList();
    }

    private <T> Found<T> pageWithTotal(String statement, SearchCriteria criteria, PagePosition after, int limit, Function<Value, T> node) {
        return neo4j.query(statement)
                .bindAll(criteria.parameters())
                .bindAll(after.parameters(limit))
                .fetchAs(Found.class)
                .mappedBy((types, record) -> new Found<>(record.get("page").asList(item -> matched(item.get("node"), item.get("matchedLabels"),
                        item.get("position"), node)), record.get("total").asLong()))
                .one().map(found -> (Found<T>) found).orElseThrow();
    }

    private static <T> Matched<T> matched(Value row, Value labels, Value position, Function<Value, T> node) {
        return new Matched<>(node.apply(row), labels.asList(Label::of),
                new PagePosition(position.get(0).asInt(), position.get(1).asString(), position.get(2).asString()));
    }

    private long count(String statement, SearchCriteria criteria) {
        return neo4j.query(statement).bindAll(criteria.parameters()).fetchAs(Long.class).one().orElse(0L);
    }
}
