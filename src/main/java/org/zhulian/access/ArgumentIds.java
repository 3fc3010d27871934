package org.zhulian.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.Scalars;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.zhulian.system.graphql.InvalidInputException;

/**
 * The {@code ID} arguments of a field, wherever they sit in its inputs. Every id in this API is a
 * UUID or an official or dictionary code, so an {@code ID} that is anything else is refused before
 * it reaches a statement or the audit log (which must never store what an attacker typed).
 */
final class ArgumentIds {

    /**
     * The ids of this API and nothing else: UUIDs and division codes (2, 4, 6, 9, 12 or 15 digits),
     * bare or with a short kind prefix ({@code prv-…}, a grid worker's {@code gw-<grid>}), dictionary
     * codes in capitals ({@code DIBAO}, {@code DAILY_LIFE.MEAL}) and the keyed hashes of the audit log ({@code idn:…}). An ID number
     * (18 characters) or a phone (11 digits) is none of these, so one typed into an id is refused
     * rather than stored in the audit log.
     */
    static final Pattern FORM = Pattern.compile("""
            (?:[a-z]{2,4}-)?(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\
            |\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}|\\d{15})\
            |[A-Z][A-Z0-9_]{0,39}(?:\\.[A-Z][A-Z0-9_]{0,39}){0,3}\
            |idn:[0-9a-f]{32}""");

    private ArgumentIds() {
    }

    /** Fails with BAD_USER_INPUT naming the first id that is not of the form. */
    static void requireWellFormed(DataFetchingEnvironment env) {
        for (GraphQLArgument argument : env.getFieldDefinition().getArguments()) {
            visit(argument.getType(), env.getArguments().get(argument.getName()), argument.getName(), (field, id) -> {
                if (!FORM.matcher(id).matches()) {
                    throw new InvalidInputException(field, field + " must be an id (UUID) or a code (division code, or a dictionary code in capitals)");
                }
            });
        }
    }

    /** The well-formed ids among the arguments, in order; ill-formed ones are left out. */
    static List<String> of(DataFetchingEnvironment env) {
        List<String> ids = new ArrayList<>();
        for (GraphQLArgument argument : env.getFieldDefinition().getArguments()) {
            visit(argument.getType(), env.getArguments().get(argument.getName()), argument.getName(), (field, id) -> {
                if (FORM.matcher(id).matches()) {
                    ids.add(id);
                }
            });
        }
        return ids;
    }

    /** Whether the field takes any id, at any depth of its inputs. */
    static boolean takesIds(List<GraphQLArgument> arguments) {
        return arguments.stream().anyMatch(argument -> holdsIds(argument.getType(), 0));
    }

    private interface Visitor {
        void id(String field, String value);
    }

    private static void visit(GraphQLType type, Object value, String field, Visitor visitor) {
        if (value == null) {
            return;
        }
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list && value instanceof Collection<?> values) {
            for (Object item : values) {
                visit(list.getWrappedType(), item, field, visitor);
            }
        } else if (bare instanceof GraphQLInputObjectType input && value instanceof Map<?, ?> fields) {
            for (GraphQLInputObjectField inner : input.getFieldDefinitions()) {
                visit(inner.getType(), fields.get(inner.getName()), field + "." + inner.getName(), visitor);
            }
        } else if (isId(bare)) {
            visitor.id(field, value.toString());
        }
    }

    private static boolean holdsIds(GraphQLInputType type, int depth) {
        GraphQLType bare = GraphQLTypeUtil.unwrapAll(type);
        if (isId(bare)) {
            return true;
        }
        return depth < 5 && bare instanceof GraphQLInputObjectType input
                && input.getFieldDefinitions().stream().anyMatch(inner -> holdsIds(inner.getType(), depth + 1));
    }

    private static boolean isId(GraphQLType type) {
        return type instanceof GraphQLNamedType named && Scalars.GraphQLID.getName().equals(named.getName());
    }
}
