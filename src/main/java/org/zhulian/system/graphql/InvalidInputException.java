package org.zhulian.system.graphql;

/**
 * The caller sent an argument the service cannot use. Reported as a GraphQL error with
 * {@code extensions.code = BAD_USER_INPUT} and the argument's name, so a client can show it next to
 * the right field.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
