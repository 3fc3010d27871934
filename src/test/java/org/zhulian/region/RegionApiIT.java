package org.zhulian.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class RegionApiIT {

    @Autowired
    GraphQlHttp graphQl;

    @Test
    void aDistrictShowsItsStreetsWithCountsThatAddUp() {
        JsonNode haishu = graphQl.post(GraphQlHttp.document("region"), Map.of("code", "330203")).ok().path("region");

        assertThat(haishu.path("code").asString()).isEqualTo("330203000000");
        assertThat(haishu.path("name").asString()).isEqualTo("海曙区");
        assertThat(haishu.path("level").asString()).isEqualTo("DISTRICT");
        assertThat(haishu.path("parent").path("name").asString()).isEqualTo("宁波市");
        assertThat(names(haishu.path("path"))).containsExactly("浙江省", "宁波市", "海曙区");
        assertThat(haishu.path("householdCount").asInt()).isGreaterThanOrEqualTo(2000);
        assertThat(haishu.path("personCount").asInt()).isGreaterThanOrEqualTo(5000);

        JsonNode streets = haishu.path("children");
        assertThat(names(streets)).contains("石碶街道", "南门街道").hasSize(17);
        int sum = StreamSupport.stream(streets.spliterator(), false).mapToInt(s -> s.path("householdCount").asInt()).sum();
        assertThat(sum).isEqualTo(haishu.path("householdCount").asInt());
    }

    @Test
    void theTopOfTheTreeIsTheProvinces() {
        JsonNode roots = graphQl.post("{ regions { code name level } }").ok().path("regions");

        assertThat(names(roots)).containsExactlyInAnyOrder("上海市", "浙江省", "安徽省", "河南省");
    }

    @Test
    void gridsHangUnderTheirCommunity() {
        JsonNode grids = graphQl.post("query($p: ID) { regions(parentCode: $p) { code level } }",
                Map.of("p", "330203009005")).ok().path("regions");

        assertThat(grids).isNotEmpty();
        grids.forEach(grid -> {
            assertThat(grid.path("level").asString()).isEqualTo("GRID");
            assertThat(grid.path("code").asString()).hasSize(15).startsWith("330203009005");
        });
    }

    @Test
    void anUnknownRegionIsNullAndAMalformedCodeIsBadInput() {
        assertThat(graphQl.post("{ region(code: \"330203999000\") { name } }").ok().path("region").isNull()).isTrue();
        assertThat(graphQl.post("{ region(code: \"haishu\") { name } }").errorCode()).isEqualTo("BAD_USER_INPUT");
    }

    static List<String> names(JsonNode regions) {
        return StreamSupport.stream(regions.spliterator(), false).map(r -> r.path("name").asString()).toList();
    }
}
