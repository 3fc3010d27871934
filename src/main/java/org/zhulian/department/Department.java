package org.zhulian.department;

/** A department or body that supplies data (民政, 医保, 人社, 残联…). */
public record Department(String code, String name) {
}
