package org.zhulian.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhulian.support.Browser;
import org.zhulian.support.IntegrationTest;

/**
 * GraphiQL as a newcomer meets it on a network with nothing but the service: it renders, a demo user
 * puts a token in the headers pane, a query answers, and nothing is fetched from elsewhere or left
 * in the browser's storage.
 */
@IntegrationTest
class GraphiQlPageIT {

    @LocalServerPort
    int port;

    @Test
    void graphiQlRendersOfflineTakesADemoTokenAndAnswersAQuery() {
        try (Browser browser = Browser.open(port)) {
            Page page = browser.page();
            page.navigate("http://localhost:" + port + "/graphiql");
            page.locator(".graphiql-container").waitFor();
            page.locator("#demo").waitFor();

            page.selectOption("#demo-user", "caseworker-shiqi");
            page.locator("#demo-status").getByText("令牌已填入").waitFor();
            page.locator(".graphiql-execute-button").click();
            Locator result = page.locator(".result-window");
            result.getByText("石碶街道").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
            browser.screenshot("graphiql");

            assertThat(result.innerText()).contains("householdCount");
            assertThat(page.locator(".graphiql-editor-tool").innerText()).contains("Bearer ey");
            assertThat(page.evaluate("() => localStorage.length + sessionStorage.length")).as("no token or query left behind").isEqualTo(0);
            assertThat(browser.foreignRequests()).as("everything from the application's own origin").isEmpty();
            assertThat(browser.errors()).isEmpty();
        }
    }
}
