package org.zhulian.explorer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.security.Scope;
import org.zhulian.system.Parameters;

/**
 * One statement per type of node: its neighbours as rows of type, key, title, edge kind and edge
 * text, or nothing when the node is not there or not in the caller's jurisdiction. Every personal
 * neighbour (household, person, need, warning) is filtered by the jurisdiction here, whatever its
 * edge, so that no expansion reaches past it; labels, services, providers and regions are public.
 */
@Repository
@Transactional(readOnly = true)
class ExplorerRepository {

    private static final String CURRENT = "(a.until IS NULL OR a.until >= $today)";
    private static final String ROLE = """
            CASE m.role WHEN 'HEAD' THEN '户主' WHEN 'SPOUSE' THEN '配偶' WHEN 'CHILD' THEN '子女' WHEN 'PARENT' THEN '父母'
                        WHEN 'GRANDCHILD' THEN '孙辈' ELSE '其他成员' END""";
    private static final String SINCE = "toString(a.since) + ' 起'";
    private static final String OPEN_NEED = "n.status IN ['OPEN', 'IN_PROGRESS']";

    private static final Map<GraphNodeType, String> STATEMENTS = Map.of(
            GraphNodeType.HOUSEHOLD, """
                    MATCH (h:Household {id: $key}) WHERE %1$s
                    RETURN [(p:Person)-[m:MEMBER_OF]->(h) WHERE %2$s | {type: 'PERSON', key: p.id, kind: 'MEMBER', text: %3$s}]
                         + [(h)-[a:HAS_LABEL]->(l:Label) WHERE %4$s | {type: 'LABEL', key: l.code, title: l.name, kind: 'LABELLED', text: %5$s}]
                         + [(h)-[:HAS_NEED]->(n:Need) WHERE %6$s AND %7$s | {type: 'NEED', key: n.id, kind: 'NEEDS'}]
                         + [(w:Warning)-[:ABOUT]->(h) WHERE w.status IN ['REVIEW', 'DISPATCHED', 'VISITED'] AND %8$s |
                              {type: 'WARNING', key: w.id, kind: 'WARNED',
                               text: CASE w.level WHEN 'URGENT' THEN '紧急' ELSE '一般' END + coalesce(' · ' + toString(w.dueDate) + ' 前', '')}]
                         + [(g:GridWorker)-[:ASSIGNED_TO]->(:Region {code: h.gridCode}) | {type: 'GRID_WORKER', key: g.id, title: g.name, kind: 'GRID_WORKER'}]
                         AS neighbours""".formatted(covers("h"), covers("p"), ROLE, CURRENT, SINCE, OPEN_NEED, covers("n"), covers("w")),
            GraphNodeType.PERSON, """
                    MATCH (p:Person {id: $key}) WHERE %1$s
                    RETURN [(p)-[m:MEMBER_OF]->(h:Household) WHERE %2$s | {type: 'HOUSEHOLD', key: h.id, kind: 'MEMBER', text: %3$s}]
                         + [(p)-[a:HAS_LABEL]->(l:Label) WHERE %4$s | {type: 'LABEL', key: l.code, title: l.name, kind: 'LABELLED', text: %5$s}]
                         + [(n:Need)-[:CONCERNS]->(p) WHERE %6$s AND %7$s | {type: 'NEED', key: n.id, kind: 'NEEDS'}]
                         AS neighbours""".formatted(covers("p"), covers("h"), ROLE, CURRENT, SINCE, OPEN_NEED, covers("n")),
            GraphNodeType.NEED, """
                    MATCH (n:Need {id: $key}) WHERE %1$s
                    RETURN [(h:Household)-[:HAS_NEED]->(n) WHERE %2$s | {type: 'HOUSEHOLD', key: h.id, kind: 'NEEDS'}]
                         + [(n)-[:CONCERNS]->(p:Person) WHERE %3$s | {type: 'PERSON', key: p.id, kind: 'NEEDS'}]
                         AS neighbours""".formatted(covers("n"), covers("h"), covers("p")),
            GraphNodeType.WARNING, """
                    MATCH (w:Warning {id: $key}) WHERE %1$s
                    RETURN [(w)-[:ABOUT]->(h:Household) WHERE %2$s | {type: 'HOUSEHOLD', key: h.id, kind: 'WARNED'}] AS neighbours"""
                    .formatted(covers("w"), covers("h")),
            GraphNodeType.LABEL, """
                    MATCH (l:Label {code: $key})
                    CALL (l) {
                      MATCH (x)-[a:HAS_LABEL]->(l) WHERE %1$s AND %2$s
                      WITH x, a ORDER BY x.gridCode, a.since, elementId(x)
                      WITH collect({type: CASE WHEN x:Household THEN 'HOUSEHOLD' ELSE 'PERSON' END, key: x.id, kind: 'LABELLED', text: %3$s}) AS all
                      RETURN all
                    }
                    RETURN all AS neighbours""".formatted(covers("x"), CURRENT, SINCE),
            GraphNodeType.GRID_WORKER, """
                    MATCH (g:GridWorker {id: $key})
                    RETURN [(g)-[:ASSIGNED_TO]->(r:Region) | {type: 'REGION', key: r.code, kind: 'GRID_WORKER'}] AS neighbours""",
            GraphNodeType.PROVIDER, """
                    MATCH (p:Provider {id: $key})
                    RETURN [(p)-[:OFFERS]->(s:Service) | {type: 'SERVICE', key: s.id, title: s.name, kind: 'OFFERS'}]
                         + [(p)-[:IN]->(r:Region) | {type: 'REGION', key: r.code, kind: 'IN'}] AS neighbours""",
            GraphNodeType.SERVICE, """
                    MATCH (s:Service {id: $key})
                    RETURN [(p:Provider)-[:OFFERS]->(s) | {type: 'PROVIDER', key: p.id, kind: 'OFFERS'}] AS neighbours""",
            GraphNodeType.REGION, """
                    MATCH (r:Region {code: $key})
                    RETURN [(r)-[:IN]->(parent:Region) | {type: 'REGION', key: parent.code, kind: 'IN'}]
                         + [(child:Region)-[:IN]->(r) | {type: 'REGION', key: child.code, kind: 'IN'}]
                         + [(p:Provider)-[:IN]->(r) | {type: 'PROVIDER', key: p.id, kind: 'IN'}]
                         + [(h:Household)-[:IN]->(r) WHERE %1$s | {type: 'HOUSEHOLD', key: h.id, kind: 'IN'}]
                         AS neighbours""".formatted(covers("h")));

