package org.zhulian.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.neo4j.driver.types.Point;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.zhulian.access.Changes.Change;
import org.zhulian.access.Locks;
import org.zhulian.security.Caller;
import org.zhulian.security.Scope;
import org.zhulian.system.Parameters;
import org.zhulian.system.PinyinKeys;
import org.zhulian.system.graphql.ForbiddenException;
import org.zhulian.system.graphql.InvalidInputException;

/**
 * The registry's changes, each the work of one {@link Changes} transaction. Every change first takes
 * the lock of the household it touches, found only inside the caller's jurisdiction, and a change
 * to a person takes the person's household's lock before the person: every
 * change to membership or roles of one household therefore runs one after the other, and the
 * checks that follow (one head, one household per person, one open assignment per label) see what
 * the others committed. Any failure rolls the whole change back.
 */
@Service
class Registry {

    static final String LOCK_HOUSEHOLD = """
            MATCH (h:Household {id: $id}) WHERE %s
            %s
            RETURN h.gridCode AS gridCode""".formatted(Scope.covers("h"), Locks.household("h.id"));

    /**
     * The person's household first, then the person; the membership is read again once both are
     * held, and if it changed in between the change is tried again.
     */
    private static final String LOCK_PERSON = """
            MATCH (p:Person {id: $id}) WHERE %s
            OPTIONAL MATCH (p)-[:MEMBER_OF]->(before:Household)
            CALL (before) { WITH before WHERE before IS NOT NULL %s }
            SET p.revision = coalesce(p.revision, 0) + 1
            WITH p, before OPTIONAL MATCH (p)-[m:MEMBER_OF]->(h:Household)
            RETURN p.idNumber AS idNumber, h.id AS householdId, m.role AS role,
                   coalesce(h.id, '') <> coalesce(before.id, '') AS moved""".formatted(Scope.covers("p"), Locks.household("before.id"));

    /**
     * The person with this ID number, created if new. MERGE on the uniquely constrained ID number
     * takes the lock that keeps two registrations of one person from both creating it.
     */
    private static final String CLAIM_PERSON = """
            MERGE (p:Person {idNumber: $idNumber})
              ON CREATE SET p.id = $newId
            SET p.revision = coalesce(p.revision, 0) + 1
            WITH p OPTIONAL MATCH (p)-[:MEMBER_OF]->(other:Household)
            RETURN p.id AS id, p.gridCode AS gridCode, count(other) > 0 AS member""";

    /** The household or person with id {@code $id} as {@code x}, each found on its own index. */
    private static final String HOLDER = """
            CALL () { MATCH (x:Household {id: $id}) RETURN x UNION MATCH (x:Person {id: $id}) RETURN x }
            """;

    private final Neo4jClient neo4j;
    private final IdentityProbes probes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registry(Neo4jClient neo4j, IdentityProbes probes, ApplicationEventPublisher events, Clock clock) {
        this.neo4j = neo4j;
        this.probes = probes;
        this.events = events;
        this.clock = clock;
    }

    /** A household locked for change: its grid. */
    record LockedHousehold(String id, String gridCode) {
    }

    /** What identifies a person, as typed; all null when unchanged. */
    record Identity(String idNumber, LocalDate birthDate, String gender) {

        boolean given() {
            return idNumber != null || birthDate != null || gender != null;
        }
    }

    /** A person locked for change: the ID number and membership. */
    record LockedPerson(String id, String idNumber, String householdId, MemberRole role) {
    }

    String register(Change change, String gridCode, String address, Point location, String residence, Map<String, Object> head) {
        String householdId = UUID.randomUUID().toString();
        neo4j.query("""
                        MATCH (g:Region {code: $gridCode})
                        CREATE (h:Household {id: $id, address: $address, location: $location, residence: $residence,
                                             gridCode: $gridCode, communityCode: $communityCode})-[:IN]->(g)
                        """ + Locks.household("h.id"))
                .bindAll(Parameters.of("id", householdId, "gridCode", gridCode, "communityCode", communityOf(gridCode),
                        "address", address, "location", location, "residence", residence))
                .run();
        String personId = join(change, householdId, gridCode, MemberRole.HEAD, head, "input.head.idNumber");
        change.touches(householdId, personId);
        return householdId;
    }

    /** Sets the changed properties; a null value removes one. */
    void updateHousehold(Change change, String id, Map<String, Object> changes) {
        household(id, change.caller());
        neo4j.query("MATCH (h:Household {id: $id}) SET h += $changes").bindAll(Parameters.of("id", id, "changes", changes)).run();
    }

    String addMember(Change change, String householdId, MemberRole role, Map<String, Object> person) {
        LockedHousehold household = household(householdId, change.caller());
        requireRoleFits(householdId, role);
        String personId = join(change, householdId, household.gridCode(), role, person, "input.person.idNumber");
        change.touches(personId);
        return personId;
    }

