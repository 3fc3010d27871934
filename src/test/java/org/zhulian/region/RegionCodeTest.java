package org.zhulian.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhulian.system.graphql.InvalidInputException;

class RegionCodeTest {

    @Test
    void shortOfficialFormsArePaddedAndLevelledByTheirShape() {
        assertThat(RegionCode.parse("330203", "f")).isEqualTo(new RegionCode("330203000000", RegionLevel.DISTRICT));
        assertThat(RegionCode.parse("330203009", "f").level()).isEqualTo(RegionLevel.STREET);
        assertThat(RegionCode.parse("330200000000", "f").level()).isEqualTo(RegionLevel.CITY);
        assertThat(RegionCode.parse("330203009005", "f").level()).isEqualTo(RegionLevel.COMMUNITY);
        assertThat(RegionCode.parse("330203009005001", "f").level()).isEqualTo(RegionLevel.GRID);
    }

    @Test
    void thePrefixSelectsEverythingBelow() {
        assertThat(RegionCode.parse("330203009000", "f").prefix()).isEqualTo("330203009");
        assertThat(RegionCode.parse("33", "f").prefix()).isEqualTo("33");
        assertThat("330203009005002").startsWith(RegionCode.parse("330203009", "f").prefix());
    }

    @Test
    void theAncestorsOfAGridRunFromItsProvince() {
        assertThat(RegionPath.ancestorCodes("330203009005002")).containsExactly("330000000000", "330200000000",
                "330203000000", "330203009000", "330203009005", "330203009005002");
    }

    @Test
    void malformedCodesNameTheField() {
        assertThatThrownBy(() -> RegionCode.parse("33020", "filter.regionCode"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("filter.regionCode");
    }
}
