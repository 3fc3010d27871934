package org.zhulian.need;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.audit.Access;
import org.zhulian.provider.ServiceCategories;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.Filters;
import org.zhulian.system.graphql.Page;

/** The {@code needs} root field, confined to the caller's jurisdiction. */
@Controller
class NeedController {

    private final NeedRepository needs;
    private final ServiceCategories categories;
    private final Regions regions;
    private final Access access;

    NeedController(NeedRepository needs, ServiceCategories categories, Regions regions, Access access) {
        this.needs = needs;
        this.categories = categories;
        this.regions = regions;
        this.access = access;
    }

    @QueryMapping
    Connection<Connection.Edge<Need>, Map<String, Object>> needs(@Argument NeedFilter filter, @Argument Integer first,
                                                                 @Argument String after, @ContextValue Caller caller) {
        access.requireRegistryRead(caller, "needs", List.of());
        Page page = Page.of(first, after);
        Map<String, Object> parameters = parameters(filter == null ? NeedFilter.NONE : filter, caller);
        return Connection.of(needs.page(parameters, page), page, parameters, Connection.Edge::new);
    }

    @SchemaMapping(typeName = "NeedConnection")
    int totalCount(Connection<Connection.Edge<Need>, Map<String, Object>> connection) {
        return (int) needs.count(connection.filter());
    }

    private Map<String, Object> parameters(NeedFilter filter, Caller caller) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("prefixes", caller.within(regions.prefixOf(filter.regionCode(), "filter.regionCode")));
        List<String> categoryCodes = Filters.orNull(filter.categories());
        if (categoryCodes != null) {
            categories.requireKnown(categoryCodes, "filter.categories");
        }
        parameters.put("categories", categoryCodes);
        parameters.put("statuses", Filters.names(filter.status()));
        return parameters;
    }
}
