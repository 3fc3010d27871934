package org.zhulian.explorer;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.explorer.SavedViewInputs.ExportedNodeInput;
import org.zhulian.explorer.SavedViewInputs.SavedViewInput;
import org.zhulian.security.Caller;

/** {@code savedViews}, {@code savedView}, {@code saveView}, {@code deleteView} and {@code recordExport}. */
@Controller
class SavedViewController {

    private final SavedViews views;

    SavedViewController(SavedViews views) {
        this.views = views;
    }

    record ExportReceipt(String watermark) {
    }

    @QueryMapping
    List<SavedView> savedViews(@ContextValue Caller caller) {
        return views.all(caller);
    }

    @QueryMapping
    SavedView savedView(@Argument String id, @ContextValue Caller caller) {
        return views.find(caller, id);
    }

    @MutationMapping
    SavedView saveView(@Argument SavedViewInput input, @ContextValue Caller caller) {
        return views.save(caller, input);
    }

    @MutationMapping
    boolean deleteView(@Argument String id, @ContextValue Caller caller) {
        return views.delete(caller, id);
    }

    @MutationMapping
    ExportReceipt recordExport(@Argument String format, @Argument List<ExportedNodeInput> nodes, @ContextValue Caller caller) {
        return new ExportReceipt(views.recordExport(caller, nodes));
    }
}
