package org.zhulian.explorer;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.zhulian.system.Parameters;

/**
 * Saved views as nodes of their own: ids, positions and edges in parallel lists, never anything
 * the nodes show; every read and change is by owner, so nobody reaches another's view.
 */
@Repository
class SavedViewRepository {

    private final Neo4jClient neo4j;

    SavedViewRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    void save(SavedView view) {
        List<String> ids = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        view.nodes().forEach(n -> {
            ids.add(n.node().id());
            xs.add(n.x());
            ys.add(n.y());
        });
        neo4j.query("""
                        MERGE (v:SavedView {id: $id}) ON CREATE SET v.owner = $owner
                        WITH v WHERE v.owner = $owner
                        SET v.name = $name, v.updatedAt = $updatedAt, v.nodes = $nodes, v.xs = $xs, v.ys = $ys,
                            v.edgeSources = $sources, v.edgeTargets = $targets, v.edgeKinds = $kinds, v.edgeTexts = $texts, v.types = $types""")
                .bindAll(Parameters.of("id", view.id(), "owner", view.owner(), "name", view.name(), "updatedAt", view.updatedAt(),
                        "nodes", ids, "xs", xs, "ys", ys,
                        "sources", view.edges().stream().map(GraphEdge::source).toList(),
                        "targets", view.edges().stream().map(GraphEdge::target).toList(),
                        "kinds", view.edges().stream().map(e -> e.kind().name()).toList(),
                        "texts", view.edges().stream().map(e -> e.text() == null ? "" : e.text()).toList(),
                        "types", view.types().stream().map(Enum::name).toList()))
                .run();
    }

    Optional<SavedView> find(String owner, String id) {
        return neo4j.query("MATCH (v:SavedView {id: $id}) WHERE v.owner = $owner RETURN v")
                .bindAll(Map.of("id", id, "owner", owner)).fetchAs(SavedView.class).mappedBy((t, row) -> view(row.get("v"))).one();
    }

    List<SavedView> all(String owner) {
        return neo4j.query("MATCH (v:SavedView) WHERE v.owner = $owner RETURN v ORDER BY v.updatedAt DESC, v.id")
                .bind(owner).to("owner").fetchAs(SavedView.class).mappedBy((t, row) -> view(row.get("v"))).all().stream().toList();
    }

    long count(String owner) {
        return neo4j.query("MATCH (v:SavedView) WHERE v.owner = $owner RETURN count(v)").bind(owner).to("owner")
                .fetchAs(Long.class).one().orElse(0L);
    }

    boolean delete(String owner, String id) {
        return neo4j.query("MATCH (v:SavedView {id: $id}) WHERE v.owner = $owner DELETE v RETURN count(*) AS deleted")
                .bindAll(Map.of("id", id, "owner", owner)).fetchAs(Long.class).one().orElse(0L) > 0;
    }

    private static SavedView view(Value v) {
        List<String> ids = v.get("nodes").asList(Value::asString);
        List<Double> xs = v.get("xs").asList(Value::asDouble);
        List<Double> ys = v.get("ys").asList(Value::asDouble);
        List<SavedView.SavedNode> nodes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            int colon = id.indexOf(':');
            nodes.add(new SavedView.SavedNode(GraphNode.of(GraphNodeType.valueOf(id.substring(0, colon)), id.substring(colon + 1)), xs.get(i), ys.get(i)));
        }
        List<String> sources = v.get("edgeSources").asList(Value::asString);
        List<String> targets = v.get("edgeTargets").asList(Value::asString);
        List<String> kinds = v.get("edgeKinds").asList(Value::asString);
        List<String> texts = v.get("edgeTexts").asList(Value::asString);
        List<GraphEdge> edges = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            edges.add(new GraphEdge(sources.get(i), targets.get(i), GraphEdgeKind.valueOf(kinds.get(i)), texts.get(i).isEmpty() ? null : texts.get(i)));
        }
        return new SavedView(v.get("id").asString(), v.get("owner").asString(), v.get("name").asString(),
                v.get("updatedAt").asOffsetDateTime(), nodes, edges, v.get("types").asList(t -> GraphNodeType.valueOf(t.asString())));
    }
}
