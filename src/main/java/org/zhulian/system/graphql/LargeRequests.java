package org.zhulian.system.graphql;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which authenticated requests may be larger than {@link RequestSizeLimit#MAX_BYTES}: a feed of
 * department records comes in batches of thousands. Decided after authentication, so nobody gets
 * a large body read for free.
 */
public interface LargeRequests {

    boolean allowed(HttpServletRequest request);
}
