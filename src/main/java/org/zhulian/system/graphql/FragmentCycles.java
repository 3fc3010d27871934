package org.zhulian.system.graphql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.SelectionSet;
import graphql.validation.rules.NoFragmentCycles;

/**
 * The "no fragment cycles" rule of GraphQL validation, in time linear in the document: one
 * depth-first walk over the fragments, each visited once. graphql-java's own rule walks again from
 * every fragment, so a 60 KiB chain of fragments that each spread the next ten times costs it
 * seconds; it is switched off ({@link #INSTEAD}) and this check runs before validation instead.
 */
final class FragmentCycles {

    /** graphql-java's validation rules, but its quadratic cycle check. */
    static final Predicate<Class<?>> INSTEAD = rule -> rule != NoFragmentCycles.class;

    private FragmentCycles() {
    }

    /** The error for the first fragment found spreading itself, or null when there is no cycle. */
    static GraphQLError in(Document document) {
        Map<String, List<String>> spreads = new HashMap<>();
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            List<String> names = new ArrayList<>();
            collect(fragment.getSelectionSet(), names);
            spreads.putIfAbsent(fragment.getName(), names);
        }
        Map<String, Boolean> done = new HashMap<>(); // false: on the current path; true: finished
        for (String start : spreads.keySet()) {
            if (done.containsKey(start)) {
                continue;
            }
            Deque<Map.Entry<String, Integer>> path = new ArrayDeque<>();
            path.push(Map.entry(start, 0));
            done.put(start, false);
            while (!path.isEmpty()) {
                var top = path.pop();
                List<String> next = spreads.get(top.getKey());
                if (top.getValue() == next.size()) {
                    done.put(top.getKey(), true);
                    continue;
                }
                path.push(Map.entry(top.getKey(), top.getValue() + 1));
                String target = next.get(top.getValue());
                if (!spreads.containsKey(target)) {
                    continue; // an unknown fragment: KnownFragmentNames reports it
                }
                Boolean state = done.get(target);
                if (state == null) {
                    done.put(target, false);
                    path.push(Map.entry(target, 0));
                } else if (!state) {
                    return GraphqlErrorBuilder.newError()
                            .message("Validation error (FragmentCycle): fragment '" + target + "' spreads itself")
                            .errorType(ErrorType.ValidationError)
                            .extensions(Map.of("code", "GRAPHQL_VALIDATION_FAILED"))
                            .build();
                }
            }
        }
        return null;
    }

    private static void collect(SelectionSet selections, List<String> names) {
        if (selections == null) {
            return;
        }
        for (var selection : selections.getSelections()) {
            switch (selection) {
                case FragmentSpread spread -> names.add(spread.getName());
                case InlineFragment inline -> collect(inline.getSelectionSet(), names);
                case Field field -> collect(field.getSelectionSet(), names);
                default -> {
                }
            }
        }
    }
}
