/**
 * The caseworker explorer's graph: one node's neighbourhood at a time, each neighbour delivered as
 * its record so that the access mechanism scopes and audits it like any read, and the personal
 * ones kept to the caller's jurisdiction by every statement that finds them.
 */
package org.zhulian.explorer;
