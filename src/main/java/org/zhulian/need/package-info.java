/** Needs (需求) of households and their members, in the categories of the service taxonomy. */
package org.zhulian.need;
