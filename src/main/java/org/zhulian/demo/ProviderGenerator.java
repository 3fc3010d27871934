package org.zhulian.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.zhulian.demo.RegionSeed.Region;

/**
 * Haishu's service providers in the numbers the Ningbo article gives (12 social-work stations, 314
 * convenience service centres, 38 elderly-care institutions, 20 regional home-care centres, 249
 * home-care stations, 43 assistance projects), plus charities, social organisations and a few
 * hospitals, each with the services its kind offers. Names and places are invented but follow local
 * naming habits; optional extra providers make benchmark data sets.
 */
final class ProviderGenerator {

    static final Map<String, Integer> HAISHU_COUNTS = Map.of(
            "SOCIAL_WORK_STATION", 12, "CONVENIENCE_SERVICE_CENTRE", 314, "ELDERLY_CARE_INSTITUTION", 38,
            "HOME_CARE_CENTRE", 20, "HOME_CARE_STATION", 249, "ASSISTANCE_PROJECT", 43);

    /** What each kind of provider offers: service name and category. */
    private static final Map<String, String[][]> SERVICES = Map.of(
            "SOCIAL_WORK_STATION", new String[][] {{"心理咨询", "PSYCHOLOGICAL.COUNSELLING"}, {"探访关爱", "EMOTIONAL.VISITING"},
                {"社区活动", "SOCIAL_INCLUSION.ACTIVITIES"}, {"困境儿童关爱", "SOCIAL_INCLUSION.CHILD_GROWTH"}},
            "CONVENIENCE_SERVICE_CENTRE", new String[][] {{"代办服务", "DAILY_LIFE.ERRANDS"}, {"救助申请受理", "MATERIAL.CASH"},
                {"就业登记与推荐", "CAPABILITY.EMPLOYMENT"}, {"社区活动", "SOCIAL_INCLUSION.ACTIVITIES"}},
            "ELDERLY_CARE_INSTITUTION", new String[][] {{"机构照护", "DAILY_LIFE.HOME_CARE"}, {"日间照料", "DAILY_LIFE.DAY_CARE"},
                {"康复护理", "DAILY_LIFE.REHABILITATION"}, {"医养结合", "DAILY_LIFE.MEDICAL"}},
            "HOME_CARE_CENTRE", new String[][] {{"日间照料", "DAILY_LIFE.DAY_CARE"}, {"助餐", "DAILY_LIFE.MEAL"},
                {"助浴", "DAILY_LIFE.BATH"}, {"居家照护", "DAILY_LIFE.HOME_CARE"}, {"康复", "DAILY_LIFE.REHABILITATION"}},
            "HOME_CARE_STATION", new String[][] {{"助餐", "DAILY_LIFE.MEAL"}, {"助浴", "DAILY_LIFE.BATH"},
                {"居家照护", "DAILY_LIFE.HOME_CARE"}, {"陪伴聊天", "EMOTIONAL.COMPANIONSHIP"}},
            "ASSISTANCE_PROJECT", new String[][] {{"技能培训", "CAPABILITY.SKILLS"}, {"助学", "CAPABILITY.EDUCATION"},
                {"无障碍改造", "DAILY_LIFE.BARRIER_FREE"}, {"儿童成长", "SOCIAL_INCLUSION.CHILD_GROWTH"},
                {"康复", "DAILY_LIFE.REHABILITATION"}},
            "CHARITY", new String[][] {{"生活物资", "MATERIAL.GOODS"}, {"慈善救助金", "MATERIAL.CASH"},
                {"助学金", "CAPABILITY.EDUCATION"}, {"安居修缮", "MATERIAL.HOUSING"}, {"微心愿认领", "MATERIAL.GOODS"}},
            "SOCIAL_ORGANISATION", new String[][] {{"心理咨询", "PSYCHOLOGICAL.COUNSELLING"}, {"探访关爱", "EMOTIONAL.VISITING"},
                {"陪伴聊天", "EMOTIONAL.COMPANIONSHIP"}, {"社区活动", "SOCIAL_INCLUSION.ACTIVITIES"},
                {"公益性岗位开发", "CAPABILITY.EMPLOYMENT"}},
            "MEDICAL", new String[][] {{"康复服务", "DAILY_LIFE.REHABILITATION"}, {"家庭医生签约", "DAILY_LIFE.MEDICAL"},
                {"送医送药", "DAILY_LIFE.MEDICAL"}});

