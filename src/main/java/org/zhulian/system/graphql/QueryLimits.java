package org.zhulian.system.graphql;

import java.util.List;
import java.util.Map;

import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.ExecutionResult;
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
 */
public final class QueryLimits {

    public static final int MAX_DEPTH = 12;
    public static final int MAX_COMPLEXITY = 20_000;
    public static final int MAX_ROOT_FIELDS = 10;
    static final int UNBOUNDED_LIST_WEIGHT = 5;

    private QueryLimits() {
    }

    static MaxQueryDepthInstrumentation depth() {
        return new MaxQueryDepthInstrumentation(MAX_DEPTH) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return refused("QUERY_TOO_DEEP", "The document is nested " + depth + " levels deep; at most " + maxDepth + " are allowed");
            }
        };
    }

    static MaxQueryComplexityInstrumentation complexity() {
        return new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY, QueryLimits::fieldComplexity) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return refused("QUERY_TOO_COMPLEX", "The document would cost " + complexity
                        + " (lists count their size); at most " + maxComplexity + " is allowed: ask for smaller pages or fewer fields");
            }
        };
    }

    /** 1 for the field, plus its children as many times as the field can return them. */
    static int fieldComplexity(graphql.analysis.FieldComplexityEnvironment env, int childComplexity) {
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType());
        int times = 1;
        if (type instanceof GraphQLNamedType named && named.getName().endsWith("Connection")) {
            Object first = env.getArguments().get("first");
            times = first instanceof Integer size ? Math.max(size, 1) : Page.DEFAULT_SIZE;
        } else if (type instanceof GraphQLList && !"edges".equals(env.getField().getName())) {
            times = UNBOUNDED_LIST_WEIGHT;
        }
        long cost = 1L + (long) childComplexity * times;
        return (int) Math.min(cost, Integer.MAX_VALUE);
    }

    static SimplePerformantInstrumentation shape() {
        return new SimplePerformantInstrumentation() {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                                 InstrumentationState state) {
                Document document = parameters.getExecutionContext().getDocument();
                if (document.getDefinitionsOfType(OperationDefinition.class).size() > 1) {
                    throw refused("TOO_MANY_OPERATIONS", "Send one operation per request");
                }
                int rootFields = countFields(parameters.getExecutionContext().getOperationDefinition().getSelectionSet(), document);
                if (rootFields > MAX_ROOT_FIELDS) {
                    throw refused("TOO_MANY_ROOT_FIELDS", "The document asks for " + rootFields
                            + " root fields (aliases included); at most " + MAX_ROOT_FIELDS + " are allowed");
                }
                return super.beginExecuteOperation(parameters, state);
            }
        };
    }

    /** Fields of a selection set, looking through fragments. */
    static int countFields(SelectionSet selections, Document document) {
        int count = 0;
        for (var selection : selections.getSelections()) {
            if (selection instanceof Field) {
                count++;
            } else if (selection instanceof InlineFragment inline) {
                count += countFields(inline.getSelectionSet(), document);
            } else if (selection instanceof FragmentSpread spread) {
                count += document.getDefinitionsOfType(FragmentDefinition.class).stream()
                        .filter(fragment -> fragment.getName().equals(spread.getName()))
                        .mapToInt(fragment -> countFields(fragment.getSelectionSet(), document))
                        .sum();
            }
        }
        return count;
    }

    static AbortExecutionException refused(String code, String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(ErrorType.BAD_REQUEST)
                .extensions(Map.of("code", code))
                .build()));
    }
}
