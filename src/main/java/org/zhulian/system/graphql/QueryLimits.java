package org.zhulian.system.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.springframework.graphql.execution.ErrorType;

/**
 * The limits every document must keep (OWASP GraphQL cheat sheet), checked after validation and
 * before any data is fetched, each refusal with its own {@code extensions.code}:
 * <ul>
 * <li>depth: relationships make the schema cyclic ({@code kin { person { kin … } } }), so a short
 * document could otherwise ask for an answer exponential in its depth;</li>
 * <li>complexity: every field costs 1, and a list costs its children times its size — {@code first}
 * for connections (20 when absent), {@link #UNBOUNDED_LIST_WEIGHT} for the lists of an archive;</li>
 * <li>one operation per document, and at most {@link #MAX_ROOT_FIELDS} root fields, so aliases
 * cannot batch hundreds of lookups (an id-guessing tool) into one request.</li>
 * </ul>
 * All three come from one walk of the document in which each fragment is measured once and
 * remembered: ten fragments that each spread the next ten times cost ten measurements, not 10¹⁰
 * visits, so checking a document costs time linear in its size whatever its shape. Inline fragments
 * and {@code @skip}/{@code @include} count as if everything they guard were selected.
 */
public final class QueryLimits extends SimplePerformantInstrumentation {

    public static final int MAX_DEPTH = 12;
    public static final int MAX_COMPLEXITY = 20_000;
    public static final int MAX_ROOT_FIELDS = 10;
    static final int UNBOUNDED_LIST_WEIGHT = 5;

    private final Consumer<String> onRefused;

    /** @param onRefused told the text of each refused document, so that nothing keeps it */
    QueryLimits(Consumer<String> onRefused) {
        this.onRefused = onRefused;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        try {
            check(parameters.getExecutionContext());
        } catch (AbortExecutionException refused) {
            onRefused.accept(parameters.getExecutionContext().getExecutionInput().getQuery());
            throw refused;
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static void check(ExecutionContext context) {
        Document document = context.getDocument();
        if (document.getDefinitionsOfType(OperationDefinition.class).size() > 1) {
            throw refused("TOO_MANY_OPERATIONS", "Send one operation per request");
        }
        OperationDefinition operation = context.getOperationDefinition();
        GraphQLCompositeType root = switch (operation.getOperation()) {
            case MUTATION -> context.getGraphQLSchema().getMutationType();
            case SUBSCRIPTION -> context.getGraphQLSchema().getSubscriptionType();
            default -> context.getGraphQLSchema().getQueryType();
        };
        Cost cost = new Measure(context.getGraphQLSchema(), document, context.getCoercedVariables().toMap())
                .of(operation.getSelectionSet(), root);
        if (cost.fields() > MAX_ROOT_FIELDS) {
            throw refused("TOO_MANY_ROOT_FIELDS", "The document asks for " + cost.fields()
                    + " root fields (aliases included); at most " + MAX_ROOT_FIELDS + " are allowed");
        }
        if (cost.depth() > MAX_DEPTH) {
            throw refused("QUERY_TOO_DEEP", "The document is nested " + cost.depth() + " levels deep; at most " + MAX_DEPTH + " are allowed");
        }
        if (cost.complexity() > MAX_COMPLEXITY) {
            throw refused("QUERY_TOO_COMPLEX", "The document would cost more than " + MAX_COMPLEXITY
                    + " (lists count their size): ask for smaller pages or fewer fields");
        }
    }

    /**
     * What a selection set costs: the fields it selects directly (aliases and fragments included),
     * the depth of its deepest field and its complexity, saturating far above every limit.
     */
    record Cost(long fields, int depth, long complexity) {

        static final Cost NONE = new Cost(0, 0, 0);
        private static final long CAP = 1L << 40;

        Cost plus(Cost other) {
            return new Cost(Math.min(fields + other.fields, CAP), Math.max(depth, other.depth),
                    Math.min(complexity + other.complexity, CAP));
        }
    }

    /** One walk over one document, remembering each fragment's cost. */
    static final class Measure {

        private final GraphQLSchema schema;
        private final Map<String, FragmentDefinition> fragments = new HashMap<>();
        private final Map<String, Cost> measured = new HashMap<>();
        private final Map<String, Object> variables;
        private long visits;

        Measure(GraphQLSchema schema, Document document, Map<String, Object> variables) {
            this.schema = schema;
            this.variables = variables;
            document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.putIfAbsent(f.getName(), f));
        }

        /** How many selections were looked at: at most the number in the document. */
        long visits() {
            return visits;
        }

        Cost of(SelectionSet selections, GraphQLCompositeType parent) {
            Cost total = Cost.NONE;
            if (selections == null) {
                return total;
            }
            for (var selection : selections.getSelections()) {
                visits++;
                if (selection instanceof Field field) {
                    total = total.plus(field(field, parent));
                } else if (selection instanceof InlineFragment inline) {
                    GraphQLCompositeType on = inline.getTypeCondition() == null ? parent
                            : (GraphQLCompositeType) schema.getType(inline.getTypeCondition().getName());
                    total = total.plus(of(inline.getSelectionSet(), on));
                } else if (selection instanceof FragmentSpread spread) {
                    total = total.plus(fragment(spread.getName()));
                }
            }
            return total;
        }

        private Cost fragment(String name) {
            Cost known = measured.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition fragment = fragments.get(name);
            // Validation has refused unknown fragments and cycles; a placeholder guards the recursion all the same.
            measured.put(name, Cost.NONE);
            Cost cost = fragment == null ? Cost.NONE
                    : of(fragment.getSelectionSet(), (GraphQLCompositeType) schema.getType(fragment.getTypeCondition().getName()));
            measured.put(name, cost);
            return cost;
        }

        private Cost field(Field field, GraphQLCompositeType parent) {
            GraphQLFieldDefinition definition = parent instanceof GraphQLFieldsContainer fields
                    ? fields.getFieldDefinition(field.getName()) : null;
            if (definition == null) {
                return new Cost(1, 1, 1); // __typename and introspection's own fields
            }
            GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
            GraphQLType inner = GraphQLTypeUtil.unwrapAll(definition.getType());
            Cost children = inner instanceof GraphQLCompositeType composite ? of(field.getSelectionSet(), composite) : Cost.NONE;
            long times = 1;
            if (type instanceof GraphQLNamedType named && named.getName().endsWith("Connection")) {
                times = pageSize(field);
            } else if (type instanceof GraphQLList && !"edges".equals(field.getName())) {
                times = UNBOUNDED_LIST_WEIGHT;
            }
            long each = children.complexity();
            long complexity = each >= Cost.CAP / times ? Cost.CAP : 1 + each * times;
            return new Cost(1, children.depth() + 1, complexity);
        }

        /**
         * The {@code first} argument as given literally or by a variable, between 1 and the largest
         * page (a larger one is refused when the field runs); the default page size otherwise.
         */
        private long pageSize(Field field) {
            for (Argument argument : field.getArguments()) {
                if ("first".equals(argument.getName())) {
                    Object value = argument.getValue() instanceof VariableReference ref ? variables.get(ref.getName())
                            : argument.getValue() instanceof IntValue literal ? literal.getValue() : null;
                    if (value instanceof Number number) {
                        return Math.clamp(number.longValue(), 1, Page.MAX_SIZE);
                    }
                }
            }
            return Page.DEFAULT_SIZE;
        }
    }

    static AbortExecutionException refused(String code, String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(ErrorType.BAD_REQUEST)
                .extensions(Map.of("code", code))
                .build()));
    }
}
