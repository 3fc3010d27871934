/**
 * Households, their members and kinship: the household archive (一户一档) and the label filters that
 * let caseworkers find the people who need help.
 */
package org.zhulian.household;
