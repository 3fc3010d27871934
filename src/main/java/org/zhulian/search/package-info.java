/**
 * One search box over the registry, the directory and the region tree: names, addresses and
 * descriptions that are, start with or hold the text, ranked in that order, persons, households and
 * needs within the caller's jurisdiction, each hit delivered as its record so that the access
 * mechanism audits it like any read.
 */
package org.zhulian.search;