    /**
     * Applies the changes; a new ID number, birth date or gender is checked against the others, as
     * given or as recorded, so the three always agree.
     */
    void updatePerson(Change change, String id, Map<String, Object> changes, Identity identity, MemberRole role,
                      MemberRole formerHeadRole) {
        LockedPerson person = person(id, change.caller());
        change.touches(person.householdId());
        if (identity.given()) {
            IdentityNumber number = IdentityNumber.parse(identity.idNumber() != null ? identity.idNumber() : person.idNumber(),
                    "input.idNumber", today());
            number.requireAgrees(identity.birthDate(), identity.gender(), "input.birthDate", "input.gender");
            if (!number.value().equals(person.idNumber())) {
                probes.requireUnderLimit(change.caller());
                Optional<String> other = neo4j.query("MATCH (other:Person {idNumber: $idNumber}) RETURN coalesce(other.gridCode, '') AS grid")
                        .bind(number.value()).to("idNumber").fetchAs(String.class).one();
                if (other.isPresent() && change.caller().jurisdiction().includes(other.get())) {
                    throw probes.known(change.caller(), number.value(), "input.idNumber",
                            "Another person in your jurisdiction is registered with this ID number");
                }
                if (other.isPresent()) {
                    throw probes.revealing(change.caller(), number.value(), "input.idNumber",
                            "This ID number is registered in another jurisdiction");
                }
            }
            changes.put("idNumber", number.value());
            changes.put("birthDate", number.birthDate());
            changes.put("gender", number.gender());
        }
        if (role != null && role != person.role()) {
            changeRole(person, role, formerHeadRole);
        }
        neo4j.query("MATCH (p:Person {id: $id}) SET p += $changes").bindAll(Parameters.of("id", id, "changes", PinyinKeys.withNameKeys(changes))).run();
        if (changes.containsKey("idNumber") && !changes.get("idNumber").equals(person.idNumber())) {
            events.publishEvent(new PersonIdentified(id, (String) changes.get("idNumber")));
        }
    }

    /**
     * A new role in the household, which always keeps exactly one head: the head's role changes only
     * by handing the headship to another member, who becomes HEAD while the former head takes
     * {@code formerHeadRole}.
     */
    private void changeRole(LockedPerson person, MemberRole role, MemberRole formerHeadRole) {
        if (person.householdId() == null) {
            throw new InvalidInputException("input.role", "The person is not a member of a household");
        }
        if (person.role() == MemberRole.HEAD) {
            throw new InvalidInputException("input.role", "A household keeps one head: make another member HEAD to hand the headship over");
        }
        if (role == MemberRole.HEAD) {
            if (formerHeadRole == null || formerHeadRole == MemberRole.HEAD) {
                throw new InvalidInputException("input.formerHeadRole", "Say which role the current head takes when the headship is handed over");
            }
            neo4j.query("MATCH (:Household {id: $id})<-[m:MEMBER_OF {role: 'HEAD'}]-(:Person) SET m.role = $role")
                    .bindAll(Parameters.of("id", person.householdId(), "role", formerHeadRole.name())).run();
        }
        neo4j.query("MATCH (:Person {id: $id})-[m:MEMBER_OF]->(:Household) SET m.role = $role")
                .bindAll(Parameters.of("id", person.id(), "role", role.name())).run();
    }

    /** Ends the membership, kept as a {@code FORMER_MEMBER_OF} with the reason; returns the household. */
    String removeMember(Change change, String personId, String reason) {
        LockedPerson person = person(personId, change.caller());
        if (person.householdId() == null) {
            throw new InvalidInputException("input.personId", "The person is not a member of a household");
        }
        change.touches(person.householdId());
        if (person.role() == MemberRole.HEAD && othersThanTheHead(person.householdId())) {
            throw new InvalidInputException("input.personId", "Make another member head of the household first");
        }
        neo4j.query("""
                        MATCH (p:Person {id: $id})-[m:MEMBER_OF]->(h:Household)
                        CREATE (p)-[:FORMER_MEMBER_OF {role: m.role, since: m.since, until: $today, reason: $reason}]->(h)
                        DELETE m""")
                .bindAll(Parameters.of("id", personId, "today", today(), "reason", reason)).run();
        return person.householdId();
    }

