package org.zhulian.need;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.provider.ServiceCategories;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.Filters;
import org.zhulian.system.graphql.Keyset;

/** The {@code needs} root field, confined to the caller's jurisdiction. */
@Controller
class NeedController {

    private final NeedRepository needs;
    private final ServiceCategories categories;
    private final Regions regions;

    NeedController(NeedRepository needs, ServiceCategories categories, Regions regions) {
        this.needs = needs;
        this.categories = categories;
        this.regions = regions;
    }

    @QueryMapping
    Connection<Connection.Edge<Need>> needs(@Argument NeedFilter filter, @Argument Integer first,
                                            @Argument String after, @ContextValue Caller caller) {
        Keyset.Slice slice = NeedRepository.ORDER.slice(first, after);
        NeedCriteria criteria = criteria(filter == null ? NeedFilter.NONE : filter, caller);
        return Connection.of(needs.page(criteria, slice), slice, () -> needs.count(criteria), Connection.Edge::new);
    }

    private NeedCriteria criteria(NeedFilter filter, Caller caller) {
        List<String> categoryCodes = Filters.orNull(filter.categories());
        if (categoryCodes != null) {
            categories.requireKnown(categoryCodes, "filter.categories");
        }
        return new NeedCriteria(caller.jurisdiction().within(regions.prefixOf(filter.regionCode(), "filter.regionCode")),
                categoryCodes, Filters.names(filter.status()));
    }
}
