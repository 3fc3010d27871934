package org.zhulian.provider;

/** One service a provider offers, in a category of the taxonomy. */
public record Service(String id, String name, String categoryCode) {
}
