// Business keys. Every node the API exposes is found by one of these, never by Neo4j's internal id.
CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE;
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (r:Region) REQUIRE r.code IS UNIQUE;
CREATE CONSTRAINT household_id IF NOT EXISTS FOR (h:Household) REQUIRE h.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
// One person, one record: the resident ID number identifies a person nationally.
CREATE CONSTRAINT person_id_number IF NOT EXISTS FOR (p:Person) REQUIRE p.idNumber IS UNIQUE;
CREATE CONSTRAINT label_code IF NOT EXISTS FOR (l:Label) REQUIRE l.code IS UNIQUE;
CREATE CONSTRAINT department_code IF NOT EXISTS FOR (d:Department) REQUIRE d.code IS UNIQUE;
CREATE CONSTRAINT provider_id IF NOT EXISTS FOR (p:Provider) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT service_id IF NOT EXISTS FOR (s:Service) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT service_category_code IF NOT EXISTS FOR (c:ServiceCategory) REQUIRE c.code IS UNIQUE;
CREATE CONSTRAINT need_id IF NOT EXISTS FOR (n:Need) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT grid_worker_id IF NOT EXISTS FOR (w:GridWorker) REQUIRE w.id IS UNIQUE;
