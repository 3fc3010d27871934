package org.zhulian.discovery;

/** What a department's record says happened to a person; each type has its own details. */
public enum DepartmentEventType {
    MEDICAL_SELF_PAY, DISABILITY_CERTIFICATE, UNEMPLOYMENT, DEATH, INCOME_CHANGE, DISASTER, DANGEROUS_HOUSING, EDUCATION_EXPENSE,
    GRID_REPORT;

    /** Whether a record of this type must say how much. */
    boolean needsAmount() {
        return this == MEDICAL_SELF_PAY || this == EDUCATION_EXPENSE;
    }
}
