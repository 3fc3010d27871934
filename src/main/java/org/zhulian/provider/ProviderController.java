package org.zhulian.provider;

import org.zhulian.system.graphql.Batches;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.label.Label;
import org.zhulian.label.Labels;
import org.zhulian.region.Region;
import org.zhulian.region.Regions;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.Filters;
import org.zhulian.system.graphql.Keyset;

/** The {@code Provider}, {@code Service} and {@code ServiceCategory} types and their root fields. */
@Controller
class ProviderController {

    private final ProviderRepository providers;
    private final ServiceCategories categories;
    private final Regions regions;
    private final Labels labels;

    ProviderController(ProviderRepository providers, ServiceCategories categories, Regions regions, Labels labels) {
        this.providers = providers;
        this.categories = categories;
        this.regions = regions;
        this.labels = labels;
    }

    @QueryMapping
    Provider provider(@Argument String id) {
        return providers.find(id).orElse(null);
    }

    @QueryMapping
    Connection<Connection.Edge<Provider>> providers(@Argument ProviderFilter filter, @Argument Integer first, @Argument String after) {
        Keyset.Slice slice = ProviderRepository.ORDER.slice(first, after);
        ProviderCriteria criteria = criteria(filter == null ? ProviderFilter.NONE : filter);
        return Connection.of(providers.page(criteria, slice), slice, () -> providers.count(criteria), Connection.Edge::new);
    }

    @QueryMapping
    List<ServiceCategory> serviceCategories() {
        return categories.all().stream().filter(c -> c.parentCode() == null).toList();
    }

    @BatchMapping
    Map<Provider, Region> region(List<Provider> batch) {
        return Batches.match(batch, Provider::regionCode, regions.byCode(Batches.keys(batch, Provider::regionCode)));
    }

    @BatchMapping(typeName = "Service")
    Map<Service, ServiceCategory> category(List<Service> services) {
        return Batches.match(services, Service::categoryCode, categories.byCode(Batches.keys(services, Service::categoryCode)));
    }

    @BatchMapping(typeName = "Service")
    Map<Service, Provider> provider(List<Service> services) {
        return Batches.match(services, Service::providerId,
                Batches.index(providers.findAll(Batches.keys(services, Service::providerId)), Provider::id));
    }

    @BatchMapping(typeName = "Eligibility")
    List<List<Label>> labelsAnyOf(List<Service.Eligibility> batch) {
        Map<String, Label> byCode = labels.byCode(batch.stream().flatMap(e -> e.labelsAnyOf().stream()).distinct().toList());
        return batch.stream().map(e -> e.labelsAnyOf().stream().map(byCode::get).filter(Objects::nonNull).toList()).toList();
    }

    @BatchMapping(typeName = "Eligibility")
    Map<Service.Eligibility, Region> residenceIn(List<Service.Eligibility> batch) {
        return Batches.match(batch, Service.Eligibility::areaCode, regions.byCode(Batches.keys(batch, Service.Eligibility::areaCode)));
    }

    @BatchMapping(typeName = "ServiceCategory")
    Map<ServiceCategory, ServiceCategory> parent(List<ServiceCategory> batch) {
        return Batches.match(batch, ServiceCategory::parentCode, categories.byCode(Batches.keys(batch, ServiceCategory::parentCode)));
    }

    @BatchMapping(typeName = "ServiceCategory")
    List<List<ServiceCategory>> children(List<ServiceCategory> batch) {
        Map<String, List<ServiceCategory>> byParent = categories.all().stream()
                .filter(c -> c.parentCode() != null)
                .collect(Collectors.groupingBy(ServiceCategory::parentCode));
        return batch.stream().map(c -> byParent.getOrDefault(c.code(), List.of())).toList();
    }

    private ProviderCriteria criteria(ProviderFilter filter) {
        List<String> serviceCategories = Filters.orNull(filter.serviceCategories());
        if (serviceCategories != null) {
            categories.requireKnown(serviceCategories, "filter.serviceCategories");
        }
        return new ProviderCriteria(regions.prefixOf(filter.regionCode(), "filter.regionCode"), Filters.names(filter.types()),
                serviceCategories);
    }
}
