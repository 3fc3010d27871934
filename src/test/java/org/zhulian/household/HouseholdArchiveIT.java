package org.zhulian.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhulian.support.Stories.WANG_HONG_HOUSEHOLD;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class HouseholdArchiveIT {

    /** 王宏's household in 石碶社区, Haishu: a story household of the demo data. */

    @Autowired
    GraphQlHttp graphQl;

    @Test
    void theArchiveShowsMembersLabelsNeedsAndThePlaceOfTheHousehold() {
        JsonNode household = graphQl.post(GraphQlHttp.document("householdArchive"), Map.of("id", WANG_HONG_HOUSEHOLD))
                .ok().path("household");

        assertThat(names(household.path("regionPath"))).containsSubsequence("浙江省", "宁波市", "海曙区", "石碶街道", "石碶社区居委会");
        assertThat(household.path("grid").path("level").asString()).isEqualTo("GRID");
        assertThat(household.path("community").path("name").asString()).isEqualTo("石碶社区居委会");
        assertThat(household.path("location").path("latitude").asDouble()).isBetween(29.6, 30.0);

        JsonNode members = household.path("members");
        assertThat(members).hasSize(4);
        JsonNode head = members.get(0);
        assertThat(head.path("name").asString()).isEqualTo("王宏");
        assertThat(head.path("role").asString()).isEqualTo("HEAD");
        assertThat(head.path("disability").path("grade").asInt()).isEqualTo(1);
        assertThat(labelCodes(head.path("labels"))).contains("SEVERE_DISABILITY");
        assertThat(StreamSupport.stream(head.path("labels").spliterator(), false)
                .filter(l -> l.path("label").path("code").asString().equals("SEVERE_DISABILITY"))
                .map(l -> l.path("source").path("code").asString())).containsOnly("DISABLED_FEDERATION");

        assertThat(labelCodes(household.path("labels"))).contains("DIBAO");
        assertThat(StreamSupport.stream(household.path("needs").spliterator(), false)
                .map(n -> n.path("category").path("code").asString()))
                .contains("DAILY_LIFE.REHABILITATION", "DAILY_LIFE.BARRIER_FREE");
    }

    @Test
    void identifiersAreMaskedInTheArchive() {
        JsonNode members = graphQl.post(GraphQlHttp.document("householdArchive"), Map.of("id", WANG_HONG_HOUSEHOLD))
                .ok().path("household").path("members");

        for (JsonNode member : members) {
            assertThat(member.path("idNumber").asString()).matches("\\d{6}\\*{12}");
            if (!member.path("phone").isNull()) {
                assertThat(member.path("phone").asString()).matches("\\*{7}\\d{4}");
            }
        }
    }

    @Test
    void anUnknownHouseholdIsNullWithoutError() {
        var response = graphQl.post(GraphQlHttp.document("householdArchive"), Map.of("id", "00000000-0000-4000-8fff-000000000001"));

        assertThat(response.ok().path("household").isNull()).isTrue();
    }

    @Test
    void aPersonComesWithHouseholdRoleAndKin() {
        String wangHongId = graphQl.post(GraphQlHttp.document("householdArchive"), Map.of("id", WANG_HONG_HOUSEHOLD))
                .ok().path("household").path("members").get(0).path("id").asString();

        JsonNode person = graphQl.post(GraphQlHttp.document("person"), Map.of("id", wangHongId)).ok().path("person");

        assertThat(person.path("name").asString()).isEqualTo("王宏");
        assertThat(person.path("household").path("members")).hasSize(4);
        List<String> relations = StreamSupport.stream(person.path("kin").spliterator(), false)
                .map(k -> k.path("relation").asString()).toList();
        assertThat(relations).contains("SPOUSE", "CHILD");
    }

    static List<String> names(JsonNode regions) {
        return StreamSupport.stream(regions.spliterator(), false).map(r -> r.path("name").asString()).toList();
    }

    static List<String> labelCodes(JsonNode assignments) {
        return StreamSupport.stream(assignments.spliterator(), false)
                .map(a -> a.path("label").path("code").asString()).toList();
    }
}
