package org.zhulian.household;

/** A certified disability: type and grade (1 most severe to 4). */
public record Disability(String type, int grade) {
}
