package org.zhulian.system.graphql;

/**
 * The caller may not have what it asked for. Reported as a GraphQL error with
 * {@code extensions.code = FORBIDDEN} and the field left {@code null}. For a record by id the same
 * words serve "out of your jurisdiction" and "does not exist", so the error tells nobody which.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }

    /** A record the caller cannot see, whether it exists or not. */
    public static ForbiddenException notVisible(String what) {
        return new ForbiddenException("No " + what + " with this id in your jurisdiction");
    }
}
