package org.zhulian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PinyinKeysTest {

    @Test
    void aNameIsItsFullPinyinAndItsInitials() {
        PinyinKeys.Keys keys = PinyinKeys.ofName("王宏");

        assertThat(keys.full()).containsExactly("wanghong");
        assertThat(keys.initials()).containsExactly("wh");
        assertThat(keys.parts()).isEmpty();
    }

    @Test
    void aSurnameIsReadAsASurnameFirstAndEveryOtherReadingIsKept() {
        PinyinKeys.Keys zeng = PinyinKeys.ofName("曾霞");
        PinyinKeys.Keys shan = PinyinKeys.ofName("单丽");

        assertThat(zeng.full()).startsWith("zengxia").contains("cengxia");
        assertThat(zeng.initials()).startsWith("zx").contains("cx");
        assertThat(shan.full().getFirst()).isEqualTo("shanli");
        assertThat(PinyinKeys.ofName("尉迟明").full().getFirst()).isEqualTo("yuchiming");
    }

    @Test
    void aNameOfManyPolyphonesKeepsAtMostSixteenReadings() {
        PinyinKeys.Keys keys = PinyinKeys.ofName("曾单解仇覃查");

        assertThat(keys.full()).hasSizeLessThanOrEqualTo(PinyinKeys.MAX_VARIANTS).hasSizeGreaterThan(1);
        assertThat(keys.full().getFirst()).startsWith("zeng");
    }

    @Test
    void aTextIsFoundFromInsideItToo() {
        PinyinKeys.Keys keys = PinyinKeys.ofText("石碶街道康复中心");

        assertThat(keys.initials()).contains("sqjdkfzx");
        assertThat(keys.parts()).contains("kfzx", "kangfuzhongxin", "jdkfzx");
        assertThat(keys.parts()).doesNotContainAnyElementsOf(keys.full());
    }

    @Test
    void latinLettersAndDigitsStayAndPunctuationGoes() {
        assertThat(PinyinKeys.ofText("3号楼 A座").full()).containsExactly("3haolouazuo");
        assertThat(PinyinKeys.ofName("阿依古丽·买买提").initials()).startsWith("ayglmmt");
        assertThat(PinyinKeys.ofName("").full()).isEmpty();
        assertThat(PinyinKeys.ofName("·").initials()).isEmpty();
    }

    @Test
    void typedPinyinIsTellableFromChinese() {
        assertThat(PinyinKeys.isTyped("Wang Hong")).isTrue();
        assertThat(PinyinKeys.typed("Wang Hong")).isEqualTo("wanghong");
        assertThat(PinyinKeys.isTyped("xi'an")).isTrue();
        assertThat(PinyinKeys.isTyped("王h")).isFalse();
        assertThat(PinyinKeys.isTyped("110")).isFalse();
        assertThat(PinyinKeys.isTyped(" ")).isFalse();
    }

    /** Whatever the text, the number of keys is bounded: a long description does not make thousands. */
    @Test
    void anyTextHasABoundedNumberOfKeys() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(500);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(4) == 0 ? "曾单解长重行乐" .charAt(random.nextInt(7)) : (char) (0x4E00 + random.nextInt(0x5000)));
            }
            PinyinKeys.Keys keys = PinyinKeys.ofText(text.toString());
            List<String> all = new ArrayList<>(keys.full());
            all.addAll(keys.initials());
            all.addAll(keys.parts());

            assertThat(keys.full()).hasSizeLessThanOrEqualTo(PinyinKeys.MAX_VARIANTS);
            assertThat(all).hasSizeLessThanOrEqualTo(2 * PinyinKeys.MAX_VARIANTS + 2 * PinyinKeys.PART_VARIANTS * PinyinKeys.MAX_PART_STARTS)
                    .allMatch(key -> key.matches("[a-z0-9]+"));
        }
    }
}
