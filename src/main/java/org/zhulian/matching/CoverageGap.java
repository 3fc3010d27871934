package org.zhulian.matching;

/** A community's open needs of a category, and how many have no fitting service with a free place near the household. */
public record CoverageGap(String communityCode, int openNeeds, int uncovered) {
}
