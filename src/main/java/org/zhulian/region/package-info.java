/**
 * The region tree (province → city → district → street → community → grid), region codes and their
 * prefixes, which every other feature uses to scope its queries.
 */
package org.zhulian.region;
