package org.zhulian.access;

import org.zhulian.security.Caller;
import org.zhulian.system.graphql.ForbiddenException;

/** The one answer for a record by id that the caller cannot have, whether it lies elsewhere or does not exist. */
public final class Visible {

    private Visible() {
    }

    /**
     * The record a by-id read found in the caller's jurisdiction. When it found none, a caller who
     * sees the whole tree gets null (the id does not exist); anyone else FORBIDDEN, the same
     * whether the record lies elsewhere or does not exist (and the refusal is on record).
     */
    public static <T> T orDenied(T found, Caller caller, String what) {
        if (found == null && !caller.jurisdiction().wholeTree()) {
            throw ForbiddenException.notVisible(what);
        }
        return found;
    }
}
