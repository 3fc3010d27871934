package org.zhulian.demo;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Short descriptions a caseworker would write for a need, by service subcategory. */
final class NeedTexts {

    private static final Map<String, List<String>> TEXTS = Map.ofEntries(
            Map.entry("MATERIAL.CASH", List.of("家庭成员住院，自付医疗费用较高，申请临时救助",
                    "主要劳动力失业，家庭收入骤减，生活困难", "突发意外事故，急需临时生活救助金")),
            Map.entry("MATERIAL.GOODS", List.of("冬季将至，缺少御寒被褥和棉衣", "家中电饭煲损坏，希望得到一台新的",
                    "需要米、油等基本生活物资", "孩子开学需要书包和学习用品")),
            Map.entry("MATERIAL.HOUSING", List.of("房屋年久失修，屋顶漏雨，需要修缮", "居住面积狭小，申请公租房保障",
                    "老房子电线老化，存在安全隐患")),
            Map.entry("CAPABILITY.SKILLS", List.of("希望参加手工技能培训，增加收入", "想学习电脑操作，便于再就业",
                    "残疾人希望参加适合自己的职业技能培训")),
            Map.entry("CAPABILITY.EMPLOYMENT", List.of("失业在家，希望介绍就近的工作", "需要一个时间灵活的公益性岗位",
                    "照顾家人无法全职工作，希望找兼职")),
            Map.entry("CAPABILITY.EDUCATION", List.of("孩子学习跟不上，需要课业辅导", "孩子上学费用负担重，申请助学金",
                    "孩子升学在即，需要学业规划指导")),
            Map.entry("DAILY_LIFE.MEAL", List.of("老人行动不便，需要每日送餐", "独居老人做饭困难，希望到助餐点就餐",
                    "老人患病需清淡饮食，需要助餐服务")),
            Map.entry("DAILY_LIFE.BATH", List.of("老人无法独立洗澡，需要上门助浴", "卧床老人需要定期助浴服务")),
            Map.entry("DAILY_LIFE.HOME_CARE", List.of("失能老人需要上门照护", "家属白天上班，需要居家照护服务",
                    "重度残疾人需要定期上门护理")),
            Map.entry("DAILY_LIFE.DAY_CARE", List.of("老人白天无人照看，希望去日间照料中心", "轻度失智老人需要日间照料")),
            Map.entry("DAILY_LIFE.REHABILITATION", List.of("中风后肢体功能障碍，需要居家康复训练", "术后需要康复指导",
                    "残疾儿童需要康复训练")),
            Map.entry("DAILY_LIFE.MEDICAL", List.of("慢性病需长期服药，希望送药上门", "希望签约家庭医生，定期上门随访",
                    "老人行动不便，就医需要陪同")),
            Map.entry("DAILY_LIFE.ERRANDS", List.of("老人不会使用手机，需要代办缴费", "需要帮忙代购日常用品",
                    "需要代办社保和医保相关手续")),
            Map.entry("DAILY_LIFE.BARRIER_FREE", List.of("家中需要加装扶手和防滑设施", "轮椅进出不便，需要无障碍改造",
                    "卫生间需要适老化改造")),
            Map.entry("PSYCHOLOGICAL.COUNSELLING", List.of("家庭变故后情绪低落，需要心理疏导", "长期照顾病人压力大，需要心理支持",
                    "孩子性格孤僻，需要心理辅导")),
            Map.entry("EMOTIONAL.VISITING", List.of("独居老人希望有人定期上门探望", "子女不在身边，需要定期探访关爱")),
            Map.entry("EMOTIONAL.COMPANIONSHIP", List.of("老人平时没人说话，希望有志愿者陪伴聊天", "希望有人陪同外出散步")),
            Map.entry("SOCIAL_INCLUSION.ACTIVITIES", List.of("希望参加社区文体活动，多与邻居交流", "新搬来的家庭，希望融入社区")),
            Map.entry("SOCIAL_INCLUSION.CHILD_GROWTH", List.of("困境儿童需要成长陪伴和课外活动", "孩子假期无人看护，希望参加托管活动")));

    private static final List<String> URGENCIES = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");

    /**
     * How urgent each kind of need can be, lowest and highest: a meal for an elderly person who
     * cannot cook may be critical, a wish for skills training never is.
     */
    private static final Map<String, String[]> URGENCY = Map.ofEntries(
            Map.entry("MATERIAL.CASH", new String[] {"MEDIUM", "CRITICAL"}), Map.entry("MATERIAL.GOODS", new String[] {"LOW", "MEDIUM"}),
            Map.entry("MATERIAL.HOUSING", new String[] {"MEDIUM", "HIGH"}), Map.entry("CAPABILITY.SKILLS", new String[] {"LOW", "MEDIUM"}),
            Map.entry("CAPABILITY.EMPLOYMENT", new String[] {"LOW", "HIGH"}), Map.entry("CAPABILITY.EDUCATION", new String[] {"LOW", "MEDIUM"}),
            Map.entry("DAILY_LIFE.MEAL", new String[] {"MEDIUM", "CRITICAL"}), Map.entry("DAILY_LIFE.BATH", new String[] {"MEDIUM", "HIGH"}),
            Map.entry("DAILY_LIFE.HOME_CARE", new String[] {"HIGH", "CRITICAL"}), Map.entry("DAILY_LIFE.DAY_CARE", new String[] {"MEDIUM", "HIGH"}),
            Map.entry("DAILY_LIFE.REHABILITATION", new String[] {"MEDIUM", "HIGH"}), Map.entry("DAILY_LIFE.MEDICAL", new String[] {"MEDIUM", "HIGH"}),
            Map.entry("DAILY_LIFE.ERRANDS", new String[] {"LOW", "MEDIUM"}), Map.entry("DAILY_LIFE.BARRIER_FREE", new String[] {"MEDIUM", "HIGH"}),
            Map.entry("PSYCHOLOGICAL.COUNSELLING", new String[] {"MEDIUM", "HIGH"}), Map.entry("EMOTIONAL.VISITING", new String[] {"LOW", "MEDIUM"}),
            Map.entry("EMOTIONAL.COMPANIONSHIP", new String[] {"LOW", "MEDIUM"}), Map.entry("SOCIAL_INCLUSION.ACTIVITIES", new String[] {"LOW", "LOW"}),
            Map.entry("SOCIAL_INCLUSION.CHILD_GROWTH", new String[] {"LOW", "MEDIUM"}));

    private NeedTexts() {
    }

    /** The urgency of a need of this kind, from a drawn one (0 LOW … 3 CRITICAL) kept within the kind's range. */
    static String urgency(String categoryCode, int drawn) {
        String[] range = URGENCY.get(categoryCode);
        if (range == null) {
            throw new IllegalArgumentException("No urgency range for " + categoryCode);
        }
        return URGENCIES.get(Math.clamp(drawn, URGENCIES.indexOf(range[0]), URGENCIES.indexOf(range[1])));
    }

    static String describe(String categoryCode, RandomGenerator random) {
        List<String> texts = TEXTS.get(categoryCode);
        if (texts == null) {
            throw new IllegalArgumentException("No description for " + categoryCode);
        }
        return texts.get(random.nextInt(texts.size()));
    }
}
