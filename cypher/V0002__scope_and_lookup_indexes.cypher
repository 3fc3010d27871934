// Scope by index: households, persons, providers and needs carry the code of the most specific
// region they are in. Region codes nest by prefix (district 330203, street 330203001, community
// 330203001001, grid 330203001001001), so "everything under region X" is a STARTS WITH index seek.
CREATE INDEX household_grid IF NOT EXISTS FOR (h:Household) ON (h.gridCode);
CREATE INDEX person_grid IF NOT EXISTS FOR (p:Person) ON (p.gridCode);
CREATE INDEX person_birth_date IF NOT EXISTS FOR (p:Person) ON (p.birthDate);
CREATE INDEX provider_region IF NOT EXISTS FOR (p:Provider) ON (p.regionCode);
CREATE INDEX provider_type IF NOT EXISTS FOR (p:Provider) ON (p.type);
CREATE INDEX service_category IF NOT EXISTS FOR (s:Service) ON (s.categoryCode);
CREATE INDEX need_grid IF NOT EXISTS FOR (n:Need) ON (n.gridCode);
CREATE INDEX need_status IF NOT EXISTS FOR (n:Need) ON (n.status);
CREATE INDEX region_level IF NOT EXISTS FOR (r:Region) ON (r.level);
CREATE INDEX region_parent IF NOT EXISTS FOR (r:Region) ON (r.parentCode);
CREATE INDEX label_scope IF NOT EXISTS FOR (l:Label) ON (l.scope);
