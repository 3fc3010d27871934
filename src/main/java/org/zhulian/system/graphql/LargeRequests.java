package org.zhulian.system.graphql;

import jakarta.servlet.http.HttpServletRequest;

/**
 * How large an authenticated request may be: a feed of department records comes in batches of
 * thousands, a saved view holds up to 2,000 nodes. Decided after authentication, so nobody gets a
 * large body read for free.
 */
public interface LargeRequests {

    /** What no legitimate document with its variables comes near, for everyone else. */
    int USUAL_BYTES = 64 * 1024;

    /** The most bytes this request's body may hold. */
    int maxBytes(HttpServletRequest request);
}
