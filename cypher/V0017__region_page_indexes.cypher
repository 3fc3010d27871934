// Region-wide pages of households and persons (households, persons without labels) in the order of
// their region then id, with keyset cursors: a page starts where the last one ended, a range seek
// on (gridCode, id) that returns the rows already in order, so page 500 reads what page 1 reads.
CREATE RANGE INDEX household_region_page IF NOT EXISTS FOR (h:Household) ON (h.gridCode, h.id);
CREATE RANGE INDEX person_region_page IF NOT EXISTS FOR (p:Person) ON (p.gridCode, p.id);
