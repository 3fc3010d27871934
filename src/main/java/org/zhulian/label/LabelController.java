package org.zhulian.label;

import org.zhulian.system.graphql.Batches;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.region.Region;
import org.zhulian.region.RegionCode;
import org.zhulian.region.Regions;

/** The {@code Label} and {@code LabelAssignment} types and the {@code labels} root field. */
@Controller
class LabelController {

    private final Labels labels;
    private final Regions regions;
    private final Clock clock;

    LabelController(Labels labels, Regions regions, Clock clock) {
        this.labels = labels;
        this.regions = regions;
        this.clock = clock;
    }

    @QueryMapping("labels")
    List<Label> labelsOf(@Argument String regionCode) {
        return labels.visibleFrom(regions.prefixOf(regionCode, "regionCode"));
    }

    @BatchMapping
    Map<Label, Label> parent(List<Label> batch) {
        return Batches.match(batch, Label::parentCode, labels.byCode(Batches.keys(batch, Label::parentCode)));
    }

    @BatchMapping
    Map<Label, Region> definedIn(List<Label> batch) {
        return Batches.match(batch, LabelController::definingRegion, regions.byCode(Batches.keys(batch, LabelController::definingRegion)));
    }

    private static String definingRegion(Label label) {
        return label.national() ? null : RegionCode.parse(label.scope(), "scope").code();
    }

    @SchemaMapping
    boolean current(LabelAssignment assignment) {
        return assignment.currentOn(LocalDate.now(clock));
    }
}
