package org.zhulian.support;

/** The ids of the demo's story households and persons (seed/stories.json), which tests read and change. */
public final class Stories {

    /** 王宏's household, 海曙区 石碶街道 石碶社区. */
    public static final String WANG_HONG_HOUSEHOLD = "00000000-0000-4000-8000-000000000001";
    public static final String WANG_HONG = "00000000-0000-4000-8001-000000000011";
    public static final String WANG_HONG_WIFE = "00000000-0000-4000-8001-000000000012";
    /** 李勤's household, 海曙区 (outside 石碶街道). */
    public static final String LI_QIN_HOUSEHOLD = "00000000-0000-4000-8000-000000000002";
    /** 老郭's household, 长宁区 华阳路街道. */
    public static final String LAO_GUO_HOUSEHOLD = "00000000-0000-4000-8000-000000000007";
    public static final String LAO_GUO = "00000000-0000-4000-8001-000000000071";

    /** 石碶街道区域性居家养老服务中心, the provider whose staff sign in as {@code provider-shiqi-homecare}. */
    public static final String SHIQI_HOME_CARE_CENTRE = "prv-00000000-0000-4000-8003-000000000001";

    private Stories() {
    }
}