    private final Neo4jClient neo4j;

    ExplorerRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** A neighbour, and the edge to it from {@code from} (null: from the node expanded). */
    record Neighbour(GraphNode node, GraphNode from, GraphEdgeKind kind, String text) {
    }

    private record Found(List<Neighbour> neighbours) {
    }

    /** The node's neighbours, or empty when it is not there or not in the scope. */
    Optional<List<Neighbour>> neighbours(GraphNode node, Scope scope, LocalDate today) {
        return neo4j.query(STATEMENTS.get(node.type())).bindAll(Parameters.of("key", node.key(), "today", today)).bindAll(scope.parameters())
                .fetchAs(Found.class).mappedBy((types, row) -> new Found(row.get("neighbours").asList(ExplorerRepository::neighbour))).one()
                .map(Found::neighbours);
    }

    /** Labels of the node types whose records lie in a jurisdiction. */
    static final Map<GraphNodeType, String> PERSONAL = Map.of(GraphNodeType.HOUSEHOLD, "Household", GraphNodeType.PERSON, "Person",
            GraphNodeType.NEED, "Need", GraphNodeType.WARNING, "Warning");

    /** The ids (TYPE:key) of those nodes that are there and, if personal, in the scope. */
    Set<String> visible(Collection<GraphNode> nodes, Scope scope) {
        Set<String> visible = new HashSet<>();
        Map<GraphNodeType, List<String>> personal = new EnumMap<>(GraphNodeType.class);
        for (GraphNode node : nodes) {
            if (PERSONAL.containsKey(node.type())) {
                personal.computeIfAbsent(node.type(), type -> new ArrayList<>()).add(node.key());
            } else {
                visible.add(node.id());
            }
        }
        personal.forEach((type, keys) -> neo4j.query("MATCH (x:%s) WHERE x.id IN $keys AND %s RETURN x.id".formatted(PERSONAL.get(type), covers("x")))
                .bind(keys).to("keys").bindAll(scope.parameters()).fetchAs(String.class).all()
                .forEach(key -> visible.add(GraphNode.of(type, key).id())));
        return visible;
    }

    private static Neighbour neighbour(Value row) {
        GraphNode node = new GraphNode(GraphNodeType.valueOf(row.get("type").asString()), row.get("key").asString(), text(row.get("title")));
        return new Neighbour(node, null, GraphEdgeKind.valueOf(row.get("kind").asString()), text(row.get("text")));
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    private static String covers(String variable) {
        return Scope.covers(variable);
    }
}
