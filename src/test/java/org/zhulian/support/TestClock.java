package org.zhulian.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The service's clock in tests: the real time in China Standard Time, moved on when a test says so,
 * so that what time does (a claim lapsing after 14 days) can be shown without waiting. A test that
 * moves it puts it back.
 */
public class TestClock extends Clock {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private volatile Duration ahead = Duration.ZERO;

    /** Moves the clock on by {@code duration}. */
    public void advance(Duration duration) {
        ahead = ahead.plus(duration);
    }

    /** Back to the real time. */
    public void reset() {
        ahead = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), ahead);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }
}
