package org.zhulian.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * A page in Debian's headless Chromium, for a test that must see what a caseworker sees. One browser
 * serves the whole test run; each {@link #open} is a fresh context (no cookies, no storage). Every
 * request to any host but the application's own is recorded and refused, so a test proves the page
 * works on a network with nothing else on it; so are the errors the page's scripts raise.
 */
public final class Browser implements AutoCloseable {

    /** Where the screenshots go, kept as build artefacts. */
    public static final Path SCREENSHOTS = Paths.get("target", "browser");

    private static final String CHROMIUM = System.getenv().getOrDefault("ZHULIAN_CHROMIUM", "/usr/bin/chromium");

    private static final String AXE = axe();

    private static com.microsoft.playwright.Browser chromium;

    private final BrowserContext context;
    private final Page page;
    private final List<String> foreign = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();

    private Browser(String origin) {
        context = chromium().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1280, 800));
        context.route("**/*", route -> {
            String url = route.request().url();
            if (url.startsWith(origin + "/") || url.startsWith("data:") || url.startsWith("blob:")) {
                route.resume();
            } else {
                foreign.add(url);
                route.abort();
            }
        });
        page = context.newPage();
        page.onPageError(error -> errors.add(shortened(error)));
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(shortened(message.text()));
            }
        });
    }

    /** A fresh page for the application at this port. */
    public static Browser open(int port) {
        return new Browser("http://localhost:" + port);
    }

    public Page page() {
        return page;
    }

    /** The requests to hosts other than the application's own, all refused. */
    public List<String> foreignRequests() {
        return List.copyOf(foreign);
    }

    /** Errors of the page's scripts and those it logged. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** A screenshot of the whole page under {@link #SCREENSHOTS}. */
    public Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * The serious and critical accessibility violations axe-core finds on the page, as "rule: how
     * many nodes". It runs through the debugging protocol, so the page's content security policy
     * (scripts from its own origin only) stays as it is.
     */
    public List<String> seriousViolations() {
        page.evaluate(AXE);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) page.evaluate("""
                async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.nodes.length + ' (' + v.nodes[0].target.join(' ') + ')')""");
        return violations;
    }

    /** The path of the page's address. */
    public String location() {
        return URI.create(page.url()).getRawPath();
    }

    @Override
    public void close() {
        context.close();
    }

    private static String axe() {
        try (var source = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(source.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shortened(String message) {
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private static synchronized com.microsoft.playwright.Browser chromium() {
        if (chromium == null) {
            if (!Files.isExecutable(Paths.get(CHROMIUM))) {
                throw new IllegalStateException(CHROMIUM + " is missing: install Debian's chromium (apt-get install chromium), as .ci/run does");
            }
            Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            chromium = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(CHROMIUM)).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return chromium;
    }
}
