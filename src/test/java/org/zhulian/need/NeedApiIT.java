package org.zhulian.need;

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
class NeedApiIT {

    private static final String NEEDS = """
            query($f: NeedFilter) {
              needs(filter: $f, first: 100) {
                totalCount
                edges { node { description urgency status category { code } household { id grid { code } } } }
              }
            }""";

    @Autowired
    GraphQlHttp graphQl;

    @Test
    void openNeedsOfACategoryComeMostUrgentFirst() {
        JsonNode needs = graphQl.post(NEEDS, Map.of("f", Map.of("regionCode", "330203", "categories", List.of("DAILY_LIFE"),
                "status", List.of("OPEN")))).ok().path("needs");

        assertThat(needs.path("totalCount").asInt()).isPositive();
        List<String> urgencies = StreamSupport.stream(needs.path("edges").spliterator(), false)
                .map(e -> e.path("node").path("urgency").asString()).toList();
        assertThat(urgencies).isSortedAccordingTo((a, b) -> Urgency.valueOf(b).compareTo(Urgency.valueOf(a)));
        needs.path("edges").forEach(edge -> {
            JsonNode need = edge.path("node");
            assertThat(need.path("status").asString()).isEqualTo("OPEN");
            assertThat(need.path("category").path("code").asString()).startsWith("DAILY_LIFE.");
            assertThat(need.path("household").path("grid").path("code").asString()).startsWith("330203");
        });
    }
}
