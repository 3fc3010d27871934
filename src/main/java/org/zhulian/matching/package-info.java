/**
 * Matching needs to resources: for a need, the services that fit it near the household, ranked by
 * category fit, distance, free places and whether the person may use them ({@code matchResources});
 * services near a place for callers without personal data, such as the hotline
 * ({@code resourcesNear}); and where open needs have no fitting service with room
 * ({@code coverageGaps}). Providers are reached by point-index seeks around the household or the
 * place, or, for what is rare nearby, from the services of the fitting categories; never by a scan.
 */
package org.zhulian.matching;
