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
        assertThatThrownBy(() -> Page.of(10, java.util.Base64.getUrlEncoder().encodeToString("o:-5".getBytes())))
                .isInstanceOf(InvalidInputException.class);
    }
}
