package org.zhulian.label;

import org.zhulian.system.graphql.Batches;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.access.Changes;
import org.zhulian.region.Region;
import org.zhulian.region.RegionCode;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.ForbiddenException;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Texts;

/** The {@code Label} and {@code LabelAssignment} types, the {@code labels} root field and {@code defineLabel}. */
@Controller
class LabelController {

    private final Labels labels;
    private final Regions regions;
    private final Clock clock;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final int MAX_NAME = 30;
    private static final String EXISTS = "A label with this code exists already";

    private final Changes changes;

    LabelController(Labels labels, Regions regions, Clock clock, Changes changes) {
        this.labels = labels;
        this.regions = regions;
        this.clock = clock;
        this.changes = changes;
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

    /** The new dictionary entry. */
    record LabelPayload(Label label) {
    }

    /** The {@code DefineLabelInput} input. */
    record DefineLabelInput(String code, String name, LabelCategory category, String parentCode) {
    }

    /**
     * Defines a label at the caller's own region (national for ADMIN): a caseworker's label serves
     * its region and everything below it, and may refine only a label usable there.
     */
    @MutationMapping
    LabelPayload defineLabel(@Argument DefineLabelInput input, @ContextValue Caller caller) {
        List<String> own = caller.jurisdiction().prefixes();
        if (own.size() != 1) {
            throw new ForbiddenException("Labels are defined at one region");
        }
        String scope = own.getFirst();
        if (!CODE.matcher(input.code()).matches()) {
            throw new InvalidInputException("input.code", "code must be 2 to 40 capital letters, digits or underscores, starting with a letter");
        }
        String name = Texts.required(input.name(), "input.name", MAX_NAME);
        if (!labels.byCode(List.of(input.code())).isEmpty()) {
            throw new InvalidInputException("input.code", EXISTS);
        }
        if (input.parentCode() != null) {
            Label parent = labels.byCode(List.of(input.parentCode())).get(input.parentCode());
            if (parent == null || !scope.startsWith(parent.scope())) {
                throw new InvalidInputException("input.parentCode", "The broader label must be one usable in your region");
            }
        }
        Label label = new Label(input.code(), name, input.category(), scope, input.parentCode());
        changes.apply(caller, "defineLabel", List.of(label.code()), change -> {
            try {
                labels.define(label, label.national() ? null : definingRegion(label));
            } catch (DataIntegrityViolationException definedMeanwhile) {
                throw new InvalidInputException("input.code", EXISTS);
            }
            return label;
        });
        labels.defined(label);
        return new LabelPayload(label);
    }

    @SchemaMapping
    boolean current(LabelAssignment assignment) {
        return assignment.currentOn(LocalDate.now(clock));
    }
}
