// Needs are listed most urgent first, then oldest first. The urgency's rank (0 for CRITICAL to 3
// for LOW) is stored beside it, so that an index gives a district's needs in that order and a page
// reads until it is full instead of sorting every need of the district.
CREATE RANGE INDEX need_order IF NOT EXISTS FOR (n:Need) ON (n.urgencyRank, n.created);
MATCH (n:Need) WHERE n.urgencyRank IS NULL
SET n.urgencyRank = CASE n.urgency WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END;
