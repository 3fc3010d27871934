package org.zhulian.label;

/** The family a label belongs to: assistance categories, socially assisted groups, identities. */
public enum LabelCategory {
    ASSISTANCE, SOCIAL, IDENTITY
}
