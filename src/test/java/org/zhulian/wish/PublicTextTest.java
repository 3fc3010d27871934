package org.zhulian.wish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhulian.system.graphql.InvalidInputException;

class PublicTextTest {

    static final PublicText.Family GUO = PublicText.Family.of(List.of("老郭", "郭建国"), "上海市长宁区华阳路街道某社区 解放北路 12 弄 3 幢",
            List.of("上海市", "长宁区", "华阳路街道", "某社区"));

    @Test
    void whatIdentifiesTheFamilyIsRefusedWhereverItStandsAndHoweverItIsWritten() {
        for (String text : List.of("老郭想要被子", "郭 建 国的心愿", "郭\u200B建国的心愿", "郭\u3000建国", "电话13912345678", "电话 139 1234 5678",
                "电话139-1234-5678", "电话１３９１２３４５６７８", "座机021-62345678", "证件 31010519641120001X", "送到解放北路12弄",
                "送到 放北路 12 号", "住在3幢")) {
            assertThatThrownBy(() -> PublicText.require(text, "input.story", GUO)).as(text)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("shown to donors").hasMessageNotContaining(text);
        }
    }

    @Test
    void whatNamesNobodyPasses() {
        for (String text : List.of("一位独居老人，冬天想要一床新棉被", "需要8号电池两节", "华阳路街道某社区的老人", "价值260元，数量2件", "郭",
                "中山路12号的超市有卖")) {
            assertThat(PublicText.require(text, "input.story", GUO)).isEqualTo(text);
        }
    }
}
