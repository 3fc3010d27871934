package org.zhulian.provider;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.zhulian.system.graphql.Connection;

/**
 * The rows of HSDS 3.0's tables as this API exchanges them, with HSDS's own field names. Ids are
 * HSDS UUIDs: a provider's or service's is its own id without the kind prefix; the rows HSDS has
 * and we keep no node for (a provider's one location, the links) get a name-based UUID of what they
 * stand for, so that every export of the same directory carries the same ids.
 */
final class HsdsTables {

    static final String TAXONOMY = "zhulian";

    private HsdsTables() {
    }

    record Organization(String id, String name, String description) {
    }

    record ServiceRow(String id, String organization_id, String name, String status, String eligibility_description,
                      Integer minimum_age, Integer maximum_age, String fees_description) {
    }

    record Location(String id, String organization_id, String location_type, String name, String address, Double latitude,
                    Double longitude) {
    }

    record ServiceAtLocation(String id, String service_id, String location_id) {
    }

    record TaxonomyTerm(String id, String code, String name, String parent_id, String taxonomy) {
    }

    record Attribute(String id, String link_id, String link_type, String link_entity, String taxonomy_term_id) {
    }

    record CostOption(String id, String service_id, String currency, double amount, String amount_description) {
    }

    record Export(List<Organization> organization, List<ServiceRow> service, List<Location> location,
                  List<ServiceAtLocation> service_at_location, List<TaxonomyTerm> taxonomy_term, List<Attribute> attribute,
                  List<CostOption> cost_option, Connection.PageInfo pageInfo) {
    }

    record OrganizationInput(String id, String name, String description) {
    }

    record ServiceInput(String id, String organization_id, String name, String status, Integer minimum_age, Integer maximum_age) {
    }

    record LocationInput(String id, String organization_id, String name, String address, Double latitude, Double longitude) {
    }

    record TaxonomyTermInput(String id, String code, String name, String taxonomy) {
    }

    record AttributeInput(String id, String link_id, String taxonomy_term_id) {
    }

    record CostOptionInput(String id, String service_id, Double amount, String amount_description) {
    }

    record ImportInput(String regionCode, List<OrganizationInput> organization, List<ServiceInput> service,
                       List<LocationInput> location, List<TaxonomyTermInput> taxonomy_term, List<AttributeInput> attribute,
                       List<CostOptionInput> cost_option) {
    }

    record RowError(String table, String id, String message) {
    }

    record ImportResult(int created, int updated, int unchanged, List<RowError> errors) {
    }

    /** The HSDS id of one of our ids: the UUID behind its kind prefix ({@code prv-}, {@code svc-}: 2 to 4 letters and a dash). */
    static String hsdsId(String ourId) {
        return ourId.matches("[a-z]{2,4}-.*") ? ourId.substring(ourId.indexOf('-') + 1) : ourId;
    }

    /** The same UUID for the same thing, every export. */
    static String nameBased(String what) {
        return UUID.nameUUIDFromBytes(what.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
