package org.zhulian.household;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

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
 * a few labels), so loading it whole is cheaper than a round trip per part. A request that selects
 * fewer parts reads only those ({@link ArchiveParts}); the others are empty.
 */
public record Household(String id, String address, GeoPoint location, String residence, String gridCode,
                        List<Person> members, List<LabelAssignment> labels, List<Need> needs, List<Region> regionPath) implements PersonalRecord {

    /**
     * Cypher map projection of household {@code h} with these parts of its archive, read by
     * {@link #of(Value)}; the others read as empty.
     */
    static String projection(ArchiveParts parts) {
        StringBuilder projection = new StringBuilder("h {.id, .address, .location, .residence, .gridCode");
        if (parts.members()) {
            projection.append(",\n   members: [(h)<-[m:MEMBER_OF]-(p:Person) | ").append(Person.PROJECTION).append(']');
        }
        if (parts.labels()) {
            projection.append(",\n   labels: ").append(LabelAssignment.LIST_PROJECTION.formatted("h"));
        }
        if (parts.needs()) {
            projection.append(",\n   needs: ").append(Need.LIST_PROJECTION.formatted("h"));
        }
        if (parts.regions()) {
            projection.append(",\n   regionPath: [(h)-[:IN]->(:Region)-[:IN*0..5]->(r:Region) | ").append(Region.PROJECTION).append(']');
        }
        return projection.append('}').toString();
    }

    static Household of(Value map) {
        return new Household(map.get("id").asString(), map.get("address").asString(), GeoPoint.of(map.get("location")),
                map.get("residence").asString(), map.get("gridCode").asString(),
                listOf(map, "members", members -> members.asList(Person::of).stream().sorted(Person.HOUSEHOLD_ORDER).toList()),
                listOf(map, "labels", LabelAssignment::listOf),
                listOf(map, "needs", Need::listOf),
                listOf(map, "regionPath", path -> path.asList(Region::of).stream().sorted(Comparator.comparing(Region::level)).toList()));
    }

    private static <T> List<T> listOf(Value map, String part, Function<Value, List<T>> read) {
        return map.containsKey(part) ? read.apply(map.get(part)) : List.of();
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
