// Department events (proactive discovery): one node per department record, so the same record
// twice is one event; matched to a person by ID number, or kept unmatched under the region it
// came from (the ID number itself is kept only as a keyed hash and a masked form).
CREATE CONSTRAINT department_event_key IF NOT EXISTS FOR (e:DepartmentEvent) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT department_event_id IF NOT EXISTS FOR (e:DepartmentEvent) REQUIRE e.id IS UNIQUE;
CREATE INDEX department_event_unmatched IF NOT EXISTS FOR (e:UnmatchedEvent) ON (e.regionCode);
CREATE INDEX department_event_id_hash IF NOT EXISTS FOR (e:UnmatchedEvent) ON (e.idHash);
// Warnings: one open warning per household, rule and year (the label :OpenWarning while it is open),
// scoped like everything of a household by its grid code.
CREATE CONSTRAINT warning_id IF NOT EXISTS FOR (w:Warning) REQUIRE w.id IS UNIQUE;
CREATE CONSTRAINT open_warning IF NOT EXISTS FOR (w:OpenWarning) REQUIRE w.openKey IS UNIQUE;
CREATE INDEX warning_grid IF NOT EXISTS FOR (w:Warning) ON (w.gridCode);
