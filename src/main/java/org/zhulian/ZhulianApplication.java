package org.zhulian;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.zhulian.discovery.EventImportCommand;

/** Zhulian (助联): the graph of households, labels, regions and providers behind social assistance. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ZhulianApplication {

    /** Serves the API; with {@value EventImportCommand#NAME} first, imports a department extract and exits. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(EventImportCommand.NAME)) {
            System.exit(EventImportCommand.run(ZhulianApplication.class, Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(ZhulianApplication.class, args);
    }
}
