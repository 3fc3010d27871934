// Refused look-ups of ID numbers registered elsewhere, counted per caller over a window.
CREATE INDEX identity_probe_actor_at IF NOT EXISTS FOR (p:IdentityProbe) ON (p.actor, p.at);
// One lock per caller, so that a caller's concurrent look-ups are counted one after the other.
CREATE CONSTRAINT probe_lock_actor IF NOT EXISTS FOR (l:ProbeLock) REQUIRE l.actor IS UNIQUE;
// Transfers of a person between jurisdictions, seen from both ends.
CREATE CONSTRAINT transfer_id IF NOT EXISTS FOR (t:Transfer) REQUIRE t.id IS UNIQUE;
CREATE INDEX transfer_grid IF NOT EXISTS FOR (t:Transfer) ON (t.gridCode);
CREATE INDEX transfer_from_grid IF NOT EXISTS FOR (t:Transfer) ON (t.fromGridCode);
