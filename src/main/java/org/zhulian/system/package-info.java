/**
 * What every feature stands on: the embedded Neo4j and its lifecycle, the schema migrations, the
 * GraphQL plumbing (scalars, limits, error mapping, paging) and the clock.
 */
package org.zhulian.system;
