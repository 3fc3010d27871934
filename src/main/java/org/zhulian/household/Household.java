package org.zhulian.household;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.neo4j.driver.Value;
import org.zhulian.label.LabelAssignment;
import org.zhulian.need.Need;
import org.zhulian.region.Region;
import org.zhulian.region.RegionLevel;
import org.zhulian.system.GeoPoint;
import org.zhulian.security.PersonalRecord;

/**
 * A household with its whole archive (一户一档), read in one statement: members with their labels,
 * the household's own labels, its needs and its region path. An archive is small (a few members,
 * a few labels), so loading it whole is cheaper than a round trip per part.
 */
public record Household(String id, String address, GeoPoint location, String residence, String gridCode,
                        List<Person> members, List<LabelAssignment> labels, List<Need> needs, List<Region> regionPath) implements PersonalRecord {

    /** Cypher map projection of household {@code h}, read by {@link #of(Value)}. */
    static final String PROJECTION = """
            h {.id, .address, .location, .residence, .gridCode,
               members: [(h)<-[m:MEMBER_OF]-(p:Person) | %s],
               labels: %s,
               needs: %s,
               regionPath: [(h)-[:IN]->(:Region)-[:IN*0..5]->(r:Region) | %s]}"""
            .formatted(Person.PROJECTION, LabelAssignment.LIST_PROJECTION.formatted("h"),
                    Need.LIST_PROJECTION.formatted("h"), Region.PROJECTION);

    static Household of(Value map) {
        return new Household(map.get("id").asString(), map.get("address").asString(), GeoPoint.of(map.get("location")),
                map.get("residence").asString(), map.get("gridCode").asString(),
                map.get("members").asList(Person::of).stream().sorted(Person.HOUSEHOLD_ORDER).toList(),
                LabelAssignment.listOf(map.get("labels")),
                Need.listOf(map.get("needs")),
                map.get("regionPath").asList(Region::of).stream()
                        .sorted(Comparator.comparing(Region::level)).toList());
    }

    /** Sum of the members' monthly incomes, in yuan. */
    public double monthlyIncome() {
        return members.stream().map(Person::monthlyIncome).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
    }

    /** Identifies the record without its address and members, for whatever logs it. */
    @Override
    public String toString() {
        return "Household[" + id + "]";
    }

    Region regionAt(RegionLevel level) {
        return regionPath.stream().filter(r -> r.level() == level).findFirst().orElse(null);
    }
}
