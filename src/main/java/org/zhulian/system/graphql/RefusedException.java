package org.zhulian.system.graphql;

import java.util.List;

/**
 * A change refused because of the state it met, not the shape of its input: the wish is claimed
 * already, the donor holds as many wishes as it may. Reported like invalid input (nothing was
 * written, REJECTED on record) but with its own {@code extensions.code}, so that a client can act on
 * it without reading the message.
 */
public class RefusedException extends InvalidInputException {

    private final String code;

    public RefusedException(String code, String field, String message) {
        this(code, field, message, List.of());
    }

    private RefusedException(String code, String field, String message, List<String> onRecord) {
        super(field, message, onRecord);
        this.code = code;
    }

    @Override
    public RefusedException withRecord(String... subjects) {
        return new RefusedException(code, field(), getMessage(), List.of(subjects));
    }

    public String code() {
        return code;
    }
}
