package org.zhulian.system.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.MockedWiringFactory;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

/** The limits cost one visit per selection of the document, whatever its fragments. */
class QueryLimitsTest {

    static final GraphQLSchema SCHEMA = schema();

    @Test
    void tenFragmentsOfTenSpreadsAreMeasuredOnceEach() {
        Document bomb = Parser.parse(FragmentBombs.spreads(10, 10));
        var measure = new QueryLimits.Measure(SCHEMA, bomb, Map.of());

        QueryLimits.Cost cost = measure.of(operation(bomb).getSelectionSet(), SCHEMA.getQueryType());

        assertThat(cost.complexity()).isGreaterThan(QueryLimits.MAX_COMPLEXITY);
        assertThat(measure.visits()).isLessThanOrEqualTo(selections(bomb));
    }

    @Test
    void anyShapeCostsWhatItsFullExpansionCostsAndIsVisitedAtMostOnce() {
        Random random = new Random(11643);
        for (int round = 0; round < 300; round++) {
            Document document = Parser.parse(FragmentBombs.random(random));
            var measure = new QueryLimits.Measure(SCHEMA, document, Map.of());

            QueryLimits.Cost cost = measure.of(operation(document).getSelectionSet(), SCHEMA.getQueryType());

            assertThat(cost).as(document.toString()).isEqualTo(naive(document, operation(document).getSelectionSet(), SCHEMA.getQueryType()));
            assertThat(measure.visits()).isLessThanOrEqualTo(selections(document));
        }
    }

    @Test
    void pageSizesComeFromLiteralsAndVariables() {
        Document literal = Parser.parse("{ households(first: 100) { edges { node { id } } } }");
        Document variable = Parser.parse("query($n: Int) { households(first: $n) { edges { node { id } } } }");

        long byLiteral = new QueryLimits.Measure(SCHEMA, literal, Map.of()).of(operation(literal).getSelectionSet(), SCHEMA.getQueryType()).complexity();
        long byVariable = new QueryLimits.Measure(SCHEMA, variable, Map.of("n", 100)).of(operation(variable).getSelectionSet(), SCHEMA.getQueryType()).complexity();
        long byDefault = new QueryLimits.Measure(SCHEMA, variable, Map.of()).of(operation(variable).getSelectionSet(), SCHEMA.getQueryType()).complexity();

        assertThat(byLiteral).isEqualTo(byVariable).isEqualTo(1 + 100 * (1 + 1 + 1));
        assertThat(byDefault).isEqualTo(1 + 20 * 3);
    }

    @Test
    void noPageSizeOrFragmentFanOutCanOverflowTheCost() {
        StringBuilder text = new StringBuilder("query($n: Int) { persons(first: $n) { edges { node { ...P0 } } } }\n");
        for (int level = 0; level < 13; level++) {
            text.append("fragment P").append(level).append(" on Person {").append((" ...P" + (level + 1)).repeat(10)).append(" }\n");
        }
        text.append("fragment P13 on Person { household { members { kin { person { name } } } } }\n");
        Document document = Parser.parse(text.toString());

        for (int first : new int[] {Integer.MAX_VALUE, 1 << 24, 100}) {
            long complexity = new QueryLimits.Measure(SCHEMA, document, Map.of("n", first))
                    .of(operation(document).getSelectionSet(), SCHEMA.getQueryType()).complexity();
            assertThat(complexity).as("first: %d", first).isGreaterThan(QueryLimits.MAX_COMPLEXITY);
        }
    }

    /** The reference: every spread expanded in place, as an exponential walk would. */
    private static QueryLimits.Cost naive(Document document, SelectionSet selections, GraphQLCompositeType parent) {
        QueryLimits.Cost total = QueryLimits.Cost.NONE;
        for (var selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                var definition = ((GraphQLFieldsContainer) parent).getFieldDefinition(field.getName());
                var type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
                var inner = GraphQLTypeUtil.unwrapAll(definition.getType());
                var children = inner instanceof GraphQLCompositeType composite && field.getSelectionSet() != null
                        ? naive(document, field.getSelectionSet(), composite) : QueryLimits.Cost.NONE;
                long times = type instanceof GraphQLList ? QueryLimits.UNBOUNDED_LIST_WEIGHT : 1;
                total = total.plus(new QueryLimits.Cost(1, children.depth() + 1, 1 + children.complexity() * times));
            } else if (selection instanceof InlineFragment inline) {
                total = total.plus(naive(document, inline.getSelectionSet(), parent));
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                        .filter(f -> f.getName().equals(spread.getName())).findFirst().orElseThrow();
                total = total.plus(naive(document, fragment.getSelectionSet(), parent));
            }
        }
        return total;
    }

    private static long selections(Document document) {
        return document.getDefinitions().stream().mapToLong(definition -> switch (definition) {
            case OperationDefinition operation -> count(operation.getSelectionSet());
            case FragmentDefinition fragment -> count(fragment.getSelectionSet());
            default -> 0;
        }).sum();
    }

    private static long count(SelectionSet selections) {
        if (selections == null) {
            return 0;
        }
        long count = 0;
        for (var selection : selections.getSelections()) {
            count++;
            if (selection instanceof Field field) {
                count += count(field.getSelectionSet());
            } else if (selection instanceof InlineFragment inline) {
                count += count(inline.getSelectionSet());
            }
        }
        return count;
    }

    private static OperationDefinition operation(Document document) {
        return document.getDefinitionsOfType(OperationDefinition.class).getFirst();
    }

    private static GraphQLSchema schema() {
        var registry = new TypeDefinitionRegistry();
        try (var files = Files.list(Path.of("graphql-schema"))) {
            for (Path file : files.sorted().toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SchemaGenerator().makeExecutableSchema(registry,
                RuntimeWiring.newRuntimeWiring().wiringFactory(new MockedWiringFactory()).build());
    }
}
