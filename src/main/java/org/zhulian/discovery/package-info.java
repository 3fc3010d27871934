/**
 * Proactive discovery (政策找人): department events in ({@link org.zhulian.discovery.EventRows},
 * {@link org.zhulian.discovery.EventIngest}: checked by row, merged on department and record id,
 * matched to persons by ID number or kept unmatched, never storing the number), each region's rule
 * pack over them ({@link org.zhulian.discovery.RulePacks}, {@link org.zhulian.discovery.Evaluation}),
 * warnings raised in the same change and dispatched to the household's grid worker, due 5 working
 * days later on the official calendar ({@link org.zhulian.discovery.Discovery},
 * {@link org.zhulian.discovery.WorkingDays}), and their closed loop of review, visit and outcome
 * ({@link org.zhulian.discovery.WarningChanges}).
 */
package org.zhulian.discovery;
