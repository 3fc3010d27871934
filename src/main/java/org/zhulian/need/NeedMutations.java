package org.zhulian.need;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.access.Changes;
import org.zhulian.provider.ServiceCategories;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.Texts;

/**
 * {@code createNeed}, {@code updateNeed} and {@code closeNeed}: input checked here, before any
 * transaction; the change itself in {@link NeedChanges}. Who may call them is declared in the schema.
 */
@Controller
class NeedMutations {

    static final int MAX_DESCRIPTION = 500;
    static final int MAX_REASON = 200;

    private final NeedChanges needChanges;
    private final NeedRepository needs;
    private final ServiceCategories categories;
    private final Changes changes;

    NeedMutations(NeedChanges needChanges, NeedRepository needs, ServiceCategories categories, Changes changes) {
        this.needChanges = needChanges;
        this.needs = needs;
        this.categories = categories;
        this.changes = changes;
    }

    record CreateNeedInput(String householdId, String personId, String categoryCode, String description, Urgency urgency) {
    }

    record UpdateNeedInput(String id, String categoryCode, String description, Urgency urgency) {
    }

    record CloseNeedInput(String id, NeedStatus outcome, String reason) {
    }

    record NeedPayload(Need need) {
    }

    @MutationMapping
    NeedPayload createNeed(@Argument CreateNeedInput input, @ContextValue Caller caller) {
        categories.requireKnown(List.of(input.categoryCode()), "input.categoryCode");
        String description = Texts.required(input.description(), "input.description", MAX_DESCRIPTION);
        String id = changes.apply(caller, "createNeed", List.of(input.householdId()), change -> needChanges.create(change,
                input.householdId(), input.personId(), input.categoryCode(), description, input.urgency()));
        return payload(id, caller);
    }

    @MutationMapping
    NeedPayload updateNeed(@Argument UpdateNeedInput input, @ContextValue Caller caller) {
        if (input.categoryCode() != null) {
            categories.requireKnown(List.of(input.categoryCode()), "input.categoryCode");
        }
        String description = input.description() == null ? null : Texts.required(input.description(), "input.description", MAX_DESCRIPTION);
        changes.apply(caller, "updateNeed", List.of(input.id()), change -> {
            needChanges.update(change, input.id(), input.categoryCode(), description, input.urgency());
            return input.id();
        });
        return payload(input.id(), caller);
    }

    @MutationMapping
    NeedPayload closeNeed(@Argument CloseNeedInput input, @ContextValue Caller caller) {
        String reason = Texts.required(input.reason(), "input.reason", MAX_REASON);
        changes.apply(caller, "closeNeed", List.of(input.id()), change -> {
            needChanges.close(change, input.id(), input.outcome(), reason);
            return input.id();
        });
        return payload(input.id(), caller);
    }

    private NeedPayload payload(String id, Caller caller) {
        return new NeedPayload(needs.find(id, caller.jurisdiction()).orElseThrow());
    }
}
