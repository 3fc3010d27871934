package org.zhulian.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.zhulian.system.graphql.ForbiddenException;

/**
 * The part of the region tree a statement may touch, as region-code prefixes: {@code ""} for the
 * whole tree, one per grid for a grid worker, none for a caller without a jurisdiction. Every node
 * that lies in a jurisdiction carries the {@code gridCode} of its grid; every statement that reads or
 * changes such nodes takes a {@code Scope} (repositories ask for the type, so it cannot be
 * forgotten) and binds it as the one parameter {@value #PARAMETER}, either to seek
 * ({@link #SEEK}) or to check a node found otherwise ({@link #covers(String)}, a predicate on its {@code gridCode}).
 */
public record Scope(List<String> prefixes) {

    /** The parameter name every scoped statement uses. */
    public static final String PARAMETER = "scope";

    /** Starts a statement at the scope: one index seek per prefix, bound as {@code prefix}. */
    public static final String SEEK = "UNWIND $scope AS prefix\n";

    public static final Scope WHOLE_TREE = new Scope(List.of(""));

    public Scope {
        prefixes = outermost(prefixes);
    }

    /** The Cypher predicate that node {@code variable} lies in the scope. */
    public static String covers(String variable) {
        return "any(prefix IN $scope WHERE " + variable + ".gridCode STARTS WITH prefix)";
    }

    /** {@code $scope} for a statement. */
    public Map<String, Object> parameters() {
        return Map.of(PARAMETER, prefixes);
    }

    /** Whether nothing can be hidden from this scope. */
    public boolean wholeTree() {
        return prefixes.contains("");
    }

    /** Whether a record with this region or grid code lies in the scope. */
    public boolean includes(String code) {
        return code != null && prefixes.stream().anyMatch(code::startsWith);
    }

    /**
     * The part of the scope that lies below {@code prefix} (a filter's region): the filter itself
     * when it lies inside, the scope's own regions that lie inside it, or nothing.
     */
    public Scope within(String prefix) {
        List<String> within = new ArrayList<>();
        for (String own : prefixes) {
            if (prefix.startsWith(own)) {
                return new Scope(List.of(prefix));
            }
            if (own.startsWith(prefix)) {
                within.add(own);
            }
        }
        return new Scope(within);
    }

    /** {@link #within}, for a region the caller asked about: FORBIDDEN, naming {@code field}, when none of this scope lies there. */
    public Scope requireWithin(String prefix, String field) {
        Scope within = within(prefix);
        if (within.prefixes().isEmpty()) {
            throw new ForbiddenException(field + " lies outside your jurisdiction");
        }
        return within;
    }

    /** The prefixes without duplicates or any that another one already covers. */
    private static List<String> outermost(Collection<String> prefixes) {
        return prefixes.stream().distinct()
                .filter(p -> prefixes.stream().noneMatch(other -> !other.equals(p) && p.startsWith(other)))
                .sorted().toList();
    }
}
