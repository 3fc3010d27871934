package org.zhulian.provider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.zhulian.label.Label;
import org.zhulian.label.Labels;
import org.zhulian.provider.HsdsTables.Attribute;
import org.zhulian.provider.HsdsTables.CostOption;
import org.zhulian.provider.HsdsTables.Location;
import org.zhulian.provider.HsdsTables.Organization;
import org.zhulian.provider.HsdsTables.ServiceAtLocation;
import org.zhulian.provider.HsdsTables.ServiceRow;
import org.zhulian.provider.HsdsTables.TaxonomyTerm;
import org.zhulian.region.Region;
import org.zhulian.region.Regions;
import org.zhulian.system.graphql.Connection;

/**
 * Writes providers out as HSDS rows: a provider is an organization with one location, each service
 * is at that location, its category an attribute linking it to a term of the taxonomy {@code zhulian}
 * (every term down from the top of the taxonomy comes along), its fee a cost option. Who may use a
 * service has no HSDS fields beyond the ages, so it goes in words into {@code eligibility_description}.
 */
@Component
class HsdsExporter {

    private final ServiceCategories categories;
    private final Labels labels;
    private final Regions regions;

    HsdsExporter(ServiceCategories categories, Labels labels, Regions regions) {
        this.categories = categories;
        this.labels = labels;
        this.regions = regions;
    }

    HsdsTables.Export export(List<Provider> providers, Connection.PageInfo pageInfo) {
        List<Service> services = providers.stream().flatMap(p -> p.services().stream()).toList();
        Map<String, Label> labelNames = labels.byCode(services.stream().flatMap(s -> s.eligibility().labelsAnyOf().stream()).distinct().toList());
        Map<String, Region> areas = regions.byCode(services.stream().map(s -> s.eligibility().areaCode()).filter(Objects::nonNull).distinct().toList());

        List<Organization> organizations = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        List<ServiceRow> rows = new ArrayList<>();
        List<ServiceAtLocation> atLocations = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        List<HsdsTables.CostOption> costs = new ArrayList<>();
        Map<String, TaxonomyTerm> terms = new LinkedHashMap<>();
        for (Provider provider : providers) {
            String organization = HsdsTables.hsdsId(provider.id());
            String location = HsdsTables.nameBased("location:" + provider.id());
            organizations.add(new Organization(organization, provider.name(), provider.type().name()));
            locations.add(new Location(location, organization, "physical", provider.name(), provider.address(),
                    provider.location() == null ? null : provider.location().latitude(),
                    provider.location() == null ? null : provider.location().longitude()));
            for (Service service : provider.services()) {
                String id = HsdsTables.hsdsId(service.id());
                var e = service.eligibility();
                rows.add(new ServiceRow(id, organization, service.name(), "active", eligibility(e, labelNames, areas), e.minAge(), e.maxAge(),
                        service.fee().free() ? "免费" : "%s元/%s".formatted(amount(service.fee().amountYuan()), Objects.requireNonNullElse(service.fee().per(), "次"))));
                atLocations.add(new ServiceAtLocation(HsdsTables.nameBased("at:" + service.id()), id, location));
                attributes.add(new Attribute(HsdsTables.nameBased("category:" + service.id()), id, "service", "service",
                        term(service.categoryCode(), terms)));
                if (!service.fee().free()) {
                    costs.add(new CostOption(HsdsTables.nameBased("cost:" + service.id()), id, "CNY", service.fee().amountYuan(),
                            service.fee().per() == null ? null : "每" + service.fee().per()));
                }
            }
        }
        return new HsdsTables.Export(organizations, rows, locations, atLocations, List.copyOf(terms.values()), attributes, costs, pageInfo);
    }

    /** The term of a category, its parent's first, each once. */
    private String term(String code, Map<String, TaxonomyTerm> terms) {
        String id = termId(code);
        if (!terms.containsKey(code)) {
            ServiceCategory category = categories.byCode(List.of(code)).get(code);
            String parent = category == null ? null : category.parentCode();
            if (parent != null) {
                term(parent, terms);
            }
            terms.put(code, new TaxonomyTerm(id, code, category == null ? code : category.name(), parent == null ? null : termId(parent),
                    HsdsTables.TAXONOMY));
        }
        return id;
    }

    static String termId(String categoryCode) {
        return HsdsTables.nameBased("zhulian-category:" + categoryCode);
    }

    private static String eligibility(Service.Eligibility e, Map<String, Label> labels, Map<String, Region> areas) {
        List<String> parts = new ArrayList<>();
        if (!e.labelsAnyOf().isEmpty()) {
            parts.add("限" + String.join("或", e.labelsAnyOf().stream().map(c -> labels.containsKey(c) ? labels.get(c).name() : c).toList()));
        }
        if (e.disability()) {
            parts.add("须持残疾证");
        }
        if (e.areaCode() != null) {
            String area = areas.containsKey(e.areaCode()) ? areas.get(e.areaCode()).name() : e.areaCode();
            parts.add((e.registeredOnly() ? "须为" + area + "户籍" : "须居住在" + area));
        }
        return parts.isEmpty() ? null : String.join("；", parts);
    }

    private static String amount(double yuan) {
        return yuan == Math.rint(yuan) ? String.valueOf((long) yuan) : String.valueOf(yuan);
    }
}
