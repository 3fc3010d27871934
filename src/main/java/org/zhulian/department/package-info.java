/** The departments whose data feeds the graph: the sources of labels and, later, of discovery events. */
package org.zhulian.department;
