package org.zhulian.need;

/** How soon a need must be met; CRITICAL means help first, paperwork later (先行救助). */
public enum Urgency {
    LOW, MEDIUM, HIGH, CRITICAL
}
