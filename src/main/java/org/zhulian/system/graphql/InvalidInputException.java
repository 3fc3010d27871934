package org.zhulian.system.graphql;

import java.util.List;

/**
 * The caller sent an argument the service cannot use. Reported as a GraphQL error with
 * {@code extensions.code = BAD_USER_INPUT} and the argument's name, so a client can show it next to
 * the right field.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final List<String> onRecord;

    public InvalidInputException(String field, String message) {
        this(field, message, List.of());
    }

    protected InvalidInputException(String field, String message, List<String> onRecord) {
        super(message);
        this.field = field;
        this.onRecord = onRecord;
    }

    /** The same refusal, naming in its audit event what it concerns (a keyed hash, say) beyond the arguments. */
    public InvalidInputException withRecord(String... subjects) {
        return new InvalidInputException(field, getMessage(), List.of(subjects));
    }

    public String field() {
        return field;
    }

    /** What the audit event of this refusal names beyond the field's arguments. */
    public List<String> onRecord() {
        return onRecord;
    }
}
