package org.zhulian.wish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhulian.system.graphql.InvalidInputException;

class PublicTextTest {

    static final PublicText.Family GUO = PublicText.Family.of(List.of("老郭", "郭建国"), "上海市长宁区华阳路街道某社区 安西路 12 弄 3 号",
            List.of("上海市", "长宁区", "华阳路街道", "某社区"));

    @Test
    void whatIdentifiesTheFamilyIsRefusedWhereverItStandsAndHoweverItIsSpaced() {
        for (String text : List.of("老郭想要被子", "郭 建 国的心愿", "电话13912345678", "电话 139 1234 5678", "座机021-62345678",
                "证件 31010519641120001X", "送到安西路12弄3号", "送到 安西路 12 弄 3 号")) {
            assertThatThrownBy(() -> PublicText.checked(text, "input.story", 300, GUO)).as(text)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("shown to donors").hasMessageNotContaining(text);
        }
    }

    @Test
    void whatNamesNobodyPasses() {
        for (String text : List.of("一位独居老人，冬天想要一床新棉被", "需要8号电池两节", "华阳路街道某社区的老人", "价值260元，数量2件", "郭")) {
            assertThat(PublicText.checked(text, "input.story", 300, GUO)).isEqualTo(text);
        }
    }
}