    /**
     * Moves the household and everything that lies where it lies. By the convention of scoped nodes
     * (see {@link Scope}), that is every node linked to the household that carries its grid code,
     * except through history ({@code FORMER_…}): members, needs, referrals and wishes today, whatever comes tomorrow.
     * A wish (wish package), which shows the place by its community's centre only, gets the new community's.
     * Labels of the household and its members that the new place does not use end yesterday: they do not apply in the new place.
     */
    void move(Change change, String id, String gridCode, String address, Point location) {
        household(id, change.caller());
        neo4j.query("""
                        MATCH (h:Household {id: $id})
                        WITH h, h.gridCode AS old
                        CALL (h, old) {
                          MATCH (h)-[r]-(x) WHERE x.gridCode = old AND NOT type(r) STARTS WITH 'FORMER_'
                          OPTIONAL MATCH (community:Region {code: $communityCode})
                          SET x.gridCode = $gridCode
                          FOREACH (_ IN CASE WHEN x:Wish THEN [1] ELSE [] END | SET x.communityCentre = community.centre)
                        }
                        CALL (h) {
                          MATCH (h)<-[:MEMBER_OF*0..1]-(holder)-[a:HAS_LABEL]->(l:Label)
                          WHERE (a.until IS NULL OR a.until >= $today) AND NOT $gridCode STARTS WITH l.scope
                          SET a.until = CASE WHEN a.since > $today - duration('P1D') THEN a.since ELSE $today - duration('P1D') END
                        }
                        CALL (h) { MATCH (h)-[old:IN]->(:Region) DELETE old }
                        MATCH (g:Region {code: $gridCode})
                        CREATE (h)-[:IN]->(g)
                        SET h.gridCode = $gridCode, h.communityCode = $communityCode, h.address = $address, h.location = $location""")
                .bindAll(Parameters.of("id", id, "gridCode", gridCode, "communityCode", communityOf(gridCode),
                        "address", address, "location", location, "today", today()))
                .run();
    }

    /**
     * Gives the holder a label; returns the household to show. The label must be usable in the
     * holder's region and not already open on it.
     */
    String assignLabel(Change change, String labelCode, String holderId, LocalDate since, String sourceCode) {
        Holder holder = holder(holderId, change.caller());
        change.touches(holder.householdId());
        Map<String, Object> label = neo4j.query("MATCH (l:Label {code: $code}) RETURN l.scope AS scope")
                .bind(labelCode).to("code").fetch().one()
                .orElseThrow(() -> new InvalidInputException("input.labelCode", "Unknown label code"));
        if (!holder.gridCode().startsWith((String) label.get("scope"))) {
            throw new InvalidInputException("input.labelCode", "This label is not usable in the holder's region");
        }
        if (sourceCode != null && neo4j.query("MATCH (d:Department {code: $code}) RETURN count(d)")
                .bind(sourceCode).to("code").fetchAs(Long.class).one().orElse(0L) == 0) {
            throw new InvalidInputException("input.sourceCode", "Unknown department code");
        }
        if (neo4j.query(HOLDER + """
                        MATCH (x)-[a:HAS_LABEL]->(:Label {code: $code})
                        WHERE a.until IS NULL OR a.until >= $since
                        RETURN count(a)""")
                .bindAll(Parameters.of("id", holderId, "code", labelCode, "since", since))
                .fetchAs(Long.class).one().orElse(0L) > 0) {
            throw new InvalidInputException("input.labelCode", "The holder already carries this label");
        }
        neo4j.query(HOLDER + """
                        MATCH (l:Label {code: $code})
                        CREATE (x)-[:HAS_LABEL {since: $since, source: $source}]->(l)""")
                .bindAll(Parameters.of("id", holderId, "code", labelCode, "since", since, "source", sourceCode)).run();
        return holder.householdId();
    }

    /** Sets {@code until} on the open assignment; the assignment stays as history. Returns the household. */
    String endLabel(Change change, String labelCode, String holderId, LocalDate until) {
        Holder holder = holder(holderId, change.caller());
        change.touches(holder.householdId());
        LocalDate since = (LocalDate) neo4j.query(HOLDER + """
                        MATCH (x)-[a:HAS_LABEL]->(:Label {code: $code}) WHERE a.until IS NULL
                        RETURN a.since AS since""")
                .bindAll(Parameters.of("id", holderId, "code", labelCode))
                .fetch().first()
                .orElseThrow(() -> new InvalidInputException("input.labelCode", "The holder carries no open assignment of this label"))
                .get("since");
        if (since != null && until.isBefore(since)) {
            throw new InvalidInputException("input.until", "until must not be before the label's since");
        }
        neo4j.query(HOLDER + """
                        MATCH (x)-[a:HAS_LABEL]->(:Label {code: $code}) WHERE a.until IS NULL
                        SET a.until = $until""")
                .bindAll(Parameters.of("id", holderId, "code", labelCode, "until", until)).run();
        return holder.householdId();
    }

    /** A household or person that carries labels, locked: its grid and the household to show. */
    private record Holder(String gridCode, String householdId) {
    }

