package org.zhulian.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.Browser;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The explorer as a 石碶 caseworker uses it, in Chromium on a network with nothing but the service:
 * by keyboard, "wh", 王宏, Enter, and his household is drawn with its members, its 低保 label, its
 * open needs and the five providers that fit; exported, saved and reopened from its address; the
 * maps, their cards and their counts; 15 minutes idle and all is gone. Nothing is fetched from
 * elsewhere, nothing personal left in the address or the browser's storage.
 */
@IntegrationTest
class ExplorerPageIT {

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    ObjectMapper json;

    @Test
    void aCaseworkerFindsWangHongByInitialsAndOpensHisHouseholdByKeyboard() throws Exception {
        try (Browser browser = Browser.open(port)) {
            Page page = browser.page();
            page.navigate("http://localhost:" + port + "/explorer");
            page.locator("#demo-user option[value='caseworker-shiqi']").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
            page.locator("#demo-user").focus();
            page.selectOption("#demo-user", "caseworker-shiqi");
            page.locator("#search:enabled").waitFor();

            page.keyboard().type("wh");
            Locator first = page.locator("#results [role=option][aria-selected=true]");
            first.getByText("王宏").waitFor();
            assertThat(page.locator("#results .group").first().innerText()).isEqualTo("人员");
            assertThat(first.locator(".path").innerText()).contains("石碶街道");
            page.keyboard().press("Enter");

            Locator household = page.locator("#node-list button", new Page.LocatorOptions().setHasText("户"));
            household.waitFor();
            household.focus();
            page.keyboard().press("Enter");
            page.locator("#card h2", new Page.LocatorOptions().setHasText("石碶路88号")).waitFor();
            page.keyboard().press("e");
            page.locator("#node-list button", new Page.LocatorOptions().setHasText("机构")).nth(4).waitFor();
            page.locator("#node-list button", new Page.LocatorOptions().setHasText("王欣怡")).click();
            page.locator("#card").getByText("王欣怡").waitFor();
            browser.screenshot("explorer-wang-hong");

            List<String> drawn = page.locator("#node-list button").allInnerTexts();
            assertThat(drawn.stream().filter(text -> text.startsWith("人"))).as("his household's members")
                    .hasSize(4).anySatisfy(text -> assertThat(text).contains("王宏")).anySatisfy(text -> assertThat(text).contains("陈丽娟"));
            assertThat(drawn).anySatisfy(text -> assertThat(text).isEqualTo("标低保"));
            assertThat(drawn.stream().filter(text -> text.startsWith("需"))).anySatisfy(text -> assertThat(text).contains("肢体残疾"))
                    .anySatisfy(text -> assertThat(text).contains("扶手"));
            assertThat(drawn.stream().filter(text -> text.startsWith("机构"))).hasSize(5);
            assertThat(page.locator("#card").innerText()).contains("身份证号").doesNotContainPattern("\\d{17}[\\dX]");

            assertThat(browser.seriousViolations()).isEmpty();
            assertThat(browser.location()).isEqualTo("/explorer");
            assertThat(page.url()).doesNotContain("?").doesNotContain("#");

            page.selectOption("#label-filter", new SelectOption().setLabel("低保"));
            assertThat(page.locator("#node-list button").allInnerTexts()).as("the label and who holds it")
                    .containsExactlyInAnyOrder("标低保", "户宁波市海曙区石碶街道石碶社区石碶路88号5幢302室");
            page.selectOption("#label-filter", "");
            assertThat(page.locator("#node-list button").count()).isEqualTo(drawn.size());

            Download csv = page.waitForDownload(() -> page.locator("#export-csv").click());
            String table = Files.readString(csv.path(), StandardCharsets.UTF_8);
            assertThat(table).contains("导出：caseworker-shiqi").contains("王欣怡").contains("330203*").doesNotContainPattern("\\d{17}[\\dX]");
            Download png = page.waitForDownload(() -> page.locator("#export-png").click());
            assertThat(Files.size(png.path())).isPositive();

            page.onceDialog(dialog -> dialog.accept("王宏家 个案会议"));
            page.locator("#save-view").click();
            page.locator("#scene-status").getByText("已保存视图").waitFor();
            String saved = page.url();
            assertThat(saved).matches(".*/explorer\\?view=[0-9a-f-]{36}$");
            int nodes = page.locator("#node-list button").count();

            page.navigate(saved);
            page.locator("#demo-user option[value='caseworker-shiqi']").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
            page.selectOption("#demo-user", "caseworker-shiqi");
            page.locator("#scene-status").getByText("视图：王宏家 个案会议").waitFor();
            assertThat(page.locator("#node-list button").count()).as("the saved view, reopened from its address").isEqualTo(nodes);

            assertThat(page.evaluate("() => localStorage.length + sessionStorage.length")).isEqualTo(0);
            assertThat(browser.foreignRequests()).isEmpty();
            assertThat(browser.errors()).isEmpty();
        }
    }

