package org.zhulian.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.zhulian.security.AccessRule;
import org.zhulian.support.IntegrationTest;

/**
 * Walks the live schema: a field that can reach personal data must be guarded by a declared rule
 * that keeps out callers who may not see it, either its own or that of every way to its type. A
 * new field that forgets its rule fails here, before it ships.
 */
@IntegrationTest
class AccessDeclarationsIT {

    @Autowired
    GraphQlSource graphQl;

    @Test
    void everyRootFieldDeclaresWhoMayUseIt() {
        GraphQLSchema schema = graphQl.schema();
        List<String> undeclared = new ArrayList<>();
        for (GraphQLObjectType root : List.of(schema.getQueryType(), schema.getMutationType())) {
            root.getFieldDefinitions().stream().filter(field -> !field.getName().startsWith("__") && rule(field) == null)
                    .forEach(field -> undeclared.add(root.getName() + "." + field.getName()));
        }

        assertThat(undeclared).isEmpty();
    }

    @Test
    void everyFieldThatReachesPersonalDataIsGuarded() {
        GraphQLSchema schema = graphQl.schema();
        Set<String> reaching = reachingPersonalData(schema);
        Set<String> guarded = guardedTypes(schema);
        List<String> unguarded = new ArrayList<>();
        for (GraphQLObjectType type : objectTypes(schema)) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                String target = GraphQLTypeUtil.unwrapAll(field.getType()).getName();
                if (reaching.contains(target) && !guards(field) && !guarded.contains(type.getName())) {
                    unguarded.add(type.getName() + "." + field.getName());
                }
            }
        }

        assertThat(reaching).contains("Household", "Person", "Need", "HouseholdConnection", "Kin", "WishCasefile")
                .doesNotContain("Wish", "WishClaim", "Donor");
        assertThat(unguarded).isEmpty();
    }

    @Test
    void theRegistryIsPersonalAndReferenceDataIsNot() {
        GraphQLSchema schema = graphQl.schema();

        assertThat(List.of("Household", "Person", "Need")).allMatch(name -> FieldAccess.isPersonal((GraphQLNamedType) schema.getType(name)));
        assertThat(List.of("Region", "Label", "Provider", "AuditEvent")).noneMatch(name -> FieldAccess.isPersonal((GraphQLNamedType) schema.getType(name)));
    }

    /**
     * Types from which a personal type can be reached through fields that do not guard it
     * themselves, personal types included: a wish card, whose casefile is guarded, reaches none.
     */
    private static Set<String> reachingPersonalData(GraphQLSchema schema) {
        Set<String> reaching = new HashSet<>();
        objectTypes(schema).stream().filter(FieldAccess::isPersonal).forEach(type -> reaching.add(type.getName()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (GraphQLObjectType type : objectTypes(schema)) {
                if (!reaching.contains(type.getName()) && type.getFieldDefinitions().stream()
                        .anyMatch(field -> !guards(field) && reaching.contains(GraphQLTypeUtil.unwrapAll(field.getType()).getName()))) {
                    grew = reaching.add(type.getName());
                }
            }
        }
        return reaching;
    }

    /**
     * Types that can be reached only through guarded fields: start from all but the roots and drop,
     * until nothing changes, every type that some unguarded field on an unguarded type returns.
     */
    private static Set<String> guardedTypes(GraphQLSchema schema) {
        Set<String> guarded = new HashSet<>();
        objectTypes(schema).forEach(type -> guarded.add(type.getName()));
        guarded.remove(schema.getQueryType().getName());
        guarded.remove(schema.getMutationType().getName());
        boolean shrank = true;
        while (shrank) {
            shrank = false;
            for (GraphQLObjectType type : objectTypes(schema)) {
                if (guarded.contains(type.getName())) {
                    continue;
                }
                for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                    if (!guards(field)) {
                        shrank |= guarded.remove(GraphQLTypeUtil.unwrapAll(field.getType()).getName());
                    }
                }
            }
        }
        return guarded;
    }

    private static boolean guards(GraphQLFieldDefinition field) {
        return rule(field) != null && rule(field).guardsPersonalData();
    }

    private static AccessRule rule(GraphQLFieldDefinition field) {
        var access = field.getAppliedDirective(FieldAccess.ACCESS);
        return access == null ? null : AccessRule.valueOf(access.getArgument("rule").getValue().toString());
    }

    private static List<GraphQLObjectType> objectTypes(GraphQLSchema schema) {
        return schema.getAllTypesAsList().stream()
                .filter(type -> type instanceof GraphQLObjectType && !type.getName().startsWith("__"))
                .map(GraphQLObjectType.class::cast).toList();
    }
}
