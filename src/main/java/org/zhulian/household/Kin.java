package org.zhulian.household;

/** A relative: what {@code person} is to the person whose kin this is. */
public record Kin(String relation, Person person) {
}
