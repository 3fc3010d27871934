package org.zhulian.provider;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.neo4j.driver.types.Point;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.zhulian.access.Changes;
import org.zhulian.provider.HsdsTables.ImportInput;
import org.zhulian.provider.HsdsTables.ImportResult;
import org.zhulian.provider.HsdsTables.RowError;
import org.zhulian.region.Gazetteer;
import org.zhulian.region.Region;
import org.zhulian.region.RegionLevel;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.system.GeoPoint;
import org.zhulian.system.Parameters;
import org.zhulian.system.PinyinKeys;
import org.zhulian.system.graphql.Batches;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Texts;

/**
 * Reads an HSDS directory into providers and services, row by row: a row that fails its checks is
 * reported with why and skipped, with what depends on it (an organization without a location in
 * China, the services of a skipped organization); the rest is written in one change. Rows are
 * matched by id and compared with what is stored, so the same rows twice change nothing. What HSDS
 * does not carry (a service's places, labels, residence) stays as it is on a known service and is
 * open to everyone on a new one. A known provider keeps its region while its address stays, and is
 * changed only by a caller whose jurisdiction holds it; its referrals follow a new region.
 */
@Component
class HsdsImporter {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Neo4jClient neo4j;
    private final Changes changes;
    private final ProviderRepository providers;
    private final ServiceCategories categories;
    private final Regions regions;
    private final Gazetteer gazetteer;

    HsdsImporter(Neo4jClient neo4j, Changes changes, ProviderRepository providers, ServiceCategories categories, Regions regions,
                 Gazetteer gazetteer) {
        this.neo4j = neo4j;
        this.changes = changes;
        this.providers = providers;
        this.categories = categories;
        this.regions = regions;
        this.gazetteer = gazetteer;
    }

    /** A provider as the import would leave it. */
    private record ProviderRow(String id, String name, String address, Point location, GeoPoint point, String regionCode) {
    }

    /** A service as the import would leave it. */
    private record ServiceRow(String id, String providerId, String name, String categoryCode, Integer minAge, Integer maxAge,
                              double feeYuan, String feePer) {
    }

    ImportResult importRows(Caller caller, ImportInput input) {
        String fallback = input.regionCode() == null ? null : ProviderInputs.region(regions, input.regionCode(), "input.regionCode");
        List<RowError> errors = new ArrayList<>();
        Map<String, ProviderRow> rows = providerRows(input, fallback, errors);
        List<ServiceRow> services = serviceRows(input, rows, errors);

        Map<String, Provider> known = Batches.index(providers.findAll(rows.keySet()), Provider::id);
        int[] counts = new int[3];
        Map<String, ProviderRow> providersToWrite = new LinkedHashMap<>();
        for (ProviderRow row : rows.values()) {
            Provider old = known.get(row.id());
            ProviderRow kept = old != null && Objects.equals(old.address(), row.address())
                    ? new ProviderRow(row.id(), row.name(), row.address(), row.location(), row.point(), old.regionCode()) : row;
            if (!caller.jurisdiction().includes(kept.regionCode()) || old != null && !caller.jurisdiction().includes(old.regionCode())) {
                errors.add(new RowError("organization", HsdsTables.hsdsId(row.id()), "It lies outside your jurisdiction"));
                continue;
            }
            counts[old == null ? 0 : same(old, kept) ? 2 : 1]++;
            providersToWrite.put(kept.id(), kept);
        }
        Map<String, Service> knownServices = Batches.index(providers.services(services.stream().map(ServiceRow::id).toList()), Service::id);
        List<ServiceRow> servicesToWrite = new ArrayList<>();
        for (ServiceRow service : services) {
            Service old = knownServices.get(service.id());
            if (!providersToWrite.containsKey(service.providerId())) {
                errors.add(new RowError("service", HsdsTables.hsdsId(service.id()), "Its organization is not imported"));
            } else if (old != null && !old.providerId().equals(service.providerId())) {
                errors.add(new RowError("service", HsdsTables.hsdsId(service.id()), "The service belongs to another organization"));
            } else {
                counts[old == null ? 0 : same(old, service) ? 2 : 1]++;
                servicesToWrite.add(service);
            }
        }
        if (!providersToWrite.isEmpty()) {
            changes.apply(caller, "importHsds", List.copyOf(providersToWrite.keySet()), change -> {
                providersToWrite.values().forEach(this::write);
                servicesToWrite.forEach(this::write);
                return null;
            });
        }
        return new ImportResult(counts[0], counts[1], counts[2], errors);
    }

