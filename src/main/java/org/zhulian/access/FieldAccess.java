package org.zhulian.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionResult;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;
import org.springframework.stereotype.Component;
import org.zhulian.audit.AuditLog;
import org.zhulian.audit.Outcome;
import org.zhulian.security.AccessRule;
import org.zhulian.security.Caller;
import org.zhulian.security.PersonalRecord;
import org.zhulian.system.graphql.ForbiddenException;

/**
 * The access mechanism, around every field fetch, so that no resolver can forget it:
 * <ol>
 * <li>the {@code ID} arguments must be ids or codes, before anything else happens with them;</li>
 * <li>the field's declared {@code @access} rule must allow the caller, or the field is
 * {@code FORBIDDEN} (and the refusal recorded by {@link AccessOutcomes});</li>
 * <li>every record of a {@code @personal} type the field returns is noted, and when the response
 * is complete each root field's records are written to the audit log in one event, named after
 * the root field ({@code persons}, {@code household}; {@code addMember.result} for what a change
 * returns).</li>
 * </ol>
 * Fields with neither a rule nor a personal type run untouched.
 */
@Component
class FieldAccess extends SimplePerformantInstrumentation {

    static final String ACCESS = "access";
    static final String PERSONAL = "personal";

    /** What the schema declares about one field, read once. */
    private record Policy(AccessRule rule, boolean personal, boolean takesIds) {

        static final Policy NONE = new Policy(null, false, false);
    }

    /** The personal records a response carries, by the action they are recorded under. */
    private static final class Reads implements InstrumentationState {

        final Caller caller;
        final Map<String, Set<String>> ids = new LinkedHashMap<>();

        Reads(Caller caller) {
            this.caller = caller;
        }

        synchronized void note(String action, String id) {
            ids.computeIfAbsent(action, a -> new LinkedHashSet<>()).add(id);
        }
    }

    private final Map<GraphQLFieldDefinition, Policy> policies = new ConcurrentHashMap<>();
    private final AuditLog audit;

    FieldAccess(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        Caller caller = parameters.getExecutionInput().getGraphQLContext().get(Caller.CONTEXT_KEY);
        return CompletableFuture.completedFuture(new Reads(caller));
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        Policy policy = policies.computeIfAbsent(parameters.getField(), FieldAccess::policyOf);
        if (policy == Policy.NONE) {
            return fetcher;
        }
        Reads reads = (Reads) state;
        return env -> {
            if (policy.takesIds()) {
                ArgumentIds.requireWellFormed(env);
            }
            if (policy.rule() != null && (reads.caller == null || !policy.rule().allows(reads.caller))) {
                throw new ForbiddenException(policy.rule().refusal());
            }
            Object result = fetcher.get(env);
            return policy.personal() ? noted(result, readAction(env), reads) : result;
        };
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result, InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        Reads reads = (Reads) state;
        if (reads != null && reads.caller != null) {
            List<Map.Entry<String, Set<String>>> events;
            synchronized (reads) {
                events = new ArrayList<>(reads.ids.entrySet());
            }
            events.forEach(event -> audit.record(reads.caller, event.getKey(), event.getValue(), Outcome.SUCCEEDED));
        }
        return CompletableFuture.completedFuture(result);
    }

    private static String readAction(DataFetchingEnvironment env) {
        String root = Actions.root(env.getExecutionStepInfo()).getFieldDefinition().getName();
        return env.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION ? root + ".result" : root;
    }

    /** The result, with the ids of the personal records in it noted as soon as they are there. */
    private static Object noted(Object result, String action, Reads reads) {
        if (result instanceof CompletableFuture<?> future) {
            return future.thenApply(value -> {
                note(value, action, reads);
                return value;
            });
        }
        note(result, action, reads);
        return result;
    }

    private static void note(Object value, String action, Reads reads) {
        switch (value) {
            case PersonalRecord record -> reads.note(action, record.id());
            case Iterable<?> values -> values.forEach(v -> note(v, action, reads));
            case DataFetcherResult<?> wrapped -> note(wrapped.getData(), action, reads);
            case null, default -> {
            }
        }
    }

    private static Policy policyOf(GraphQLFieldDefinition field) {
        GraphQLAppliedDirective access = field.getAppliedDirective(ACCESS);
        AccessRule rule = access == null ? null : AccessRule.valueOf(access.getArgument("rule").getValue().toString());
        boolean personal = GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLObjectType type && isPersonal(type);
        boolean takesIds = ArgumentIds.takesIds(field.getArguments());
        return rule == null && !personal && !takesIds ? Policy.NONE : new Policy(rule, personal, takesIds);
    }

    static boolean isPersonal(GraphQLNamedType type) {
        return type instanceof GraphQLObjectType object && object.getAppliedDirective(PERSONAL) != null;
    }
}
