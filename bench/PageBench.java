import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.zhulian.support.Browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The explorer's figures through the page itself, in Debian's headless Chromium, as
 * caseworker-haishu (all of 海曙区): a household's expansion from the click on its search hit to the
 * frame that draws it; a saved view of 500 and of 2,000 nodes from the click to the drawn frame, and
 * the frames while the caseworker pans it; the resource map of every provider of the district and
 * the demand map; and every byte the page loads, gzipped. Times are measured inside the page
 * (performance.now to the second animation frame after the change), so the driver's round trips
 * are not in them; the first of each is a warm-up and not counted. Expansions run over two sets of
 * households: the first right after the service started (its code not yet compiled, its store not
 * yet in memory), the second as on a working day.
 *   java -cp target/test-classes:<test classpath> bench/PageBench.java port bolt-uri bolt-password samples
 */
public class PageBench {

    static final String DISTRICT = "330203";
    static final String USER = "caseworker-haishu";
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Clicks and resolves once the scene shows more nodes than before and two frames have been drawn
     * since: the time from the click, and from the last answer of the service.
     */
    static final String DRAWN_AFTER = """
            async ([selector, before]) => {
              performance.clearResourceTimings();
              const start = performance.now();
              document.querySelector(selector).click();
              await new Promise(resolve => {
                const check = () => document.querySelectorAll('#node-list button').length > before ? resolve() : requestAnimationFrame(check);
                check();
              });
              await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
              const end = performance.now();
              const answers = performance.getEntriesByType('resource').filter(e => e.name.endsWith('/graphql'));
              return [end - start, end - Math.max(...answers.map(e => e.responseEnd))];
            }""";

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int samples = Integer.parseInt(args[3]);
        String origin = "http://localhost:" + port;
        List<String> addresses;
        List<String> households;
        try (Driver driver = GraphDatabase.driver(args[1], AuthTokens.basic("neo4j", args[2]))) {
            addresses = driver.executableQuery("""
                    MATCH (h:Household)-[:HAS_NEED]->(n:Need) WHERE h.gridCode STARTS WITH $district AND n.status IN ['OPEN', 'IN_PROGRESS']
                    WITH DISTINCT h ORDER BY h.id LIMIT $n RETURN h.address AS address""")
                    .withParameters(Map.of("district", DISTRICT, "n", 2 * samples)).execute().records().stream()
                    .map(r -> r.get("address").asString()).toList();
            households = driver.executableQuery("MATCH (h:Household) WHERE h.gridCode STARTS WITH $district RETURN h.id AS id ORDER BY h.id LIMIT 2000")
                    .withParameters(Map.of("district", DISTRICT)).execute().records().stream().map(r -> r.get("id").asString()).toList();
        }
        String token = token(origin);
        List<String> views = List.of(saveView(origin, token, "基准 500", households.subList(0, 500)), saveView(origin, token, "基准 2000", households));

