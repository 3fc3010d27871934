package org.zhulian.provider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.region.Region;
import org.zhulian.region.RegionCode;
import org.zhulian.region.Regions;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.Page;

/** The {@code Provider}, {@code Service} and {@code ServiceCategory} types and their root fields. */
@Controller
class ProviderController {

    private final ProviderRepository providers;
    private final ServiceCategories categories;
    private final Regions regions;

    ProviderController(ProviderRepository providers, ServiceCategories categories, Regions regions) {
        this.providers = providers;
        this.categories = categories;
        this.regions = regions;
    }

    @QueryMapping
    Provider provider(@Argument String id) {
        return providers.find(id).stream().findFirst().orElse(null);
    }

    @QueryMapping
    Connection<Connection.Edge<Provider>, Map<String, Object>> providers(@Argument ProviderFilter filter,
                                                                         @Argument Integer first, @Argument String after) {
        Page page = Page.of(first, after);
        Map<String, Object> parameters = parameters(filter == null ? ProviderFilter.NONE : filter);
        return Connection.of(providers.page(parameters, page), page, parameters, Connection.Edge.factory());
    }

    @SchemaMapping(typeName = "ProviderConnection")
    int totalCount(Connection<Connection.Edge<Provider>, Map<String, Object>> connection) {
        return (int) providers.count(connection.filter());
    }

    @QueryMapping
    List<ServiceCategory> serviceCategories() {
        return categories.all().stream().filter(c -> c.parentCode() == null).toList();
    }

    @BatchMapping
    List<Region> region(List<Provider> batch) {
        return regions.inOrder(batch.stream().map(Provider::regionCode).toList());
    }

    @BatchMapping(typeName = "Service")
    List<ServiceCategory> category(List<Service> services) {
        Map<String, ServiceCategory> byCode = categories.byCode(services.stream().map(Service::categoryCode).distinct().toList());
        return services.stream().map(s -> byCode.get(s.categoryCode())).toList();
    }

    @BatchMapping(typeName = "ServiceCategory")
    List<ServiceCategory> parent(List<ServiceCategory> batch) {
        Map<String, ServiceCategory> byCode = categories.byCode(batch.stream().map(ServiceCategory::parentCode)
                .filter(Objects::nonNull).distinct().toList());
        return batch.stream().map(c -> c.parentCode() == null ? null : byCode.get(c.parentCode())).toList();
    }

    @BatchMapping(typeName = "ServiceCategory")
    List<List<ServiceCategory>> children(List<ServiceCategory> batch) {
        Map<String, List<ServiceCategory>> byParent = categories.all().stream()
                .filter(c -> c.parentCode() != null)
                .collect(Collectors.groupingBy(ServiceCategory::parentCode));
        return batch.stream().map(c -> byParent.getOrDefault(c.code(), List.of())).toList();
    }

    private Map<String, Object> parameters(ProviderFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("prefix", regions.prefixOf(filter.regionCode(), "filter.regionCode"));
        parameters.put("types", filter.types() == null ? null : filter.types().stream().map(Enum::name).toList());
        if (filter.serviceCategories() != null) {
            categories.requireKnown(filter.serviceCategories(), "filter.serviceCategories");
        }
        parameters.put("categories", filter.serviceCategories());
        return parameters;
    }
}
