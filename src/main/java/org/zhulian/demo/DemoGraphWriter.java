package org.zhulian.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.zhulian.system.PinyinKeys;

/**
 * Turns the demo's records into rows and writes them with the Cypher of the graph model
 * ({@code docs/model.md}). Every node is merged on its constrained key and every relationship merged,
 * so a load cut short (a crash, a kill) is completed by the next start without duplicating anything;
 * relationships are made in the same batches by matching the other end on its key.
 */
final class DemoGraphWriter {

    private static final List<String> LEVELS = List.of("PROVINCE", "CITY", "DISTRICT", "STREET", "COMMUNITY", "GRID");

    private final BatchWriter writer;

    DemoGraphWriter(BatchWriter writer) {
        this.writer = writer;
    }

    /** How much was written, for the log line. */
    record Counts(int regions, int gridWorkers, int labels, int providers, int services, int households, int persons,
                  int kin, int labelAssignments, int needs) {

        Counts plus(Counts o) {
            return new Counts(regions + o.regions, gridWorkers + o.gridWorkers, labels + o.labels, providers + o.providers,
                    services + o.services, households + o.households, persons + o.persons, kin + o.kin,
                    labelAssignments + o.labelAssignments, needs + o.needs);
        }

        static Counts none() {
            return new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    Counts regions(RegionSeed regions) {
        Map<String, RegionSeed.GridWorker> workers = new HashMap<>();
        regions.gridWorkers().forEach(w -> workers.put(w.gridCode(), w));
        List<Map<String, Object>> rows = new ArrayList<>();
        // Parents first, so that every batch finds the parents of its regions already written.
        regions.all().stream().sorted(Comparator.comparingInt(r -> LEVELS.indexOf(r.level()))).forEach(r -> {
            RegionSeed.GridWorker w = workers.get(r.code());
            rows.add(row("code", r.code(), "name", r.name(), "level", r.level(), "prefix", r.prefix(),
                    "parentCode", r.parentCode(), "centre", point(r.centre()), "pinyin", PinyinKeys.ofText(r.name()).properties(),
                    "worker", w == null ? null : row("id", w.id(), "name", w.name(), "phone", w.phone())));
        });
        int count = writer.write("""
                UNWIND $rows AS row
                MERGE (r:Region {code: row.code})
                SET r.name = row.name, r.level = row.level, r.prefix = row.prefix,
                    r.parentCode = row.parentCode, r.centre = row.centre, r += row.pinyin
                FOREACH (worker IN CASE WHEN row.worker IS NULL THEN [] ELSE [row.worker] END |
                    MERGE (w:GridWorker {id: worker.id})
                    SET w.name = worker.name, w.phone = worker.phone
                    MERGE (w)-[:ASSIGNED_TO]->(r))
                WITH r, row WHERE row.parentCode IS NOT NULL
                MATCH (p:Region {code: row.parentCode})
                MERGE (r)-[:IN]->(p)""", rows);
        return new Counts(count, workers.size(), 0, 0, 0, 0, 0, 0, 0, 0);
    }

    Counts dictionary(DictionarySeed dictionary) {
        writer.write("""
                UNWIND $rows AS row
                MERGE (d:Department {code: row.code})
                SET d.name = row.name""", rows(dictionary.departments(), r -> row("code", r.get("code"), "name", r.get("name"))));
        writer.write("""
                UNWIND $rows AS row
                MERGE (c:ServiceCategory {code: row.code})
                SET c.name = row.name
                WITH c, row WHERE row.parentCode IS NOT NULL
                MATCH (p:ServiceCategory {code: row.parentCode})
                MERGE (c)-[:SUBCATEGORY_OF]->(p)""", rows(dictionary.categories(), r -> row("code", r.get("code"),
                "name", r.get("name"), "parentCode", DictionarySeed.parentCategory(r.get("code")))));
        int count = writer.write("""
                UNWIND $rows AS row
                MERGE (l:Label {code: row.code})
                SET l.name = row.name, l.category = row.category, l.scope = row.scope
                WITH l, row
                OPTIONAL MATCH (r:Region {code: row.regionCode})
                OPTIONAL MATCH (p:Label {code: row.parentCode})
                FOREACH (region IN CASE WHEN r IS NULL THEN [] ELSE [r] END | MERGE (l)-[:DEFINED_IN]->(region))
                FOREACH (parent IN CASE WHEN p IS NULL THEN [] ELSE [p] END | MERGE (l)-[:REFINES]->(parent))""",
                rows(dictionary.labels(), r -> row("code", r.get("code"), "name", r.get("name"),
                        "category", r.get("category"), "scope", DictionarySeed.scope(r.get("regionCode")),
                        "regionCode", r.get("regionCode"), "parentCode", r.get("parentCode"))));
        return new Counts(0, 0, count, 0, 0, 0, 0, 0, 0, 0);
    }

    Counts providers(List<ProviderData> providers) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int services = 0;
        for (ProviderData p : providers) {
            List<Map<String, Object>> offers = new ArrayList<>();
            for (ProviderData.Service s : p.services()) {
                ProviderData.Terms t = s.terms();
                offers.add(row("id", s.id(), "name", s.name(), "categoryCode", s.categoryCode(),
                        "placesTotal", t.placesTotal(), "placesTaken", t.placesTaken(), "feeYuan", (double) t.feeYuan(),
                        "feePer", t.feePer(), "labelsAnyOf", t.labelsAnyOf(), "minAge", t.minAge(), "maxAge", t.maxAge(),
                        "disabilityRequired", t.disabilityRequired(), "areaCode", t.areaCode(), "registeredOnly", t.registeredOnly()));
            }
            services += offers.size();
            rows.add(row("id", p.id(), "type", p.type(), "name", p.name(), "address", p.address(),
                    "location", point(p.location()), "regionCode", p.regionCode(), "contact", p.contact(),
                    "capacity", p.capacity(), "openingHours", p.openingHours(), "services", offers,
                    "pinyin", PinyinKeys.ofText(p.name()).properties()));
        }
        int count = writer.write("""
                UNWIND $rows AS row
                MATCH (r:Region {code: row.regionCode})
                MERGE (p:Provider {id: row.id})
                SET p += {type: row.type, name: row.name, address: row.address, location: row.location,
                          regionCode: row.regionCode, contact: row.contact, capacity: row.capacity,
                          openingHours: row.openingHours}, p += row.pinyin
                MERGE (p)-[:IN]->(r)
                WITH p, row
                UNWIND row.services AS offer
                MATCH (c:ServiceCategory {code: offer.categoryCode})
                MERGE (s:Service {id: offer.id})
                SET s += offer
                MERGE (p)-[:OFFERS]->(s)
                MERGE (s)-[:OF_CATEGORY]->(c)""", rows);
        return new Counts(0, 0, 0, count, services, 0, 0, 0, 0, 0);
    }

    Counts households(List<HouseholdData> households) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> persons = new ArrayList<>();
        List<Map<String, Object>> kin = new ArrayList<>();
        List<Map<String, Object>> householdLabels = new ArrayList<>();
        List<Map<String, Object>> personLabels = new ArrayList<>();
        List<Map<String, Object>> needs = new ArrayList<>();
        for (HouseholdData h : households) {
            rows.add(row("id", h.id(), "address", h.address(), "location", point(h.location()), "residence", h.residence(),
                    "gridCode", h.gridCode(), "communityCode", h.communityCode()));
            for (HouseholdData.Member m : h.members()) {
                persons.add(row("householdId", h.id(), "id", m.id(), "name", m.name(), "gender", m.gender(),
                        "birthDate", m.birthDate(), "idNumber", m.idNumber(), "phone", m.phone(),
                        "disabilityType", m.disabilityType(), "disabilityGrade", m.disabilityGrade(), "health", m.health(),
                        "employment", m.employment(), "monthlyIncome", m.monthlyIncome(), "gridCode", h.gridCode(),
                        "role", m.role(), "since", m.since(), "pinyin", PinyinKeys.ofName(m.name()).properties()));
                for (HouseholdData.Assignment a : m.labels()) {
                    personLabels.add(assignment(m.id(), a));
                }
            }
            for (HouseholdData.Kin k : h.kin()) {
                kin.add(row("from", k.from(), "to", k.to(), "relation", k.relation()));
            }
            for (HouseholdData.Assignment a : h.labels()) {
                householdLabels.add(assignment(h.id(), a));
            }
            for (HouseholdData.NeedData n : h.needs()) {
                needs.add(row("householdId", h.id(), "id", n.id(), "categoryCode", n.categoryCode(),
                        "description", n.description(), "urgency", n.urgency(), "status", n.status(),
                        "created", n.created(), "closedAt", n.closedAt(), "gridCode", h.gridCode(), "personId", n.concerns(),
                        "pinyin", PinyinKeys.ofText(n.description()).properties()));
            }
        }
        int count = writer.write("""
                UNWIND $rows AS row
                MATCH (g:Region {code: row.gridCode})
                MERGE (h:Household {id: row.id})
                SET h += {address: row.address, location: row.location, residence: row.residence,
                          gridCode: row.gridCode, communityCode: row.communityCode}
                MERGE (h)-[:IN]->(g)""", rows);
        int personCount = writer.write("""
                UNWIND $rows AS row
                MATCH (h:Household {id: row.householdId})
                MERGE (p:Person {id: row.id})
                SET p += {name: row.name, gender: row.gender, birthDate: row.birthDate, idNumber: row.idNumber,
                          phone: row.phone, disabilityType: row.disabilityType, disabilityGrade: row.disabilityGrade,
                          health: row.health, employment: row.employment, monthlyIncome: row.monthlyIncome,
                          gridCode: row.gridCode}, p += row.pinyin
                MERGE (p)-[:MEMBER_OF {role: row.role, since: row.since}]->(h)""", persons);
        int kinCount = writer.write("""
                UNWIND $rows AS row
                MATCH (a:Person {id: row.from})
                MATCH (b:Person {id: row.to})
                MERGE (a)-[:KIN {relation: row.relation}]->(b)""", kin);
        int labelCount = writer.write("""
                UNWIND $rows AS row
                MATCH (x:Household {id: row.id})
                MATCH (l:Label {code: row.code})
                MERGE (x)-[a:HAS_LABEL {since: row.since, source: row.source}]->(l)
                SET a.until = row.until""", householdLabels)
                + writer.write("""
                UNWIND $rows AS row
                MATCH (x:Person {id: row.id})
                MATCH (l:Label {code: row.code})
                MERGE (x)-[a:HAS_LABEL {since: row.since, source: row.source}]->(l)
                SET a.until = row.until""", personLabels);
        int needCount = writer.write("""
                UNWIND $rows AS row
                MATCH (h:Household {id: row.householdId})
                MATCH (c:ServiceCategory {code: row.categoryCode})
                MERGE (n:Need {id: row.id})
                SET n += {categoryCode: row.categoryCode, description: row.description, urgency: row.urgency,
                          urgencyRank: CASE row.urgency WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END,
                          status: row.status, created: row.created, gridCode: row.gridCode}, n += row.pinyin
                SET n.closedAt = row.closedAt, n.closeReason = CASE WHEN row.closedAt IS NULL THEN null ELSE '服务已完成' END
                MERGE (h)-[:HAS_NEED]->(n)
                MERGE (n)-[:OF_CATEGORY]->(c)
                WITH n, row WHERE row.personId IS NOT NULL
                MATCH (p:Person {id: row.personId})
                MERGE (n)-[:CONCERNS]->(p)""", needs);
        return new Counts(0, 0, 0, 0, 0, count, personCount, kinCount, labelCount, needCount);
    }

    private static Map<String, Object> assignment(String id, HouseholdData.Assignment a) {
        return row("id", id, "code", a.code(), "since", a.since(), "until", a.until(), "source", a.source());
    }

    private static Value point(LatLon p) {
        return p == null ? null : Values.point(4326, p.longitude(), p.latitude());
    }

    private static List<Map<String, Object>> rows(List<Map<String, String>> source,
                                                  Function<Map<String, String>, Map<String, Object>> f) {
        return source.stream().map(f).toList();
    }

    /** A row from alternating keys and values; values may be null (unlike {@link Map#of}). */
    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new HashMap<>(keysAndValues.length);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
