/**
 * Micro-wishes (微心愿): a small wish of a needy family, drafted by its caseworker from one of its
 * needs, published with the family's consent after a second caseworker's review, claimed by exactly
 * one donor at a time, delivered, confirmed and thanked. Donors see the public wish card only; the
 * family behind it stays in the casefile, which only the registry's readers reach. Donor profiles
 * match wishes and donors both ways.
 */
package org.zhulian.wish;
