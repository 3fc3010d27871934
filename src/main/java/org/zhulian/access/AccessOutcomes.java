package org.zhulian.access;

import java.util.ArrayList;
import java.util.List;

import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.stereotype.Component;
import org.zhulian.audit.Outcome;
import org.zhulian.security.PersonalRecord;
import org.zhulian.system.graphql.ForbiddenException;
import org.zhulian.system.graphql.InvalidInputException;

import reactor.core.publisher.Mono;

/**
 * Puts every refused or failed attempt on record, whichever resolver it came from, before the
 * error is turned into a response ({@code ErrorMapping} does that, after this); the events of one
 * request are gathered and recorded with its reads ({@link FieldAccess.Accesses}):
 * <ul>
 * <li>a refusal for role or jurisdiction, anywhere: DENIED;</li>
 * <li>a change refused for invalid input: REJECTED (nothing was written);</li>
 * <li>a change that failed otherwise: FAILED.</li>
 * </ul>
 * The event names the field's well-formed {@code ID} arguments and the record the field belongs
 * to; an ill-formed id is never stored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessOutcomes implements DataFetcherExceptionResolver {

    @Override
    public Mono<List<GraphQLError>> resolveException(Throwable exception, DataFetchingEnvironment env) {
        Outcome outcome = outcome(exception, env);
        FieldAccess.Accesses accesses = env.getGraphQlContext().get(FieldAccess.Accesses.KEY);
        if (outcome != null && accesses != null && accesses.caller != null) {
            List<String> subjects = new ArrayList<>(subjects(env));
            if (exception instanceof InvalidInputException invalid) {
                subjects.addAll(invalid.onRecord());
            }
            accesses.note(Actions.of(env.getExecutionStepInfo()), outcome, subjects);
        }
        return Mono.empty();
    }

    private static Outcome outcome(Throwable exception, DataFetchingEnvironment env) {
        if (exception instanceof ForbiddenException) {
            return Outcome.DENIED;
        }
        boolean change = env.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION
                && Actions.isRoot(env.getExecutionStepInfo());
        if (!change) {
            return null;
        }
        return exception instanceof InvalidInputException ? Outcome.REJECTED : Outcome.FAILED;
    }

    private static List<String> subjects(DataFetchingEnvironment env) {
        List<String> subjects = new ArrayList<>();
        if (env.getSource() instanceof PersonalRecord record) {
            subjects.add(record.id());
        }
        subjects.addAll(ArgumentIds.of(env));
        return subjects.stream().distinct().toList();
    }
}
