/**
 * Proactive discovery (政策找人): department events in, each city's rule pack over them, warnings
 * for the grid worker of the household, visits within 5 working days, outcomes. The parts, each its
 * own class: the official calendar the deadlines count on ({@link org.zhulian.discovery.WorkingDays}),
 * then events matched to persons by ID number, rule packs per region (data, versioned, validated at
 * load), warnings from NEW through review and dispatch to CLOSED with an outcome.
 */
package org.zhulian.discovery;
