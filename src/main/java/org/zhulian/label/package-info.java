/**
 * The label dictionary (labels defined at a region and usable below it, Changning's "9+1+N") and
 * label assignments to persons and households with their validity and source department.
 */
package org.zhulian.label;