    private Holder holder(String id, Caller caller) {
        Optional<LockedHousehold> household = lockHousehold(id, caller);
        if (household.isPresent()) {
            return new Holder(household.get().gridCode(), id);
        }
        LockedPerson person = lockPerson(id, caller).orElseThrow(() -> ForbiddenException.notVisible("household or person"));
        if (person.householdId() == null) {
            throw new InvalidInputException("input.holderId", "Labels go on persons who are members of a household");
        }
        return new Holder(household(person.householdId(), caller).gridCode(), person.householdId());
    }

    /**
     * Adds the person to the household: someone new, or someone registered in the caller's
     * jurisdiction who is in no household now. Someone registered elsewhere comes only by transfer,
     * and the answer that says so is counted and on record (see {@link IdentityProbes}).
     */
    private String join(Change change, String householdId, String gridCode, MemberRole role, Map<String, Object> person, String idField) {
        probes.requireUnderLimit(change.caller());
        String newId = UUID.randomUUID().toString();
        Map<String, Object> claimed = neo4j.query(CLAIM_PERSON)
                .bindAll(Parameters.of("idNumber", person.get("idNumber"), "newId", newId))
                .fetch().one().orElseThrow();
        boolean known = !newId.equals(claimed.get("id"));
        if (known && !change.caller().jurisdiction().includes((String) claimed.get("gridCode"))) {
            throw probes.revealing(change.caller(), (String) person.get("idNumber"), idField,
                    "This person is registered in another jurisdiction: ask for a transfer (requestTransfer)");
        }
        if ((Boolean) claimed.get("member")) {
            throw probes.known(change.caller(), (String) person.get("idNumber"), idField,
                    "This person is already a member of a household; remove them there first");
        }
        String personId = (String) claimed.get("id");
        neo4j.query("""
                        MATCH (h:Household {id: $householdId})
                        MATCH (p:Person {id: $id})
                        SET p += $properties, p.gridCode = $gridCode
                        CREATE (p)-[:MEMBER_OF {role: $role, since: $today}]->(h)""")
                .bindAll(Parameters.of("id", personId, "householdId", householdId, "properties", PinyinKeys.withNameKeys(person), "gridCode", gridCode,
                        "role", role.name(), "today", today()))
                .run();
        if (!known) {
            events.publishEvent(new PersonIdentified(personId, (String) person.get("idNumber")));
        }
        return personId;
    }

    /**
     * Whether a household (locked by the caller) can take a new member in this role: a HEAD only
     * when it has none, anyone else only when it has one, so that a household with members always
     * has exactly one head.
     */
    void requireRoleFits(String householdId, MemberRole role) {
        boolean headed = neo4j.query("MATCH (:Household {id: $id})<-[:MEMBER_OF {role: 'HEAD'}]-(p:Person) RETURN count(p) > 0")
                .bind(householdId).to("id").fetchAs(Boolean.class).one().orElse(false);
        if (role == MemberRole.HEAD && headed) {
            throw new InvalidInputException("input.role", "The household already has a head");
        }
        if (role != MemberRole.HEAD && !headed) {
            throw new InvalidInputException("input.role", "The household has no members: its first member is its head");
        }
    }

    /** Whether the household has members besides its head, who must then hand the headship over before leaving. */
    boolean othersThanTheHead(String householdId) {
        return neo4j.query("MATCH (:Household {id: $id})<-[:MEMBER_OF]-(p:Person) RETURN count(p) > 1")
                .bind(householdId).to("id").fetchAs(Boolean.class).one().orElse(false);
    }

    private LockedHousehold household(String id, Caller caller) {
        return lockHousehold(id, caller).orElseThrow(() -> ForbiddenException.notVisible("household"));
    }

    private Optional<LockedHousehold> lockHousehold(String id, Caller caller) {
        return neo4j.query(LOCK_HOUSEHOLD).bind(id).to("id").bindAll(caller.jurisdiction().parameters())
                .fetchAs(String.class).one().map(gridCode -> new LockedHousehold(id, gridCode));
    }

    private LockedPerson person(String id, Caller caller) {
        return lockPerson(id, caller).orElseThrow(() -> ForbiddenException.notVisible("person"));
    }

    private Optional<LockedPerson> lockPerson(String id, Caller caller) {
        return neo4j.query(LOCK_PERSON).bind(id).to("id").bindAll(caller.jurisdiction().parameters())
                .fetchAs(LockedPerson.class)
                .mappedBy((types, row) -> {
                    if (row.get("moved").asBoolean()) {
                        throw new ConcurrentChange();
                    }
                    return new LockedPerson(id, row.get("idNumber").asString(null), row.get("householdId").asString(null),
                            row.get("role").isNull() ? null : MemberRole.valueOf(row.get("role").asString()));
                })
                .one();
    }

    /** The person changed households between the look-up and the lock: worth trying again. */
    static final class ConcurrentChange extends TransientDataAccessResourceException {

        ConcurrentChange() {
            super("The person changed households meanwhile");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String communityOf(String gridCode) {
        return gridCode.substring(0, 12);
    }
}
