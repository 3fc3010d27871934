package org.zhulian.household;

import org.zhulian.system.graphql.Batches;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.need.Need;
import org.zhulian.security.Masking;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.Page;

/** The {@code Person} type, the person root fields, and the person a need concerns. */
@Controller
class PersonController {

    private final HouseholdRepository repository;
    private final Criteria criteria;
    private final Clock clock;

    PersonController(HouseholdRepository repository, Criteria criteria, Clock clock) {
        this.repository = repository;
        this.criteria = criteria;
        this.clock = clock;
    }

    @QueryMapping
    Person person(@Argument String id) {
        return repository.persons(List.of(id)).stream().findFirst().orElse(null);
    }

    @QueryMapping
    Connection<Matched.Edge<Person>, SearchCriteria> persons(@Argument PersonFilter filter,
                                                             @Argument Integer first, @Argument String after,
                                                             DataFetchingFieldSelectionSet selection) {
        Page page = Page.of(first, after);
        SearchCriteria search = criteria.of(filter);
        var found = repository.personPage(search, page, selection.contains("totalCount"));
        return Connection.of(found.rows(), page, search, found.total(), Matched.Edge::of);
    }

    @SchemaMapping(typeName = "PersonConnection")
    long totalCount(Connection<Matched.Edge<Person>, SearchCriteria> connection) {
        return connection.total() != null ? connection.total() : repository.personCount(connection.filter());
    }

    @SchemaMapping
    int age(Person person) {
        return person.ageOn(LocalDate.now(clock));
    }

    @SchemaMapping
    String idNumber(Person person) {
        return Masking.idNumber(person.idNumber());
    }

    @SchemaMapping
    String phone(Person person) {
        return Masking.phone(person.phone());
    }

    @BatchMapping
    List<List<Kin>> kin(List<Person> persons) {
        Map<String, List<Kin>> byPerson = repository.kin(persons.stream().map(Person::id).distinct().toList()).stream()
                .collect(Collectors.groupingBy(HouseholdRepository.KinOf::personId,
                        Collectors.mapping(HouseholdRepository.KinOf::kin, Collectors.toList())));
        return persons.stream().map(p -> byPerson.getOrDefault(p.id(), List.of())).toList();
    }

    @BatchMapping(typeName = "Need", field = "person")
    Map<Need, Person> personOfNeed(List<Need> needs) {
        return Batches.match(needs, Need::personId, Batches.index(repository.persons(Batches.keys(needs, Need::personId)), Person::id));
    }
}
