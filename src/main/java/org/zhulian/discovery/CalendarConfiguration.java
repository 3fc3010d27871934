package org.zhulian.discovery;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The official calendar, read once for every deadline the service counts. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    WorkingDays workingDays() {
        return WorkingDays.official();
    }
}
