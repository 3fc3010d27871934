package org.zhulian.wish;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How micro-wishes are held and kept, under {@code zhulian.wishes}.
 *
 * @param claimHold       how long a claim holds a wish before it lapses back to the board
 * @param maxActiveClaims how many wishes one donor may hold at once, so that nobody hoards them
 * @param closeAfter      how long a fulfilled wish waits for the family's thanks before it closes by itself
 *                        (how often all this is checked, {@code zhulian.wishes.check-every}, the scheduler reads itself)
 */
@ConfigurationProperties("zhulian.wishes")
public record WishSettings(@DefaultValue("P14D") Period claimHold,
                           @DefaultValue("5") int maxActiveClaims,
                           @DefaultValue("P30D") Period closeAfter) {
}
