package org.zhulian.matching;

/** Where to look from: a point, a region code or an address; exactly one. */
record PlaceInput(Double latitude, Double longitude, String regionCode, String address) {
}