    /** Assistance projects: name and the category of their main service. */
    private static final String[][] PROJECTS = {
        {"暖心助学", "CAPABILITY.EDUCATION"}, {"助残圆梦", "CAPABILITY.SKILLS"}, {"康复到家", "DAILY_LIFE.REHABILITATION"},
        {"无障碍家园", "DAILY_LIFE.BARRIER_FREE"}, {"巧手增收", "CAPABILITY.SKILLS"}, {"春苗成长", "SOCIAL_INCLUSION.CHILD_GROWTH"},
        {"银龄守护", "DAILY_LIFE.REHABILITATION"}, {"书香助学", "CAPABILITY.EDUCATION"}, {"安居修缮", "DAILY_LIFE.BARRIER_FREE"},
        {"阳光就业", "CAPABILITY.SKILLS"}, {"点亮童年", "SOCIAL_INCLUSION.CHILD_GROWTH"}, {"一户一策", "CAPABILITY.SKILLS"},
        {"情暖万家", "DAILY_LIFE.BARRIER_FREE"}, {"甬爱同行", "SOCIAL_INCLUSION.CHILD_GROWTH"}, {"同心圆", "CAPABILITY.EDUCATION"},
        {"彩虹桥", "SOCIAL_INCLUSION.CHILD_GROWTH"}, {"护苗", "SOCIAL_INCLUSION.CHILD_GROWTH"}, {"向日葵", "CAPABILITY.EDUCATION"},
        {"就业加油站", "CAPABILITY.SKILLS"}, {"残疾人之家", "DAILY_LIFE.REHABILITATION"}, {"雨露", "CAPABILITY.EDUCATION"},
        {"新起点", "CAPABILITY.SKILLS"}, {"暖阳", "DAILY_LIFE.REHABILITATION"}, {"安心居", "DAILY_LIFE.BARRIER_FREE"},
        {"助你飞", "CAPABILITY.EDUCATION"}, {"康乐行", "DAILY_LIFE.REHABILITATION"}, {"医路同行", "DAILY_LIFE.REHABILITATION"},
        {"乐业", "CAPABILITY.SKILLS"}, {"心手相牵", "SOCIAL_INCLUSION.CHILD_GROWTH"}, {"童心港湾", "SOCIAL_INCLUSION.CHILD_GROWTH"},
        {"适老改造", "DAILY_LIFE.BARRIER_FREE"}, {"梦想课堂", "CAPABILITY.EDUCATION"}, {"自强工坊", "CAPABILITY.SKILLS"},
        {"康复驿站", "DAILY_LIFE.REHABILITATION"}, {"成长伙伴", "SOCIAL_INCLUSION.CHILD_GROWTH"}, {"金秋助学", "CAPABILITY.EDUCATION"},
        {"匠心技能", "CAPABILITY.SKILLS"}, {"扶手工程", "DAILY_LIFE.BARRIER_FREE"}, {"星星的孩子", "DAILY_LIFE.REHABILITATION"},
        {"小候鸟", "SOCIAL_INCLUSION.CHILD_GROWTH"}, {"励志成才", "CAPABILITY.EDUCATION"}, {"指尖非遗", "CAPABILITY.SKILLS"},
        {"幸福家园", "DAILY_LIFE.BARRIER_FREE"}};

    private static final String[] CARE_BRANDS = {"康乐", "福寿", "颐和", "安康", "松鹤", "夕阳红", "怡康", "乐龄", "颐乐",
        "长乐", "百岁", "康宁", "悦年华", "九如", "慈孝", "善园", "椿萱", "馨安", "和睦", "天伦", "仁爱", "永宁", "普济",
        "康泰", "益寿", "福星", "欣和", "同乐", "逸养"};
    private static final String[] CARE_KINDS = {"养老院", "护理院", "颐养中心", "老年公寓"};
    private static final String[] CHARITIES = {"宁波市海曙区慈善总会", "宁波市海曙区红十字会", "宁波市海曙区甬爱公益基金会"};
    private static final String[] ORGANISATIONS = {"宁波市海曙区启明社会工作服务中心", "宁波市海曙区心桥社会工作服务中心",
        "宁波市海曙区同心社会工作服务社", "宁波市海曙区阳光志愿者协会", "宁波市海曙区义工联合会", "宁波市海曙区助残服务协会",
        "宁波市海曙区老年协会", "宁波市海曙区青少年发展服务中心", "宁波市海曙区邻里互助会", "宁波市海曙区乐龄社会服务中心",
        "宁波市海曙区心理咨询师协会", "宁波市海曙区家庭教育促进会", "宁波市海曙区公益服务促进会", "宁波市海曙区和美社区发展中心",
        "宁波市海曙区益家社会组织服务中心"};
    private static final String[] HOSPITALS = {"宁波海曙浙东骨伤医院", "宁波海曙康复医院"};
    private static final String[] ROADS = {"中山西路", "解放南路", "望春路", "环城西路", "丽园北路", "段塘路", "石碶路",
        "联丰路", "翠柏路", "永丰路", "县前街", "马园路", "集士港路", "古林路", "鄞江路", "高桥路", "横街路", "镇明路"};

