package org.zhulian.system.graphql;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions from data fetchers into GraphQL errors with a stable {@code extensions.code}.
 * Unexpected failures say only that something went wrong: no stack trace, class name or query text
 * reaches the client. The log names the field, the exception types and where they were thrown, but
 * no messages: database and driver messages quote the values involved, which may be personal data.
 */
@Component
class ErrorMapping extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof InvalidInputException invalid) {
            return GraphqlErrorBuilder.newError(env)
                    .message(invalid.getMessage())
                    .errorType(ErrorType.BAD_REQUEST)
                    .extensions(Map.of("code", invalid instanceof RefusedException refused ? refused.code() : "BAD_USER_INPUT",
                            "field", invalid.field()))
                    .build();
        }
        if (ex instanceof ForbiddenException forbidden) {
            return GraphqlErrorBuilder.newError(env)
                    .message(forbidden.getMessage())
                    .errorType(ErrorType.FORBIDDEN)
                    .extensions(Map.of("code", "FORBIDDEN"))
                    .build();
        }
        log.error("Unexpected failure in {}: {}", env.getExecutionStepInfo().getPath(), describe(ex));
        return GraphqlErrorBuilder.newError(env)
                .message("Internal error")
                .errorType(ErrorType.INTERNAL_ERROR)
                .extensions(Map.of("code", "INTERNAL_ERROR"))
                .build();
    }

    /** The cause chain as exception types with the frame that threw each, without messages. */
    static String describe(Throwable ex) {
        var text = new StringBuilder();
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getName());
            if (t.getStackTrace().length > 0) {
                text.append(" at ").append(t.getStackTrace()[0]);
            }
        }
        return text.toString();
    }
}
