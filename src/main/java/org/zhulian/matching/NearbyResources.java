package org.zhulian.matching;

import java.util.List;

import org.zhulian.region.Region;
import org.zhulian.system.GeoPoint;

/** The providers near a place, and the place as resolved. */
record NearbyResources(GeoPoint origin, Region resolvedRegion, List<NearbyResource> resources) {
}