    /** Providers with fixed ids, so that the demo's provider staff ({@code provider-shiqi-homecare}) act for a known one. */
    static final Map<String, String> FIXED_IDS = Map.of("石碶街道区域性居家养老服务中心", "prv-00000000-0000-4000-8003-000000000001");

    private final RandomGenerator random;
    private final RegionSeed regions;
    private final GeoShapes.Outline outline;
    private final Region district;
    private final List<Region> streets;
    private final List<Region> communities;

    ProviderGenerator(RandomGenerator random, RegionSeed regions, GeoShapes shapes, String districtCode) {
        this.random = random;
        this.regions = regions;
        this.outline = shapes.district(districtCode).orElseThrow();
        this.district = regions.get(districtCode);
        this.streets = regions.under(districtCode, "STREET");
        this.communities = regions.under(districtCode, "COMMUNITY");
    }

    /** The district's providers in the article's numbers, plus charities, social organisations and hospitals. */
    List<ProviderData> generate() {
        List<ProviderData> providers = new ArrayList<>();
        List<Region> shuffledStreets = shuffled(streets);
        for (Region street : shuffledStreets.subList(0, 12)) {
            providers.add(atStreet("SOCIAL_WORK_STATION", street.name() + "社工站", street));
        }

        for (Region street : streets) {
            providers.add(atStreet("CONVENIENCE_SERVICE_CENTRE", street.name() + "便民服务中心", street));
        }
        for (Region community : communities) {
            providers.add(atCommunity("CONVENIENCE_SERVICE_CENTRE", RegionSeed.shortName(community.name()) + "便民服务中心", community));
        }
        List<Region> shuffledCommunities = shuffled(communities);
        for (int i = 0; countOf(providers, "CONVENIENCE_SERVICE_CENTRE") < 314; i++) {
            Region community = shuffledCommunities.get(i);
            providers.add(atCommunity("CONVENIENCE_SERVICE_CENTRE",
                    RegionSeed.shortName(community.name()) + "便民服务中心" + road(community) + "服务点", community));
        }

        providers.add(atCommunity("ELDERLY_CARE_INSTITUTION", district.name() + "颐养院", pick(communities)));
        for (Region street : streets) {
            if (!street.urban()) {
                providers.add(atCommunity("ELDERLY_CARE_INSTITUTION", street.name() + "敬老院", pick(regions.children(street))));
            }
        }
        for (int i = 0; countOf(providers, "ELDERLY_CARE_INSTITUTION") < 38; i++) {
            providers.add(atCommunity("ELDERLY_CARE_INSTITUTION", "宁波市海曙区" + CARE_BRANDS[i % CARE_BRANDS.length]
                    + CARE_KINDS[random.nextInt(CARE_KINDS.length)], pick(communities)));
        }

        for (Region street : streets) {
            providers.add(atCommunity("HOME_CARE_CENTRE", street.name() + "区域性居家养老服务中心", pick(regions.children(street))));
        }
        List<Region> urban = streets.stream().filter(Region::urban).toList();
        while (countOf(providers, "HOME_CARE_CENTRE") < 20) {
            Region street = pick(urban);
            Region community = pick(regions.children(street));
            String name = street.name() + RegionSeed.shortName(community.name()) + "区域性居家养老服务中心";
            if (providers.stream().noneMatch(p -> p.name().equals(name))) {
                providers.add(atCommunity("HOME_CARE_CENTRE", name, community));
            }
        }

        for (Region community : shuffled(communities).subList(0, 249)) {
            Region street = regions.get(community.parentCode());
            providers.add(atCommunity("HOME_CARE_STATION", street.name() + RegionSeed.shortName(community.name()) + "居家养老服务站", community));
        }

        for (String[] project : PROJECTS) {
            Region street = pick(streets);
            providers.add(provider("ASSISTANCE_PROJECT", district.name() + "“" + project[0] + "”救助服务项目", street,
                    outline.pointNear(street.centre(), 800, random), null, project[1]));
        }

        for (String name : CHARITIES) {
            providers.add(atCommunity("CHARITY", name, pick(communities)));
        }
        for (Region street : streets) {
            providers.add(atStreet("CHARITY", street.name() + "慈善分会", street));
        }
        for (String name : ORGANISATIONS) {
            providers.add(atCommunity("SOCIAL_ORGANISATION", name, pick(communities)));
        }
        for (String name : HOSPITALS) {
            providers.add(atCommunity("MEDICAL", name, pick(communities)));
        }
        for (Region street : shuffledStreets.subList(0, 3)) {
            providers.add(atCommunity("MEDICAL", street.name() + "社区卫生服务中心", pick(regions.children(street))));
        }
        return providers;
    }

