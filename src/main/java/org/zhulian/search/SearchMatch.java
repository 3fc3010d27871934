package org.zhulian.search;

/** How a hit matched the text, the best first. */
public enum SearchMatch {
    EXACT, INITIALS, PREFIX, CONTAINS
}
