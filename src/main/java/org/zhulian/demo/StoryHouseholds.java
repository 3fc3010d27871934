package org.zhulian.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.springframework.core.io.ClassPathResource;
import org.zhulian.demo.HouseholdData.Assignment;
import org.zhulian.demo.HouseholdData.Kin;
import org.zhulian.demo.HouseholdData.Member;
import org.zhulian.demo.HouseholdData.NeedData;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The households of the articles (王宏, 李勤, 杨女士, 刘先生, 章大爷, 李新, 老郭, 侯某某), hand-written in
 * {@code seed/stories.json} with fixed ids so that documentation and tests can name them. Only their
 * map positions come from the seeded random: a point near their grid's centre.
 */
final class StoryHouseholds {

    record StoryHousehold(String id, String story, String gridCode, String address, String residence,
                          List<StoryLabel> labels, List<StoryMember> members, List<StoryKin> kin, List<StoryNeed> needs) {
    }

    record StoryMember(String id, String name, String role, String since, String gender, String birthDate,
                       String idNumber, String phone, StoryDisability disability, String health, String employment,
                       int monthlyIncome, List<StoryLabel> labels) {
    }

    record StoryDisability(String type, int grade) {
    }

    record StoryLabel(String code, String since, String until, String source) {
    }

    /** {@code to} (a member's name) is {@code from}'s {@code relation}; the inverse is added by the loader. */
    record StoryKin(String from, String to, String relation) {
    }

    record StoryNeed(String id, String category, String description, String urgency, String status, String created,
                     String concerns) {
    }

    private StoryHouseholds() {
    }

    static List<StoryHousehold> read() {
        try (InputStream in = new ClassPathResource("seed/stories.json").getInputStream()) {
            return JsonMapper.builder().build().readValue(in, new TypeReference<List<StoryHousehold>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the story households", e);
        }
    }

    static List<HouseholdData> load(RegionSeed regions, GeoShapes shapes, RandomGenerator random) {
        List<HouseholdData> households = new ArrayList<>();
        for (StoryHousehold story : read()) {
            households.add(toHousehold(story, regions, shapes, random));
        }
        return households;
    }

    private static HouseholdData toHousehold(StoryHousehold s, RegionSeed regions, GeoShapes shapes, RandomGenerator random) {
        var grid = regions.get(s.gridCode());
        var outline = shapes.district(s.gridCode().substring(0, 6)).orElseThrow();
        Map<String, String> idByName = new HashMap<>();
        List<Member> members = new ArrayList<>();
        for (StoryMember m : s.members()) {
            if (!IdNumbers.isValid(m.idNumber())) {
                throw new IllegalStateException("Story household " + s.id() + " has an invalid ID number");
            }
            idByName.put(m.name(), m.id());
            members.add(new Member(m.id(), m.name(), m.gender(), LocalDate.parse(m.birthDate()), m.idNumber(), m.phone(),
                    m.disability() == null ? null : m.disability().type(),
                    m.disability() == null ? null : m.disability().grade(),
                    m.health(), m.employment(), m.monthlyIncome(), m.role(), LocalDate.parse(m.since()), assignments(m.labels())));
        }
        List<Kin> kin = new ArrayList<>();
        for (StoryKin k : s.kin()) {
            String from = member(idByName, k.from(), s);
            String to = member(idByName, k.to(), s);
            kin.add(new Kin(from, to, k.relation()));
            kin.add(new Kin(to, from, HouseholdData.inverse(k.relation())));
        }
        List<NeedData> needs = new ArrayList<>();
        for (StoryNeed n : s.needs()) {
            needs.add(new NeedData(n.id(), n.category(), n.description(), n.urgency(), n.status(),
                    OffsetDateTime.parse(n.created()), n.concerns() == null ? null : member(idByName, n.concerns(), s)));
        }
        return new HouseholdData(s.id(), s.address(), outline.pointNear(grid.centre(), 300, random), s.residence(),
                s.gridCode(), members, kin, assignments(s.labels()), needs);
    }

    private static String member(Map<String, String> idByName, String name, StoryHousehold s) {
        String id = idByName.get(name);
        if (id == null) {
            throw new IllegalStateException("Story household " + s.id() + " refers to a member it does not have");
        }
        return id;
    }

    private static List<Assignment> assignments(List<StoryLabel> labels) {
        return labels.stream()
                .map(l -> new Assignment(l.code(), LocalDate.parse(l.since()), l.until() == null ? null : LocalDate.parse(l.until()), l.source()))
                .toList();
    }
}
