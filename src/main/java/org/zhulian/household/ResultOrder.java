package org.zhulian.household;

/** How filtered households and persons are ordered. */
enum ResultOrder {
    REGION, ID, MOST_MATCHED_LABELS
}
