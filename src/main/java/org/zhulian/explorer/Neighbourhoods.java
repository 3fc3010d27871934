package org.zhulian.explorer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.zhulian.explorer.ExplorerRepository.Neighbour;
import org.zhulian.matching.Matching;
import org.zhulian.matching.ResourceMatch;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.ForbiddenException;
import org.zhulian.system.graphql.InvalidInputException;

/**
 * Expands one node: its neighbours from the graph, for a household or need also the providers
 * that fit its open needs, then at most {@code first} of them, type by type, from {@code offset} on,
 * with how many of each type there are in all. The caller sees the same neighbours through every
 * path: each statement keeps personal records to the caller's jurisdiction, and matching does too.
 */
@Service
class Neighbourhoods {

    static final int MAX_NEIGHBOURS = 100;
    /** Providers shown for a household's or a need's open needs. */
    static final int PROVIDERS = 5;

    private static final Comparator<ResourceMatch> BEST_FIRST = Comparator.comparing(ResourceMatch::score).reversed()
            .thenComparingInt(ResourceMatch::distanceMeters).thenComparing(match -> match.service().id());

    private final ExplorerRepository repository;
    private final Matching matching;
    private final Clock clock;

    Neighbourhoods(ExplorerRepository repository, Matching matching, Clock clock) {
        this.repository = repository;
        this.matching = matching;
        this.clock = clock;
    }

    Neighbourhood expand(Caller caller, GraphNode focus, List<GraphNodeType> types, int first, int offset) {
        if (first < 1 || first > MAX_NEIGHBOURS) {
            throw new InvalidInputException("first", "first must be 1 to " + MAX_NEIGHBOURS);
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset must not be negative");
        }
        List<Neighbour> found = new ArrayList<>(repository.neighbours(focus, caller.jurisdiction(), LocalDate.now(clock))
                .orElseThrow(() -> ForbiddenException.notVisible(focus.type().name().toLowerCase(Locale.ROOT).replace('_', ' '))));
        Set<GraphNodeType> wanted = types == null || types.isEmpty() ? EnumSet.allOf(GraphNodeType.class) : EnumSet.copyOf(types);
        if (wanted.contains(GraphNodeType.PROVIDER) && (focus.type() == GraphNodeType.HOUSEHOLD || focus.type() == GraphNodeType.NEED)) {
            List<GraphNode> needs = focus.type() == GraphNodeType.NEED ? List.of(focus)
                    : found.stream().map(Neighbour::node).filter(node -> node.type() == GraphNodeType.NEED).toList();
            found.addAll(fittingProviders(caller, needs));
        }
        return shown(focus, found, wanted, first, offset);
    }

    /** The {@link #PROVIDERS} providers whose services fit the needs best, each from the need it fits best. */
    private List<Neighbour> fittingProviders(Caller caller, List<GraphNode> needs) {
        List<ResourceMatch> matches = new ArrayList<>();
        needs.forEach(need -> matches.addAll(matching.fitting(caller, need.key(), PROVIDERS)));
        Map<String, ResourceMatch> byProvider = new LinkedHashMap<>();
        matches.stream().sorted(BEST_FIRST).forEach(match -> byProvider.putIfAbsent(match.provider().id(), match));
        return byProvider.values().stream().limit(PROVIDERS)
                .map(match -> new Neighbour(GraphNode.of(GraphNodeType.PROVIDER, match.provider().id()), GraphNode.of(GraphNodeType.NEED, match.needId()),
                        GraphEdgeKind.FITS, distance(match.distanceMeters()) + " · " + match.service().name()))
                .toList();
    }

    private static Neighbourhood shown(GraphNode focus, List<Neighbour> found, Set<GraphNodeType> wanted, int first, int offset) {
        Map<GraphNodeType, Map<String, Neighbour>> byType = new EnumMap<>(GraphNodeType.class);
        for (Neighbour neighbour : found) {
            if (wanted.contains(neighbour.node().type()) && !neighbour.node().equals(focus)) {
                byType.computeIfAbsent(neighbour.node().type(), type -> new LinkedHashMap<>()).putIfAbsent(neighbour.node().id(), neighbour);
            }
        }
        List<GraphNode> nodes = new ArrayList<>();
        List<GraphEdge> edges = new ArrayList<>();
        List<Neighbourhood.Count> counts = new ArrayList<>();
        for (var type : byType.entrySet()) {
            List<Neighbour> ofType = type.getValue().values().stream().skip(offset).limit(first - nodes.size()).toList();
            for (Neighbour neighbour : ofType) {
                nodes.add(neighbour.node());
                String from = neighbour.from() == null ? focus.id() : neighbour.from().id();
                edges.add(new GraphEdge(from, neighbour.node().id(), neighbour.kind(), neighbour.text()));
            }
            counts.add(new Neighbourhood.Count(type.getKey(), ofType.size(), type.getValue().size()));
        }
        return new Neighbourhood(focus, nodes, edges, counts);
    }

    /** 850 m, 1.2 km. */
    static String distance(int meters) {
        return meters < 1000 ? meters + " m" : String.format(Locale.ROOT, "%.1f km", meters / 1000.0);
    }
}
