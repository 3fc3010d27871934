package org.zhulian.explorer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.zhulian.access.Changes;
import org.zhulian.explorer.SavedViewInputs.ExportedNodeInput;
import org.zhulian.explorer.SavedViewInputs.SavedViewInput;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.ForbiddenException;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Texts;

/**
 * Saved views and exports. A view holds ids and positions only and is read back through the
 * caller's jurisdiction, so a view saved before a household moved away no longer shows it; an
 * export is on record, naming every personal node in it, before the page writes the file.
 */
@Service
class SavedViews {

    static final int MAX_VIEWS = 50;
    static final int MAX_NAME = 50;
    static final int MAX_NODES = 2_000;
    static final int MAX_EDGES = 10_000;
    static final int MAX_EDGE_TEXT = 100;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WATERMARK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SavedViewRepository repository;
    private final ExplorerRepository graph;
    private final Changes changes;
    private final Clock clock;

    SavedViews(SavedViewRepository repository, ExplorerRepository graph, Changes changes, Clock clock) {
        this.repository = repository;
        this.graph = graph;
        this.changes = changes;
        this.clock = clock;
    }

    SavedView save(Caller caller, SavedViewInput input) {
        String name = Texts.required(input.name(), "input.name", MAX_NAME);
        if (input.nodes().size() > MAX_NODES) {
            throw new InvalidInputException("input.nodes", "A view holds at most " + MAX_NODES + " nodes");
        }
        if (input.edges().size() > MAX_EDGES) {
            throw new InvalidInputException("input.edges", "A view holds at most " + MAX_EDGES + " edges");
        }
        List<SavedView.SavedNode> nodes = input.nodes().stream().map(n -> {
            if (!Double.isFinite(n.x()) || !Double.isFinite(n.y())) {
                throw new InvalidInputException("input.nodes", "Positions must be finite numbers");
            }
            return new SavedView.SavedNode(GraphNode.of(n.type(), n.key()), n.x(), n.y());
        }).toList();
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.node().id()));
        List<GraphEdge> edges = input.edges().stream().map(e -> {
            if (!ids.contains(e.source()) || !ids.contains(e.target())) {
                throw new InvalidInputException("input.edges", "An edge joins two nodes of the view");
            }
            String text = e.text() == null ? null : Texts.required(e.text(), "input.edges.text", MAX_EDGE_TEXT);
            return new GraphEdge(e.source(), e.target(), e.kind(), text);
        }).toList();
        String id = input.id() == null ? UUID.randomUUID().toString() : input.id();
        SavedView view = new SavedView(id, caller.user(), name, OffsetDateTime.now(clock), nodes, edges,
                input.types() == null ? List.of() : List.copyOf(input.types()));
        return changes.apply(caller, "saveView", List.of(id), change -> {
            if (input.id() != null && repository.find(caller.user(), input.id()).isEmpty()) {
                throw ForbiddenException.notVisible("saved view");
            }
            if (input.id() == null && repository.count(caller.user()) >= MAX_VIEWS) {
                throw new InvalidInputException("input", "At most " + MAX_VIEWS + " saved views; delete one first");
            }
            repository.save(view);
            return read(caller, view);
        });
    }

    SavedView find(Caller caller, String id) {
        return repository.find(caller.user(), id).map(view -> read(caller, view)).orElseThrow(() -> ForbiddenException.notVisible("saved view"));
    }

    List<SavedView> all(Caller caller) {
        return repository.all(caller.user()).stream().map(view -> read(caller, view)).toList();
    }

    boolean delete(Caller caller, String id) {
        return changes.apply(caller, "deleteView", List.of(id), change -> {
            if (!repository.delete(caller.user(), id)) {
                throw ForbiddenException.notVisible("saved view");
            }
            return true;
        });
    }

    /** The watermark of an export on record; refused when a node of it is not the caller's to see. */
    String recordExport(Caller caller, List<ExportedNodeInput> exported) {
        List<GraphNode> nodes = exported.stream().map(n -> GraphNode.of(n.type(), n.key())).toList();
        if (nodes.size() > MAX_NODES) {
            throw new InvalidInputException("nodes", "An export holds at most " + MAX_NODES + " nodes");
        }
        Set<String> visible = graph.visible(nodes, caller.jurisdiction());
        if (nodes.stream().anyMatch(node -> !visible.contains(node.id()))) {
            throw new ForbiddenException("A node of the export is not in your jurisdiction");
        }
        List<String> subjects = nodes.stream().filter(node -> ExplorerRepository.PERSONAL.containsKey(node.type())).map(GraphNode::key).toList();
        return changes.apply(caller, "recordExport", subjects,
                change -> "导出：" + caller.user() + " " + WATERMARK.format(OffsetDateTime.now(clock).atZoneSameInstant(CHINA)));
    }

    /** The view as the caller may see it now. */
    private SavedView read(Caller caller, SavedView view) {
        return view.keeping(graph.visible(view.nodes().stream().map(SavedView.SavedNode::node).toList(), caller.jurisdiction()));
    }
}
