package org.zhulian;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Zhulian (助联): the graph of households, labels, regions and providers behind social assistance. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ZhulianApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZhulianApplication.class, args);
    }
}
