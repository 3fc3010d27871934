package org.zhulian.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Demo mode only: tokens for the demo principals, and who they are. Absent (404) in production. */
@RestController
@ConditionalOnWebApplication
@Conditional(DemoMode.class)
class DemoTokenController {

    private final DemoPrincipals principals;
    private final DemoTokens tokens;

    DemoTokenController(DemoPrincipals principals, DemoTokens tokens) {
        this.principals = principals;
        this.tokens = tokens;
    }

    record TokenRequest(String user) {
    }

    @PostMapping("/demo/tokens")
    ResponseEntity<Map<String, String>> token(@RequestBody TokenRequest request) {
        return principals.find(request.user())
                .map(principal -> ResponseEntity.ok(Map.of("token", tokens.issue(principal))))
                .orElseGet(() -> ResponseEntity.badRequest().body(Map.of("error", "No such demo user; see GET /demo/users")));
    }

    @GetMapping("/demo/users")
    List<DemoPrincipals.Principal> users() {
        return principals.all();
    }
}
