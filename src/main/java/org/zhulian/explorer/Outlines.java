package org.zhulian.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.zhulian.security.Scope;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The district outlines shipped in {@code seed/geo/districts.geojson} (WGS-84, simplified; see the
 * seed's README for their source), and for a jurisdiction the districts that hold it: a street's
 * caseworker gets her district, a city's the districts of the city that are shipped. There are no
 * street outlines, and a national outline is never drawn from these partial data.
 */
@Component
class Outlines {

    static final String CAPTION = "示意图（区县边界，已简化；街道、社区边界未收录）";

    private final ObjectMapper json;
    private final List<JsonNode> districts;

    Outlines(ObjectMapper json) {
        this.json = json;
        try (InputStream in = new ClassPathResource("seed/geo/districts.geojson").getInputStream()) {
            List<JsonNode> features = new ArrayList<>();
            json.readTree(in).path("features").forEach(feature -> {
                ObjectNode kept = json.createObjectNode();
                kept.put("type", "Feature");
                kept.set("properties", json.createObjectNode().put("code", feature.path("properties").path("code").asString())
                        .put("name", feature.path("properties").path("name").asString()));
                kept.set("geometry", feature.path("geometry"));
                features.add(kept);
            });
            this.districts = List.copyOf(features);
        } catch (IOException e) {
            throw new UncheckedIOException("seed/geo/districts.geojson is missing from the build", e);
        }
    }

    /** A FeatureCollection of the districts that hold or lie in the scope. */
    String of(Scope scope) {
        ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (JsonNode district : districts) {
            String code = district.path("properties").path("code").asString();
            if (scope.prefixes().stream().anyMatch(prefix -> code.startsWith(prefix) || prefix.startsWith(code))) {
                features.add(district);
            }
        }
        return json.writeValueAsString(collection);
    }
}
