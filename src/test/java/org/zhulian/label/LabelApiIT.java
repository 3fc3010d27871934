package org.zhulian.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class LabelApiIT {

    private static final String LABELS = "query($r: ID!) { labels(regionCode: $r) { code name category parent { code } definedIn { name level } } }";

    @Autowired
    GraphQlHttp graphQl;

    @Test
    void aStreetSeesNationalDistrictAndItsOwnLabelsButNotOtherCities() {
        JsonNode labels = graphQl.post(LABELS, java.util.Map.of("r", "310105001")).ok().path("labels");

        assertThat(codes(labels)).contains("DIBAO", "TEKUN", "CN_EXPENDITURE_POVERTY", "HY_ELDERLY_ALONE")
                .doesNotContain("NB_ELDERLY_ALONE", "HS_LINKED_AID");
        JsonNode local = find(labels, "HY_ELDERLY_ALONE");
        assertThat(local.path("definedIn").path("name").asString()).isEqualTo("华阳路街道");
        assertThat(find(labels, "DIBAO").path("definedIn").isNull()).isTrue();
        assertThat(find(labels, "CN_SEVERE_DISABLED_JOBLESS").path("parent").path("code").asString()).isEqualTo("SEVERE_DISABILITY");
    }

    @Test
    void aNeighbouringStreetDoesNotSeeAStreetsLocalLabels() {
        JsonNode labels = graphQl.post(LABELS, java.util.Map.of("r", "310105002")).ok().path("labels");

        assertThat(codes(labels)).contains("CN_EXPENDITURE_POVERTY").doesNotContain("HY_ELDERLY_ALONE");
    }

    private static JsonNode find(JsonNode labels, String code) {
        return StreamSupport.stream(labels.spliterator(), false)
                .filter(l -> l.path("code").asString().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> codes(JsonNode labels) {
        return StreamSupport.stream(labels.spliterator(), false).map(l -> l.path("code").asString()).toList();
    }
}