    private Map<String, ProviderRow> providerRows(ImportInput input, String fallback, List<RowError> errors) {
        Map<String, HsdsTables.LocationInput> locations = new HashMap<>();
        for (var location : list(input.location())) {
            String problem = check(() -> {
                point(location);
                return null;
            });
            if (problem != null) {
                errors.add(new RowError("location", location.id(), problem));
            } else {
                locations.putIfAbsent(location.organization_id(), location);
            }
        }
        Map<String, ProviderRow> rows = new LinkedHashMap<>();
        for (var organization : list(input.organization())) {
            var location = locations.get(organization.id());
            String problem = rows.containsKey("prv-" + organization.id()) ? "The same id appears twice"
                    : !UUID.matcher(organization.id()).matches() ? "id must be a UUID"
                    : location == null ? "The organization needs a location with a latitude and longitude in China"
                    : check(() -> Texts.required(organization.name(), "name", ProviderInputs.MAX_NAME));
            if (problem == null && location.address() != null) {
                problem = check(() -> Texts.required(location.address(), "address", ProviderInputs.MAX_TEXT));
            }
            if (problem == null) {
                String address = location.address() == null ? null : location.address().strip();
                String region = gazetteer.locate(address).filter(r -> r.level().ordinal() >= RegionLevel.DISTRICT.ordinal())
                        .map(Region::code).orElse(fallback);
                if (region == null) {
                    problem = "Its address names no region we know; give the import a regionCode";
                } else {
                    GeoPoint point = new GeoPoint(location.latitude(), location.longitude());
                    rows.put("prv-" + organization.id(), new ProviderRow("prv-" + organization.id(), organization.name().strip(), address,
                            point.inChina("location"), point, region));
                }
            }
            if (problem != null) {
                errors.add(new RowError("organization", organization.id(), problem));
            }
        }
        return rows;
    }

    private List<ServiceRow> serviceRows(ImportInput input, Map<String, ProviderRow> providers, List<RowError> errors) {
        Map<String, String> termCodes = new HashMap<>();
        var known = categories.byCode(list(input.taxonomy_term()).stream().map(HsdsTables.TaxonomyTermInput::code).distinct().toList());
        for (var term : list(input.taxonomy_term())) {
            if ((term.taxonomy() == null || term.taxonomy().equals(HsdsTables.TAXONOMY)) && known.containsKey(term.code())) {
                termCodes.put(term.id(), term.code());
            } else {
                errors.add(new RowError("taxonomy_term", term.id(), "Not a category of the taxonomy " + HsdsTables.TAXONOMY));
            }
        }
        Map<String, String> categoryOf = new HashMap<>();
        for (var attribute : list(input.attribute())) {
            if (termCodes.containsKey(attribute.taxonomy_term_id())) {
                categoryOf.putIfAbsent(attribute.link_id(), termCodes.get(attribute.taxonomy_term_id()));
            }
        }
        Map<String, HsdsTables.CostOptionInput> costs = new HashMap<>();
        for (var cost : list(input.cost_option())) {
            if (cost.amount() == null || cost.amount() < 0 || cost.amount() > ProviderInputs.MAX_FEE || cost.amount().isNaN()) {
                errors.add(new RowError("cost_option", cost.id(), "amount must be 0 to " + (int) ProviderInputs.MAX_FEE));
            } else {
                costs.putIfAbsent(cost.service_id(), cost);
            }
        }
        List<ServiceRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (var service : list(input.service())) {
            String provider = "prv-" + service.organization_id();
            String category = categoryOf.get(service.id());
            String problem = !seen.add(service.id()) ? "The same id appears twice"
                    : !UUID.matcher(service.id()).matches() ? "id must be a UUID"
                    : service.status() != null && !service.status().equals("active") ? "Only active services are imported"
                    : !providers.containsKey(provider) ? "organization_id names no organization that can be imported with it"
                    : category == null ? "No attribute links it to a category of the taxonomy " + HsdsTables.TAXONOMY
                    : !ages(service.minimum_age(), service.maximum_age()) ? "minimum_age and maximum_age must be 0 to 150, in order"
                    : check(() -> Texts.required(service.name(), "name", ProviderInputs.MAX_NAME));
            if (problem != null) {
                errors.add(new RowError("service", service.id(), problem));
                continue;
            }
            var cost = costs.get(service.id());
            double fee = cost == null ? 0 : cost.amount();
            String per = cost == null || fee == 0 || cost.amount_description() == null ? null : per(cost.amount_description());
            rows.add(new ServiceRow("svc-" + service.id(), provider, service.name().strip(), category, service.minimum_age(),
                    service.maximum_age(), fee, per));
        }
        return rows;
    }

