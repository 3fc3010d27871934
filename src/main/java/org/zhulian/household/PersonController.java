package org.zhulian.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.access.Visible;
import org.zhulian.audit.AuditLog;
import org.zhulian.need.Need;
import org.zhulian.security.Caller;
import org.zhulian.security.Masking;
import org.zhulian.system.graphql.Batches;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.ForbiddenException;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Page;
import org.zhulian.system.graphql.Texts;

/**
 * The {@code Person} type, the person root fields, and the person a need concerns. ID numbers, birth dates and
 * phones are masked unless the caller holds {@code pii:unmask} and states a purpose; a clear value
 * leaves the service only once its reading is on record.
 */
@Controller
class PersonController {

    private static final int MAX_PURPOSE = 200;
    static final int MAX_BY_NUMBER = 20;

    private final HouseholdRepository repository;
    private final Criteria criteria;
    private final AuditLog audit;
    private final Clock clock;
    private final IdentityProbes probes;

    PersonController(HouseholdRepository repository, Criteria criteria, AuditLog audit, Clock clock, IdentityProbes probes) {
        this.probes = probes;
        this.repository = repository;
        this.criteria = criteria;
        this.audit = audit;
        this.clock = clock;
    }

    @QueryMapping
    Person person(@Argument String id, @ContextValue Caller caller) {
        return Visible.orDenied(repository.persons(List.of(id), caller.jurisdiction()).stream().findFirst().orElse(null), caller, "person");
    }

    @QueryMapping
    List<Person> personsByNumber(@Argument String number, @ContextValue Caller caller) {
        String exact = exactNumber(number);
        if (!caller.unmasks()) {
            probes.countLookup(caller, exact);
        }
        return repository.persons(repository.idsByNumber(exact, caller.jurisdiction(), MAX_BY_NUMBER), caller.jurisdiction());
    }

    /** An ID number (checked) or a mobile number, normalised; anything else is refused without being echoed. */
    private String exactNumber(String number) {
        String typed = number == null ? "" : number.strip();
        if (typed.length() == 18) {
            return IdentityNumber.parse(typed, "number", LocalDate.now(clock)).value();
        }
        if (typed.matches("(?:\\+?86)?1[3-9][0-9]{9}")) {
            return typed.substring(typed.length() - 11);
        }
        throw new InvalidInputException("number", "number must be a resident ID number (18 characters) or a mobile number (11 digits)");
    }

    @QueryMapping
    Connection<Matched.Edge<Person>> persons(@Argument PersonFilter filter,
                                                             @Argument Integer first, @Argument String after,
                                                             DataFetchingFieldSelectionSet selection,
                                                             @ContextValue Caller caller) {
        int limit = Page.size(first);
        PagePosition position = PagePosition.after(after);
        SearchCriteria search = criteria.of(filter, caller);
        return repository.personPage(search, position, limit, selection.contains("totalCount"))
                .connection(limit, position, () -> repository.personCount(search));
    }

    @SchemaMapping
    int age(Person person) {
        return person.ageOn(LocalDate.now(clock));
    }

    @SchemaMapping
    CompletableFuture<String> idNumber(Person person, @Argument String unmaskPurpose, @ContextValue Caller caller) {
        return unmasked(person, person.idNumber(), Masking.idNumber(person.idNumber()), "Person.idNumber", unmaskPurpose, caller);
    }

    @SchemaMapping
    CompletableFuture<LocalDate> birthDate(Person person, @Argument String unmaskPurpose, @ContextValue Caller caller) {
        return unmasked(person, person.birthDate(), null, "Person.birthDate", unmaskPurpose, caller);
    }

    @SchemaMapping
    CompletableFuture<String> phone(Person person, @Argument String unmaskPurpose, @ContextValue Caller caller) {
        return unmasked(person, person.phone(), Masking.phone(person.phone()), "Person.phone", unmaskPurpose, caller);
    }

    /** The masked value without a purpose; with one, the clear value once the reading is stored. */
    private <T> CompletableFuture<T> unmasked(Person person, T clear, T masked, String action, String purpose, Caller caller) {
        if (purpose == null) {
            return CompletableFuture.completedFuture(masked);
        }
        if (!caller.unmasks()) {
            throw new ForbiddenException("Clear personal data needs the pii:unmask authority");
        }
        String stated = Texts.required(purpose, "unmaskPurpose", MAX_PURPOSE);
        if (clear == null) {
            return CompletableFuture.completedFuture(null);
        }
        return audit.recordUnmasked(caller, action, person.id(), stated).thenApply(stored -> clear);
    }

    @BatchMapping
    List<List<Kin>> kin(List<Person> persons, @ContextValue Caller caller) {
        Map<String, List<Kin>> byPerson = repository.kin(persons.stream().map(Person::id).distinct().toList(), caller.jurisdiction()).stream()
                .collect(Collectors.groupingBy(HouseholdRepository.KinOf::personId,
                        Collectors.mapping(HouseholdRepository.KinOf::kin, Collectors.toList())));
        return persons.stream().map(p -> byPerson.getOrDefault(p.id(), List.of())).toList();
    }

    @BatchMapping(typeName = "Need", field = "person")
    Map<Need, Person> personOfNeed(List<Need> needs, @ContextValue Caller caller) {
        return Batches.match(needs, Need::personId,
                Batches.index(repository.persons(Batches.keys(needs, Need::personId), caller.jurisdiction()), Person::id));
    }
}