    /** {@code count} more providers of mixed kinds spread over the district's communities, for benchmarks. */
    List<ProviderData> extra(int count) {
        List<ProviderData> providers = new ArrayList<>();
        String[] types = {"HOME_CARE_STATION", "CONVENIENCE_SERVICE_CENTRE", "SOCIAL_ORGANISATION", "CHARITY",
            "ELDERLY_CARE_INSTITUTION", "ASSISTANCE_PROJECT", "MEDICAL", "HOME_CARE_CENTRE"};
        String[] kinds = {"居家养老服务点", "便民服务点", "社会服务站", "爱心驿站", "康养中心", "帮扶项目", "卫生服务站", "居家养老服务中心"};
        int[] weights = {30, 20, 15, 10, 10, 5, 5, 5};
        for (int n = 1; n <= count; n++) {
            int t = weighted(weights);
            Region community = pick(communities);
            String name = RegionSeed.shortName(community.name()) + kinds[t] + "（" + n + "）";
            providers.add(atCommunity(types[t], name, community));
        }
        return providers;
    }

    private ProviderData atStreet(String type, String name, Region street) {
        return provider(type, name, street, outline.pointNear(street.centre(), 800, random), capacity(type), null);
    }

    private ProviderData atCommunity(String type, String name, Region community) {
        return provider(type, name, community, outline.pointNear(community.centre(), 600, random), capacity(type), null);
    }

    private ProviderData provider(String type, String name, Region region, LatLon location, Integer capacity, String mainCategory) {
        String id = FIXED_IDS.getOrDefault(name, "prv-" + RandomIds.uuid(random));
        return new ProviderData(id, type, name, address(region), location, region.code(),
                RandomIds.ningboLandline(random), capacity, ServiceTerms.openingHours(type, random),
                services(type, mainCategory, name.endsWith("敬老院")));
    }

    private List<ProviderData.Service> services(String type, String mainCategory, boolean ruralCareHome) {
        String[][] offer = SERVICES.get(type);
        Map<String, String> chosen = new LinkedHashMap<>();
        if (mainCategory != null) {
            for (String[] s : offer) {
                if (s[1].equals(mainCategory)) {
                    chosen.put(s[0], s[1]);
                }
            }
        }
        int count = 1 + random.nextInt(Math.min(4, offer.length));
        for (int attempt = 0; attempt < 8 && chosen.size() < count; attempt++) {
            String[] s = offer[random.nextInt(offer.length)];
            chosen.putIfAbsent(s[0], s[1]);
        }
        List<ProviderData.Service> services = new ArrayList<>();
        chosen.forEach((name, category) -> services.add(new ProviderData.Service("svc-" + RandomIds.uuid(random), name, category,
                ServiceTerms.of(type, category, district.prefix(), ruralCareHome, random))));
        return services;
    }

    private Integer capacity(String type) {
        return switch (type) {
            case "ELDERLY_CARE_INSTITUTION" -> 30 + random.nextInt(271);
            case "HOME_CARE_CENTRE" -> 20 + random.nextInt(61);
            case "HOME_CARE_STATION" -> 10 + random.nextInt(31);
            case "SOCIAL_WORK_STATION" -> 20 + random.nextInt(81);
            case "CONVENIENCE_SERVICE_CENTRE" -> 50 + random.nextInt(251);
            case "CHARITY" -> 50 + random.nextInt(451);
            case "SOCIAL_ORGANISATION" -> 20 + random.nextInt(181);
            case "MEDICAL" -> 50 + random.nextInt(351);
            default -> null;
        };
    }

    private String address(Region region) {
        Region street = region.level().equals("STREET") ? region : regions.get(region.parentCode());
        String place = regions.cityOf(district.code()) + district.name() + street.name();
        if (region.level().equals("COMMUNITY") && region.name().contains("村")) {
            return place + RegionSeed.shortName(region.name()) + (1 + random.nextInt(200)) + "号";
        }
        return place + road(region, street) + (1 + random.nextInt(600)) + "号";
    }

    /** Haishu's real roads; elsewhere a road named after the community or street, as its households' addresses have. */
    private String road(Region region, Region street) {
        if (district.code().startsWith(DemoDataLoader.DISTRICT)) {
            return road(region);
        }
        return HouseholdGenerator.localRoad(street, region, Math.floorMod(region.code().hashCode(), 1_000_003));
    }

    private String road(Region region) {
        return ROADS[Math.floorMod(region.code().hashCode(), ROADS.length)];
    }

    private static long countOf(List<ProviderData> providers, String type) {
        return providers.stream().filter(p -> p.type().equals(type)).count();
    }

    private Region pick(List<Region> list) {
        return list.get(random.nextInt(list.size()));
    }

    private <T> List<T> shuffled(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T tmp = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, tmp);
        }
        return copy;
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return 0;
    }
}
