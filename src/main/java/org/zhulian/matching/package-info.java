/**
 * Matching needs to resources: for a need, the services that fit it near the household, ranked by
 * category fit, distance, free places and whether the person may use them ({@code matchResources});
 * services near a place for callers without personal data, such as the hotline
 * ({@code resourcesNear}); and where open needs have no fitting service with room
 * ({@code coverageGaps}). Distances are point-index seeks from the household or the place.
 */
package org.zhulian.matching;
