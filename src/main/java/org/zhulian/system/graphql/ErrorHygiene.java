package org.zhulian.system.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Gives the errors that graphql-java raises itself (syntax, validation, variables of the wrong type)
 * an {@code extensions.code} like every other error, and words that never quote the caller's values:
 * graphql-java's own messages repeat the offending literal or variable
 * ({@code IntValue{value=13905741234}}), which may be an ID number or a phone. What stays is where
 * the error is and which argument or variable it concerns.
 */
@Component
class ErrorHygiene implements WebGraphQlInterceptor {

    private static final Pattern KIND = Pattern.compile("^Validation error \\(([A-Za-z]+)");
    private static final Pattern ARGUMENT = Pattern.compile("argument '([A-Za-z0-9_.\\[\\]]+)'");
    private static final Pattern VARIABLE = Pattern.compile("^Variable '([A-Za-z0-9_]+)'");

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<GraphQLError> errors = response.getExecutionResult().getErrors();
            if (errors.stream().allMatch(ErrorHygiene::coded)) {
                return response;
            }
            return response.transform(builder -> builder.errors(errors.stream().map(e -> coded(e) ? e : clean(e)).toList()));
        });
    }

    private static boolean coded(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().containsKey("code");
    }

    static GraphQLError clean(GraphQLError error) {
        String code;
        String message;
        String original = error.getMessage() == null ? "" : error.getMessage();
        if (error.getErrorType() == ErrorType.InvalidSyntax) {
            code = "GRAPHQL_PARSE_FAILED";
            message = "The document is not valid GraphQL syntax";
        } else if (error.getErrorType() == ErrorType.ValidationError) {
            code = "GRAPHQL_VALIDATION_FAILED";
            message = validation(original);
        } else {
            code = "BAD_REQUEST";
            message = "The request could not be executed";
        }
        Map<String, Object> extensions = new HashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.put("code", code);
        return GraphqlErrorBuilder.newError().message(message).locations(error.getLocations()).path(error.getPath())
                .errorType(error.getErrorType()).extensions(extensions).build();
    }

    private static String validation(String original) {
        Matcher variable = VARIABLE.matcher(original);
        if (variable.find()) {
            return "Variable '" + variable.group(1) + "' has a value that does not fit its type";
        }
        Matcher kind = KIND.matcher(original);
        Matcher argument = ARGUMENT.matcher(original);
        String what = kind.find() ? kind.group(1) : "invalid";
        return argument.find()
                ? "Validation error (" + what + "): argument '" + argument.group(1) + "' does not fit the schema"
                : "Validation error (" + what + "): the document does not fit the schema";
    }
}
