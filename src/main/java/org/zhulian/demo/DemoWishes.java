package org.zhulian.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The demo's donors ({@code charity-demo}, {@code charity-a}, {@code charity-b}, {@code charity-c})
 * and its published micro-wishes: one for each open material need of a generated Haishu household,
 * with the head's consent on record and a second caseworker's review, as the wish feature writes
 * them. The ids follow from the needs', so a reload writes the same wishes again.
 */
final class DemoWishes {

    /** At most this many wishes: a board to browse, not a flood. */
    static final int MAX_WISHES = 80;

    private record Item(String keyword, String category, String item, int valueYuan, String story) {
    }

    /** The generated material needs (see NeedTexts) and the wish a caseworker would make of each. */
    private static final List<Item> ITEMS = List.of(
            new Item("被褥", "BEDDING", "冬季棉被和棉衣各一", 300, "家里的被子用了十几年，已经不保暖了，冬天夜里常被冻醒，希望有一床厚实的新棉被和一件棉衣。"),
            new Item("电饭煲", "APPLIANCE", "电饭煲一台", 200, "家中的电饭煲坏了，老人只能用旧锅煮饭，常常煮糊，希望有一台简单好用的电饭煲。"),
            new Item("米、油", "FOOD", "大米10公斤、食用油5升", 150, "家庭收入微薄，月底常常买不起米和油，希望得到一些基本的生活物资。"),
            new Item("书包", "SCHOOL_SUPPLIES", "书包和文具一套", 150, "孩子马上开学，旧书包已经破了，希望有一个新书包和一套文具，让孩子开开心心去上学。"));

    private static final List<Map<String, Object>> DONORS = List.of(
            Map.of("id", "dnr-00000000-0000-4000-8004-000000000001", "account", "charity-demo", "displayName", "助联演示爱心会",
                    "focus", List.of()),
            Map.of("id", "dnr-00000000-0000-4000-8004-000000000002", "account", "charity-a", "displayName", "海曙区慈善总会",
                    "focus", List.of("APPLIANCE", "HEATING_COOLING", "BEDDING", "FURNITURE"), "areaRegionCodes", List.of("330203000000"),
                    "areaPrefixes", List.of("330203"), "originRegion", "330203000000", "minValueYuan", 50, "maxValueYuan", 3000,
                    "monthlyCapacity", 20),
            Map.of("id", "dnr-00000000-0000-4000-8004-000000000003", "account", "charity-b", "displayName", "石碶爱心超市",
                    "focus", List.of("FOOD", "DAILY_GOODS", "CLOTHING", "BEDDING"), "circleRegion", "330203009000",
                    "areaRadiusMeters", 5000, "maxValueYuan", 500, "monthlyCapacity", 10),
            Map.of("id", "dnr-00000000-0000-4000-8004-000000000004", "account", "charity-c", "displayName", "长宁助学公益社",
                    "focus", List.of("SCHOOL_SUPPLIES", "BOOKS_TOYS", "BEDDING", "CLOTHING"), "areaRegionCodes", List.of("310105000000"),
                    "areaPrefixes", List.of("310105"), "originRegion", "310105000000", "maxValueYuan", 1000, "monthlyCapacity", 5));

    private final Driver driver;

    DemoWishes(Driver driver) {
        this.driver = driver;
    }

    /** Writes the donors and the wishes; returns the number of wishes. */
    int write(String district, LocalDate today) {
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("""
                    UNWIND $donors AS row
                    OPTIONAL MATCH (origin:Region {code: row.originRegion})
                    OPTIONAL MATCH (circle:Region {code: row.circleRegion})
                    MERGE (d:Donor {id: row.id})
                    SET d += {account: row.account, kind: 'ORGANISATION', displayName: row.displayName, focus: row.focus,
                              areaRegionCodes: row.areaRegionCodes, areaPrefixes: row.areaPrefixes, areaCentre: circle.centre,
                              areaRadiusMeters: row.areaRadiusMeters, origin: coalesce(circle.centre, origin.centre),
                              minValueYuan: row.minValueYuan, maxValueYuan: row.maxValueYuan, monthlyCapacity: row.monthlyCapacity,
                              created: $now}""", Map.of("donors", DONORS, "now", now(today))).consume());
            List<Map<String, Object>> needs = session.executeRead(tx -> tx.run("""
                    MATCH (h:Household)-[:HAS_NEED]->(n:Need {categoryCode: 'MATERIAL.GOODS', status: 'OPEN'})
                    WHERE h.gridCode STARTS WITH $district AND NOT h.id STARTS WITH '00000000-0000-4000-8000-'
                    MATCH (head:Person)-[:MEMBER_OF {role: 'HEAD'}]->(h)
                    RETURN n.id AS need, n.description AS description, h.id AS household, head.id AS head
                    ORDER BY n.id LIMIT $max""", Map.of("district", district, "max", MAX_WISHES)).list(r -> r.asMap()));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> need : needs) {
                Item item = ITEMS.stream().filter(i -> ((String) need.get("description")).contains(i.keyword())).findFirst().orElse(null);
                if (item == null) {
                    continue;
                }
                String needId = (String) need.get("need");
                int days = 21 + Math.floorMod(needId.hashCode(), 40);
                rows.add(Map.of("id", UUID.nameUUIDFromBytes(("wish:" + needId).getBytes(StandardCharsets.UTF_8)).toString(),
                        "need", needId, "household", need.get("household"), "head", need.get("head"), "item", item.item(),
                        "category", item.category(), "valueYuan", item.valueYuan(), "story", item.story(),
                        "deadline", today.plusDays(days)));
            }
            session.executeWriteWithoutResult(tx -> tx.run("""
                    UNWIND $rows AS row
                    MATCH (h:Household {id: row.household})-[:HAS_NEED]->(n:Need {id: row.need})
                    OPTIONAL MATCH (community:Region {code: substring(h.gridCode, 0, 12)})
                    MERGE (w:Wish {id: row.id})
                    ON CREATE SET w:LiveWish, w += {needId: n.id, status: 'PUBLISHED', item: row.item, category: row.category, quantity: 1,
                              valueYuan: row.valueYuan, story: row.story, deadline: row.deadline, created: $drafted, updated: $now,
                              publishedAt: $now, draftedBy: 'caseworker-haishu', reviewedBy: 'admin', gridCode: h.gridCode,
                              communityCentre: community.centre, consentPersonId: row.head, consentMethod: 'IN_PERSON',
                              consentAt: $drafted, consentRecordedBy: 'caseworker-haishu'}
                    MERGE (h)-[:HAS_WISH]->(w)
                    MERGE (w)-[:FOR]->(n)
                    MERGE (w)-[:STEP]->(drafted:WishStep {seq: 1})
                    ON CREATE SET drafted += {event: 'DRAFTED', status: 'DRAFT', at: $drafted, actor: 'caseworker-haishu'}
                    MERGE (w)-[:STEP]->(published:WishStep {seq: 2})
                    ON CREATE SET published += {event: 'PUBLISHED', status: 'PUBLISHED', at: $now, actor: 'admin'}""",
                    Map.of("rows", rows, "now", now(today), "drafted", now(today.minusDays(2)))).consume());
            return rows.size();
        }
    }

    private static OffsetDateTime now(LocalDate day) {
        return day.atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
    }
}
