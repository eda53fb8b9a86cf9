package vn.hungyen.khcn.plan.progress;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The follow-up's clock: "today" in Hưng Yên, one bean so that tests fix the date. */
@Configuration(proxyBeanMethods = false)
class ProgressConfiguration {

    /** Giờ Việt Nam: a report due "trước ngày 20" is late from the 21st in Hưng Yên, whatever the server's zone. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    @ConditionalOnMissingBean
    Clock portalClock() {
        return Clock.system(VIETNAM);
    }
}
