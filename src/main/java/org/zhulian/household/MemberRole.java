package org.zhulian.household;

/** A member's role in the household; the order is the order members are listed in. */
public enum MemberRole {
    HEAD, SPOUSE, CHILD, PARENT, GRANDCHILD, OTHER
}