    @Test
    void theResourceMapOpensAProvidersCardAndTheDemandMapCountsHouseholdsPerCommunity() {
        try (Browser browser = Browser.open(port)) {
            Page page = browser.page();
            page.clock().install();
            page.navigate("http://localhost:" + port + "/explorer");
            page.locator("#demo-user option[value='caseworker-shiqi']").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
            page.selectOption("#demo-user", "caseworker-shiqi");
            page.locator("#tab-resources:enabled").click();

            page.locator("#map path.leaflet-interactive").first().waitFor();
            assertThat(page.locator("#legend").innerText()).contains("示意图").contains("服务机构");
            page.locator("#map path.leaflet-interactive").first().click(new Locator.ClickOptions().setForce(true));
            Locator show = page.locator("#card button", new Page.LocatorOptions().setHasText("在图谱中显示"));
            show.waitFor();
            assertThat(page.locator("#card").innerText()).contains("类型").contains("空位");
            browser.screenshot("resource-map");
            show.click();
            page.locator("#node-list button", new Page.LocatorOptions().setHasText("服务")).first().waitFor();

            page.locator("#tab-demand").click();
            Locator first = page.locator("#legend .ranking button").first();
            first.waitFor();
            assertThat(page.locator("#map .count-label").count()).isPositive();
            assertThat(page.locator("#legend .indicators").innerText()).contains("今年帮扶").contains("关爱对象").contains("资金");
            assertThat(page.locator("#map canvas.leaflet-heatmap-layer").count()).as("the heat layer over the communities").isEqualTo(1);
            page.locator("#heat-toggle").uncheck();
            assertThat(page.locator("#map canvas.leaflet-heatmap-layer").count()).isZero();
            first.click();
            page.locator("#card li button").first().waitFor();
            assertThat(page.locator("#card h2").innerText()).contains("户");
            browser.screenshot("demand-map");

            assertThat(browser.seriousViolations()).isEmpty();
            assertThat(browser.foreignRequests()).as("no tiles configured: the outline alone, nothing from elsewhere").isEmpty();
            assertThat(browser.errors()).isEmpty();

            page.clock().fastForward(15 * 60 * 1000 + 1000);
            page.locator("#who").getByText("闲置").waitFor();
            assertThat(page.locator("#node-list button").count()).as("15 minutes idle clear the canvas").isZero();
            assertThat(page.locator("#card").innerText()).doesNotContain("户");
            assertThat(page.locator("#search").isDisabled()).isTrue();
        }
    }

    @Test
    void theProvidersOfAWholeCityAreGroupedIntoNumberedClustersThatSplitWhenZoomedIn() {
        try (Browser browser = Browser.open(port)) {
            Page page = browser.page();
            page.navigate("http://localhost:" + port + "/explorer");
            page.locator("#demo-user option[value='admin']").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
            page.selectOption("#demo-user", "admin");
            page.locator("#tab-resources:enabled").click();

            Locator clusters = page.locator("#map .marker-cluster");
            clusters.first().waitFor();
            assertThat(page.locator("#legend strong").innerText()).contains("数字为一组的机构数");
            int total = clusters.all().stream().mapToInt(cluster -> Integer.parseInt(cluster.innerText().trim())).sum()
                    + page.locator("#map path.leaflet-interactive").count();
            String heading = page.locator("#legend strong").innerText();
            assertThat(total).as("every provider in a cluster's number or drawn alone: " + heading)
                    .isEqualTo(Integer.parseInt(heading.replaceAll("^\\D*(\\d+).*$", "$1")));
            clusters.all().stream().min(java.util.Comparator.comparingInt(cluster -> Integer.parseInt(cluster.innerText().trim())))
                    .orElseThrow().click();
            page.waitForCondition(() -> page.locator("#map path.leaflet-interactive").count() > 0);
            browser.screenshot("resource-map-clusters");

            assertThat(browser.seriousViolations()).isEmpty();
            assertThat(browser.foreignRequests()).isEmpty();
            assertThat(browser.errors()).isEmpty();
        }
    }

