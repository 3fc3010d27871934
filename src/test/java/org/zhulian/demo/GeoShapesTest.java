package org.zhulian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class GeoShapesTest {

    private static final GeoShapes SHAPES = GeoShapes.load();

    @Test
    void aSquareWithAHoleContainsItsRingButNotTheHole() {
        var shapes = GeoShapes.parse(JsonMapper.builder().build().readTree("""
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"999999"},
                 "geometry":{"type":"Polygon","coordinates":[
                   [[0,0],[10,0],[10,10],[0,10],[0,0]],
                   [[4,4],[6,4],[6,6],[4,6],[4,4]]]}}]}"""));
        var square = shapes.district("999999").orElseThrow();

        assertThat(square.contains(new LatLon(2, 2))).isTrue();
        assertThat(square.contains(new LatLon(5, 5))).isFalse();
        assertThat(square.contains(new LatLon(11, 5))).isFalse();
    }

    @Test
    void haishuContainsCentralNingboButNotShanghai() {
        var haishu = SHAPES.district("330203").orElseThrow();

        assertThat(haishu.contains(new LatLon(29.866, 121.530))).isTrue();
        assertThat(haishu.contains(new LatLon(31.22, 121.42))).isFalse();
    }

    @Test
    void sampledPointsStayInsideTheOutline() {
        var random = new SplittableRandom(7);
        for (String district : new String[] {"330203", "340706", "310105"}) {
            var outline = SHAPES.district(district).orElseThrow();
            for (int i = 0; i < 500; i++) {
                LatLon p = outline.randomPoint(random);
                assertThat(outline.contains(p)).isTrue();
                assertThat(outline.contains(outline.pointNear(p, 300, random))).isTrue();
            }
        }
    }

    @Test
    void everyDemoDistrictHasAnOutline() {
        for (String district : new String[] {"330203", "340705", "340706", "411122", "310105"}) {
            assertThat(SHAPES.district(district)).as(district).isPresent();
        }
    }
}
