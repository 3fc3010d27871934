package org.zhulian.household;

/** A certified disability: type and grade (1 most severe to 4; null when not recorded). */
public record Disability(String type, Integer grade) {
}