        Map<String, byte[]> loaded = new ConcurrentHashMap<>();
        Map<String, Long> transferred = new ConcurrentHashMap<>();
        try (Browser browser = Browser.open(port)) {
            Page page = browser.page();
            page.onResponse(response -> {
                String url = response.url();
                if (!url.contains("/graphql") && !url.contains("/demo/") && response.status() == 200) {
                    try {
                        loaded.put(url, response.body());
                        transferred.put(url, (long) response.request().sizes().responseBodySize);
                    } catch (RuntimeException e) {
                        // a response without a body (a redirect) loads nothing
                    }
                }
            });
            page.navigate(origin + "/explorer");
            page.locator("#demo-user option[value='" + USER + "']").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
            page.selectOption("#demo-user", USER);
            page.locator("#search:enabled").waitFor();

            List<List<Double>> cold = expansions(page, addresses.subList(0, samples));
            List<List<Double>> warm = expansions(page, addresses.subList(samples, addresses.size()));
            report("household expansion, first after start: click to drawn", cold.get(0));
            report("household expansion: click to drawn", warm.get(0));
            report("household expansion: answer to drawn", warm.get(1));

            for (int size : List.of(500, 2000)) {
                List<Double> opened = new ArrayList<>();
                for (int i = 0; i <= Math.min(5, samples); i++) {
                    page.click("#clear-scene");
                    page.evaluate("name => [...document.querySelectorAll('#views button')].find(b => b.textContent.startsWith(name)).setAttribute('data-bench', 'view')",
                            "基准 " + size);
                    double millis = number(((List<?>) page.evaluate(DRAWN_AFTER, List.of("#views button[data-bench=view]", 0))).get(0));
                    if (i > 0) {
                        opened.add(millis);
                    }
                    page.evaluate("() => document.querySelector('#views button[data-bench=view]').removeAttribute('data-bench')");
                }
                report("saved view of " + size + " nodes: click to drawn", opened);
                report("panning " + size + " nodes: ms per frame", pan(page));
                if (size == 500) {
                    page.locator("#node-list button").nth(1).click();
                    int before = page.locator("#node-list button").count();
                    report("expanding a household among 500 (all laid out again)",
                            List.of(number(((List<?>) page.evaluate(DRAWN_AFTER, List.of("#card .more button", before))).get(0))));
                }
            }
            page.click("#clear-scene");

            List<Double> maps = new ArrayList<>();
            List<Double> drawing = new ArrayList<>();
            for (int i = 0; i <= Math.min(5, samples); i++) {
                page.click("#tab-graph");
                List<?> times = (List<?>) page.evaluate("""
                        async () => {
                          performance.clearResourceTimings();
                          document.querySelector('#legend').replaceChildren();
                          const start = performance.now();
                          document.querySelector('#tab-resources').click();
                          await new Promise(resolve => {
                            const check = () => (document.querySelector('#legend strong') || {}).textContent?.startsWith('服务机构') ? resolve() : requestAnimationFrame(check);
                            check();
                          });
                          await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
                          const end = performance.now();
                          const answers = performance.getEntriesByType('resource').filter(e => e.name.endsWith('/graphql'));
                          return [end - start, end - Math.max(...answers.map(e => e.responseEnd))];
                        }""");
                if (i > 0) {
                    maps.add(number(times.get(0)));
                    drawing.add(number(times.get(1)));
                }
            }
            String markers = page.locator("#legend strong").innerText();
            report("resource map (" + markers + "): click to drawn", maps);
            report("resource map: last answer to drawn", drawing);

            List<Double> demand = new ArrayList<>();
            for (int i = 0; i <= Math.min(5, samples); i++) {
                page.click("#tab-graph");
                double millis = number(page.evaluate("""
                        async () => {
                          document.querySelector('#legend').replaceChildren();
                          const start = performance.now();
                          document.querySelector('#tab-demand').click();
                          await new Promise(resolve => {
                            const check = () => document.querySelector('#legend .ranking') ? resolve() : requestAnimationFrame(check);
                            check();
                          });
                          await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
                          return performance.now() - start;
                        }"""));
                if (i > 0) {
                    demand.add(millis);
                }
            }
            report("demand map of 海曙区 with indicators: click to drawn", demand);
            if (!browser.errors().isEmpty() || !browser.foreignRequests().isEmpty()) {
                System.out.println("page errors: " + browser.errors() + "; foreign requests: " + browser.foreignRequests());
            }
        }
        for (String view : views) {
            post(origin + "/graphql", token, Map.of("query", "mutation($id: ID!) { deleteView(id: $id) }", "variables", Map.of("id", view)));
        }
        long raw = loaded.values().stream().mapToLong(body -> body.length).sum();
        long gzipped = loaded.values().stream().mapToLong(PageBench::gzippedSize).sum();
        long wire = transferred.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("everything the explorer loads: %d files, %,d KB, %,d KB gzipped, %,d KB as sent%n", loaded.size(), raw / 1024,
                gzipped / 1024, wire / 1024);
        System.exit(0); // the tests' one Chromium stays open for the run: end it with the benchmark
    }

    /**
     * Finds each household by its address and expands it from its search hit: the times from the
     * click to the drawn frame, and from the answer to it.
     */
    static List<List<Double>> expansions(Page page, List<String> addresses) {
        List<Double> clicked = new ArrayList<>();
        List<Double> answered = new ArrayList<>();
        for (String address : addresses) {
            page.click("#clear-scene");
            page.fill("#search", address);
            page.locator("#results li[role=option]").first().waitFor();
            page.evaluate("""
                    () => { const options = [...document.querySelectorAll('#results li')];
                            const group = options.findIndex(li => li.className === 'group' && li.textContent === '家庭');
                            options[group + 1].setAttribute('data-bench', 'pick'); }""");
            List<?> times = (List<?>) page.evaluate(DRAWN_AFTER, List.of("#results li[data-bench=pick]", 0));
            clicked.add(number(times.get(0)));
            answered.add(number(times.get(1)));
        }
        return List.of(clicked, answered);
    }

    /** Drags the canvas's background for about a second and returns the intervals between frames. */
    static List<Double> pan(Page page) {
        var box = page.locator("#canvas").boundingBox();
        double x = box.x + 8;
        double y = box.y + 8;
        page.evaluate("""
                () => { window.benchFrames = []; window.benchPanning = true; let last = performance.now();
                        const tick = now => { window.benchFrames.push(now - last); last = now; if (window.benchPanning) requestAnimationFrame(tick); };
                        requestAnimationFrame(tick); }""");
        page.mouse().move(x, y);
        page.mouse().down();
        for (int step = 1; step <= 60; step++) {
            page.mouse().move(x + step * 4, y + step * 3);
            page.waitForTimeout(16);
        }
        page.mouse().up();
        List<?> frames = (List<?>) page.evaluate("() => { window.benchPanning = false; return window.benchFrames.slice(1); }");
        return frames.stream().map(PageBench::number).toList();
    }

    static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%-62s n=%3d  p50 %7.1f  p95 %7.1f  max %7.1f ms%n", what, sorted.size(), percentile(sorted, 50), percentile(sorted, 95),
                sorted.getLast());
    }

    static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    static long gzippedSize(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    static String token(String origin) throws Exception {
        return post(origin + "/demo/tokens", null, Map.of("user", USER)).path("token").asString();
    }

    /** A view of these households in rings around the first, as the page would have drawn them. */
    static String saveView(String origin, String token, String name, List<String> households) throws Exception {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (int i = 0; i < households.size(); i++) {
            int ring = (int) Math.floor(Math.sqrt(i / 3.0));
            double angle = i * 2.399963;
            nodes.add(Map.of("type", "HOUSEHOLD", "key", households.get(i), "x", Math.cos(angle) * ring * 90, "y", Math.sin(angle) * ring * 90));
        }
        JsonNode answer = post(origin + "/graphql", token, Map.of("query", "mutation($input: SavedViewInput!) { saveView(input: $input) { id } }",
                "variables", Map.of("input", Map.of("name", name, "nodes", nodes, "edges", List.of()))));
        if (answer.has("errors")) {
            throw new IllegalStateException(answer.path("errors").toString());
        }
        return answer.path("data").path("saveView").path("id").asString();
    }

    static JsonNode post(String url, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return JSON.readTree(HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }
}
