package org.zhulian.explorer;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tile server under the maps, under {@code zhulian.map.tiles}; unset, the maps draw the shipped
 * outline alone and need no network. 天地图 (CGCS2000, no shift against WGS-84 data) for example:
 * {@code url-template: https://t{s}.tianditu.gov.cn/vec_w/wmts?...&tk=${TIANDITU_KEY}}.
 *
 * @param urlTemplate Leaflet URL template; blank: no tiles
 * @param overlayUrlTemplate a layer drawn over it (天地图's annotations, cva_w), from the same host; blank: none
 * @param subdomains  the values of {s}
 * @param attribution what the provider requires to be shown
 * @param maxZoom     the highest zoom level served
 */
@ConfigurationProperties("zhulian.map.tiles")
record MapTilesSettings(String urlTemplate, String overlayUrlTemplate, @DefaultValue({}) List<String> subdomains, @DefaultValue("") String attribution,
                        @DefaultValue("18") int maxZoom) {

    boolean configured() {
        return urlTemplate != null && !urlTemplate.isBlank();
    }
}
