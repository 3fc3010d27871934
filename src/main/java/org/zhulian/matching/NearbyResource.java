package org.zhulian.matching;

import java.util.List;

import org.zhulian.provider.Provider;
import org.zhulian.provider.Service;

/** A provider near a place, with its services in the asked categories. */
public record NearbyResource(Provider provider, List<Service> services, int distanceMeters) {
}
