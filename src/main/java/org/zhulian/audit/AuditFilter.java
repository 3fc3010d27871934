package org.zhulian.audit;

import java.time.OffsetDateTime;

/** The {@code AuditFilter} input. */
record AuditFilter(String actor, String subjectId, OffsetDateTime from, OffsetDateTime to) {

    static final AuditFilter NONE = new AuditFilter(null, null, null, null);
}
