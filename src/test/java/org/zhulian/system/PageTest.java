package org.zhulian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Page;

class PageTest {

    @Test
    void aCursorLeadsToTheItemAfterIt() {
        assertThat(Page.of(10, Page.cursor(19))).isEqualTo(new Page(20, 10));
        assertThat(Page.of(null, null)).isEqualTo(new Page(0, Page.DEFAULT_SIZE));
    }

    @Test
    void sizesAboveTheCapAndForgedCursorsAreRejected() {
        assertThatThrownBy(() -> Page.of(101, null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("100");
        assertThatThrownBy(() -> Page.of(-1, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Page.of(10, "bad!")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Page.of(10, forged("o:-5"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Page.of(10, forged("o:2147483647"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Page.of(10, forged("o:99999999999999999999"))).isInstanceOf(InvalidInputException.class);
    }

    private static String forged(String text) {
        return java.util.Base64.getUrlEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