    private void write(ProviderRow row) {
        neo4j.query("""
                        MATCH (r:Region {code: $regionCode})
                        MERGE (p:Provider {id: $id}) ON CREATE SET p.type = 'OTHER'
                        SET p.name = $name, p.address = $address, p.location = $location, p.regionCode = $regionCode, p += $pinyin
                        WITH p, r
                        OPTIONAL MATCH (p)-[old:IN]->(other:Region) WHERE other <> r
                        DELETE old
                        MERGE (p)-[:IN]->(r)
                        WITH DISTINCT p
                        MATCH (p)-[:OFFERS]->(:Service)<-[:TO]-(referral:Referral)
                        SET referral.providerRegionCode = p.regionCode""")
                .bindAll(Parameters.of("id", row.id(), "name", row.name(), "address", row.address(), "location", row.location(),
                        "regionCode", row.regionCode(), "pinyin", PinyinKeys.ofText(row.name()).properties()))
                .run();
    }

    private void write(ServiceRow row) {
        neo4j.query("""
                        MATCH (p:Provider {id: $provider}), (c:ServiceCategory {code: $category})
                        MERGE (s:Service {id: $id}) ON CREATE SET s.labelsAnyOf = [], s.disabilityRequired = false, s.registeredOnly = false
                        SET s.name = $name, s.categoryCode = $category, s.minAge = $minAge, s.maxAge = $maxAge, s.feeYuan = $fee, s.feePer = $per
                        MERGE (p)-[:OFFERS]->(s)
                        WITH s, c
                        OPTIONAL MATCH (s)-[old:OF_CATEGORY]->(other:ServiceCategory) WHERE other <> c
                        DELETE old
                        MERGE (s)-[:OF_CATEGORY]->(c)""")
                .bindAll(Parameters.of("provider", row.providerId(), "category", row.categoryCode(), "id", row.id(), "name", row.name(),
                        "minAge", row.minAge(), "maxAge", row.maxAge(), "fee", row.feeYuan(), "per", row.feePer()))
                .run();
    }

    private static boolean same(Provider old, ProviderRow row) {
        return old.name().equals(row.name()) && Objects.equals(old.address(), row.address()) && Objects.equals(old.location(), row.point())
                && old.regionCode().equals(row.regionCode());
    }

    private static boolean same(Service old, ServiceRow row) {
        return old.name().equals(row.name()) && old.categoryCode().equals(row.categoryCode())
                && Objects.equals(old.eligibility().minAge(), row.minAge()) && Objects.equals(old.eligibility().maxAge(), row.maxAge())
                && old.fee().amountYuan() == row.feeYuan() && Objects.equals(old.fee().per(), row.feePer());
    }

    private static void point(HsdsTables.LocationInput location) {
        if (location.latitude() == null || location.longitude() == null) {
            throw new InvalidInputException("location", "latitude and longitude are needed");
        }
        new GeoPoint(location.latitude(), location.longitude()).inChina("location");
    }

    private static boolean ages(Integer min, Integer max) {
        return (min == null || min >= 0 && min <= 150) && (max == null || max >= 0 && max <= 150) && (min == null || max == null || min <= max);
    }

    /** {@code 每次} → {@code 次}; anything else as given, when it is a short visible text. */
    private static String per(String description) {
        String stripped = description.strip();
        String per = stripped.startsWith("每") ? stripped.substring(1) : stripped;
        try {
            return Texts.required(per, "per", 10);
        } catch (InvalidInputException notAShortText) {
            return null;
        }
    }

    /** The message of the check's refusal, or null when it passes. */
    private static String check(Supplier<?> check) {
        try {
            check.get();
            return null;
        } catch (InvalidInputException refused) {
            return refused.getMessage();
        }
    }

    private static <T> List<T> list(List<T> rows) {
        return rows == null ? List.of() : rows;
    }
}
