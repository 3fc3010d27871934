package org.zhulian.access;

import java.util.Collection;
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

    /**
     * What one request did, gathered while it runs and recorded once it is complete: one event per
     * action and outcome, however many fields or records it concerns, so that no document can flood
     * the audit log (a page of a hundred persons each refused a clear ID number is one DENIED event).
     */
    static final class Accesses implements InstrumentationState {

        static final String KEY = Accesses.class.getName();

        private record Key(String action, Outcome outcome) {
        }

        final Caller caller;
        private final Map<Key, Set<String>> subjects = new LinkedHashMap<>();

        Accesses(Caller caller) {
            this.caller = caller;
        }

        synchronized void note(String action, Outcome outcome, Collection<String> ids) {
            subjects.computeIfAbsent(new Key(action, outcome), k -> new LinkedHashSet<>()).addAll(ids);
        }

        synchronized void recordIn(AuditLog audit) {
            subjects.forEach((key, ids) -> audit.record(caller, key.action(), ids, key.outcome()));
            subjects.clear();
        }
    }

    private final Map<GraphQLFieldDefinition, Policy> policies = new ConcurrentHashMap<>();
    private final AuditLog audit;

    FieldAccess(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        var context = parameters.getExecutionInput().getGraphQLContext();
        Accesses accesses = new Accesses(context.get(Caller.CONTEXT_KEY));
        context.put(Accesses.KEY, accesses);
        return CompletableFuture.completedFuture(accesses);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        Policy policy = policies.computeIfAbsent(parameters.getField(), FieldAccess::policyOf);
        if (policy == Policy.NONE) {
            return fetcher;
        }
        Accesses accesses = (Accesses) state;
        return env -> {
            if (policy.takesIds()) {
                ArgumentIds.requireWellFormed(env);
            }
            if (policy.rule() != null && (accesses.caller == null || !policy.rule().allows(accesses.caller))) {
                throw new ForbiddenException(policy.rule().refusal());
            }
            Object result = fetcher.get(env);
            return policy.personal() ? noted(result, readAction(env), accesses) : result;
        };
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result, InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        if (state instanceof Accesses accesses && accesses.caller != null) {
            accesses.recordIn(audit);
        }
        return CompletableFuture.completedFuture(result);
    }

    private static String readAction(DataFetchingEnvironment env) {
        String root = Actions.root(env.getExecutionStepInfo()).getFieldDefinition().getName();
        return env.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION ? root + ".result" : root;
    }

    /** The result, with the ids of the personal records in it noted as soon as they are there. */
    private static Object noted(Object result, String action, Accesses accesses) {
        if (result instanceof CompletableFuture<?> future) {
            return future.thenApply(value -> {
                note(value, action, accesses);
                return value;
            });
        }
        note(result, action, accesses);
        return result;
    }

    private static void note(Object value, String action, Accesses accesses) {
        switch (value) {
            case PersonalRecord record -> accesses.note(action, Outcome.SUCCEEDED, List.of(record.id()));
            case Iterable<?> values -> values.forEach(v -> note(v, action, accesses));
            case DataFetcherResult<?> wrapped -> note(wrapped.getData(), action, accesses);
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