    /**
     * Through the page itself: from 石碶 households, found by their address, every node on the list
     * is expanded to three steps away; of all the page received, every household, person, need and
     * warning lies in 石碶.
     */
    @Test
    void everythingPersonalThePageReceivesWalkingThreeStepsFromHerHouseholdsLiesInHerStreet() {
        List<String> addresses = neo4j.query("""
                        MATCH (h:Household)-[:HAS_NEED]->(n:Need) WHERE h.gridCode STARTS WITH '330203009' AND n.status IN ['OPEN', 'IN_PROGRESS']
                        WITH DISTINCT h ORDER BY h.id LIMIT 3 RETURN h.address""").fetchAs(String.class).all().stream().toList();
        List<String> answers = new CopyOnWriteArrayList<>();
        try (Browser browser = Browser.open(port)) {
            Page page = browser.page();
            page.onResponse(response -> {
                if (response.url().endsWith("/graphql")) {
                    answers.add(response.text());
                }
            });
            page.navigate("http://localhost:" + port + "/explorer");
            page.locator("#demo-user option[value='caseworker-shiqi']").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
            page.selectOption("#demo-user", "caseworker-shiqi");
            page.locator("#search:enabled").waitFor();
            int expansions = 0;
            for (String address : addresses) {
                page.click("#clear-scene");
                page.fill("#search", address);
                Locator hit = page.locator("#results li.group:text-is('家庭') + li[role=option]");
                hit.waitFor();
                page.waitForResponse(response -> response.url().endsWith("/graphql"), hit::click);
                Set<String> expanded = new HashSet<>(List.of(page.locator("#node-list button[aria-current=true]").getAttribute("data-id")));
                for (int step = 2; step <= 3; step++) {
                    List<String> ring = page.locator("#node-list button").all().stream().map(b -> b.getAttribute("data-id"))
                            .filter(id -> !expanded.contains(id)).toList();
                    for (String id : ring.subList(0, Math.min(ring.size(), step == 2 ? ring.size() : 25))) {
                        expanded.add(id);
                        Locator button = page.locator("#node-list button[data-id='" + id + "']");
                        page.waitForResponse(response -> response.url().endsWith("/graphql"), () -> button.press("e"));
                        expansions++;
                    }
                }
            }
            assertThat(expansions).as("expansions walked").isGreaterThan(40);
            assertThat(browser.errors()).isEmpty();
        }

        Map<String, Set<String>> personal = new HashMap<>();
        answers.forEach(answer -> collectPersonal(json.readTree(answer), personal));
        assertThat(personal.getOrDefault("Person", Set.of())).hasSizeGreaterThan(10);
        for (var kind : personal.entrySet()) {
            List<String> grids = neo4j.query("MATCH (x:%s) WHERE x.id IN $ids RETURN x.gridCode".formatted(kind.getKey()))
                    .bind(List.copyOf(kind.getValue())).to("ids").fetchAs(String.class).all().stream().toList();
            assertThat(grids).as(kind.getKey() + " received").hasSize(kind.getValue().size()).allMatch(grid -> grid.startsWith("330203009"));
        }
    }

    private static final Map<String, String> PERSONAL = Map.of("HOUSEHOLD", "Household", "PERSON", "Person", "NEED", "Need", "WARNING", "Warning");

    /** Every household, person, need and warning in an answer: as a graph node (type, key) or as a record (its field and id). */
    private static void collectPersonal(JsonNode node, Map<String, Set<String>> found) {
        if (node.isObject()) {
            String type = node.path("type").asString("");
            if (PERSONAL.containsKey(type) && node.path("key").isString()) {
                found.computeIfAbsent(PERSONAL.get(type), k -> new HashSet<>()).add(node.path("key").asString());
            }
            for (var field : node.properties()) {
                String label = PERSONAL.get(field.getKey().toUpperCase());
                if (label != null && field.getValue().path("id").isString()) {
                    found.computeIfAbsent(label, k -> new HashSet<>()).add(field.getValue().path("id").asString());
                }
                collectPersonal(field.getValue(), found);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectPersonal(child, found));
        }
    }
}
