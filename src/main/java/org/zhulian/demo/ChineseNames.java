package org.zhulian.demo;

import java.util.random.RandomGenerator;

/**
 * Believable Chinese names for generated persons: surnames drawn by their real frequency (王, 李, 张
 * lead), given names of one or two characters from pools that differ by gender and by generation, as
 * a 1950s 秀英 and a 2015 子涵 would. All names are synthetic.
 */
final class ChineseNames {

    /** Common surnames with rough weights (per mille of the population). */
    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
        "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
        "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢",
        "钟", "姜", "崔", "谭", "陆", "汪", "范", "金", "石", "贾", "夏", "傅", "方", "邵", "毛", "俞", "应",
        "鲍", "虞", "竺", "舒", "史", "孔", "顾", "钱", "严", "戴", "童", "楼"};
    private static final int[] WEIGHTS = {
        72, 71, 69, 54, 53, 35, 34, 33, 31, 26, 26, 23, 17, 17, 16, 14, 14,
        14, 13, 13, 12, 11, 11, 11, 11, 10, 9, 9, 9, 8, 8, 8, 8, 8,
        7, 7, 7, 7, 7, 7, 7, 9, 6, 6, 6, 6, 5, 5, 8, 5, 5,
        5, 5, 5, 4, 6, 6, 4, 5, 4, 4, 4, 4, 4, 4, 4, 5, 4,
        3, 3, 2, 3, 3, 3, 4, 4, 3, 3, 3, 3};
    private static final int TOTAL = java.util.Arrays.stream(WEIGHTS).sum();

    private static final String OLD_MALE = "建国军华明伟强平志德富荣根林海金宝福兴忠祥山庆国明发良成文彬正生元水才武";
    private static final String OLD_FEMALE = "秀英兰芳珍玉凤琴桂英华娟美萍素芬翠莲菊娥云霞彩梅月红仙爱香";
    private static final String MID_MALE = "勇杰涛斌磊超波鹏辉刚俊峰军亮宇浩健江东飞龙波晖锋毅剑";
    private static final String MID_FEMALE = "丽敏静燕霞艳娜婷倩雪丹萍慧玲洁颖莉琳晶蓉红琼佳璐";
    private static final String YOUNG_MALE = "浩然子轩宇辰梓豪俊杰一鸣博文皓睿泽宇铭嘉昊天奕晨逸凡思远";
    private static final String YOUNG_FEMALE = "子涵欣怡梓萱诗琪雨桐可馨语嫣思彤一诺佳怡梦瑶紫涵安琪若曦";

    private ChineseNames() {
    }

    static String surname(RandomGenerator random) {
        int pick = random.nextInt(TOTAL);
        for (int i = 0; i < SURNAMES.length; i++) {
            pick -= WEIGHTS[i];
            if (pick < 0) {
                return SURNAMES[i];
            }
        }
        return SURNAMES[0];
    }

    static String fullName(RandomGenerator random, boolean male, int birthYear) {
        return surname(random) + givenName(random, male, birthYear);
    }

    /** One character about a quarter of the time, two otherwise. */
    static String givenName(RandomGenerator random, boolean male, int birthYear) {
        String pool = birthYear < 1965 ? (male ? OLD_MALE : OLD_FEMALE)
                : birthYear < 1995 ? (male ? MID_MALE : MID_FEMALE)
                : (male ? YOUNG_MALE : YOUNG_FEMALE);
        String first = String.valueOf(pool.charAt(random.nextInt(pool.length())));
        if (random.nextInt(4) == 0) {
            return first;
        }
        char second = pool.charAt(random.nextInt(pool.length()));
        return first + second;
    }
}
