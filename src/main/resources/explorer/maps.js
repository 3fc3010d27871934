// The maps: Leaflet, over the shipped outline of the caller's districts (a
// schematic, captioned so) and tiles only when the service is configured with a tile server.
// The resource map draws providers by type, each with a legend entry of colour and text and a
// toggle (as SVG, each marker an element of its own, up to SVG_MARKERS; past that on one canvas,
// which draws thousands faster); the demand map draws counts per community, never a household.

import { graphql } from './api.js';

export const PROVIDER_TYPES = {
  SOCIAL_WORK_STATION: { name: '社工站', colour: '#1e40af' },
  CONVENIENCE_SERVICE_CENTRE: { name: '便民服务中心', colour: '#155e75' },
  ELDERLY_CARE_INSTITUTION: { name: '养老机构', colour: '#6b21a8' },
  HOME_CARE_CENTRE: { name: '区域性居家养老服务中心', colour: '#9a3412' },
  HOME_CARE_STATION: { name: '居家养老服务站点', colour: '#854d0e' },
  ASSISTANCE_PROJECT: { name: '救助服务项目', colour: '#991b1b' },
  CHARITY: { name: '慈善组织', colour: '#be185d' },
  SOCIAL_ORGANISATION: { name: '社会组织', colour: '#3f6212' },
  MEDICAL: { name: '医疗机构', colour: '#166534' },
  OTHER: { name: '其他', colour: '#374151' },
};

const SVG_MARKERS = 2000;

const SETTINGS = `{ mapSettings { outline { geojson caption } tiles { urlTemplate overlayUrlTemplate subdomains attribution maxZoom } } }`;
const RESOURCES = `{ resourceMap { id name type location { latitude longitude } } }`;
const CARD = `query($id: ID!) { provider(id: $id) { id name type address openingHours capacity region { name }
  services { name places { total free } } } }`;
const DEMAND = `{ demandMap { community { code name centre { latitude longitude } } households needs } }`;

export class Maps {
  constructor(container, legend, onProvider, onArea) {
    this.container = container;
    this.legend = legend;
    this.onProvider = onProvider;
    this.onArea = onArea;
    this.map = null;
    this.layers = [];
  }

  /** Draws the resource map ('resources') or the demand map ('demand'). */
  async show(kind) {
    if (!this.map) {
      await this.start();
    }
    this.map.invalidateSize();
    this.layers.forEach(layer => layer.remove());
    this.layers = [];
    this.legend.replaceChildren();
    if (kind === 'resources') {
      await this.resources();
    } else {
      await this.demand();
    }
    this.fitToMarkers();
    this.caption();
  }

  async start() {
    const settings = (await graphql(SETTINGS)).mapSettings;
    this.settings = settings;
    this.map = L.map(this.container, { zoomControl: true, attributionControl: true, keyboard: true });
    this.map.attributionControl.setPrefix(false);
    if (settings.tiles) {
      const options = {
        subdomains: settings.tiles.subdomains.length ? settings.tiles.subdomains : 'abc',
        attribution: settings.tiles.attribution,
        maxZoom: settings.tiles.maxZoom,
      };
      L.tileLayer(settings.tiles.urlTemplate, options).addTo(this.map);
      if (settings.tiles.overlayUrlTemplate) {
        L.tileLayer(settings.tiles.overlayUrlTemplate, { ...options, attribution: '' }).addTo(this.map);
      }
    }
    const outline = L.geoJSON(JSON.parse(settings.outline.geojson), {
      style: { color: '#374151', weight: 2, fillColor: '#e5e7eb', fillOpacity: 0.35 },
      interactive: false,
    }).addTo(this.map);
    if (outline.getLayers().length) {
      this.map.fitBounds(outline.getBounds(), { padding: [16, 16], animate: false });
    } else {
      this.map.setView([30, 120], 8);
    }
  }

  /** Zooms to what is drawn (a street's providers sit in a corner of its district). */
  fitToMarkers() {
    const points = [];
    this.layers.forEach(layer => layer.eachLayer(marker => points.push(marker.getLatLng())));
    if (points.length) {
      this.map.fitBounds(L.latLngBounds(points), { padding: [40, 40], maxZoom: 15, animate: false });
    }
  }

  caption() {
    const caption = document.createElement('p');
    caption.className = 'caption';
    caption.textContent = this.settings.outline.caption;
    this.legend.append(caption);
  }

  async resources() {
    const providers = (await graphql(RESOURCES)).resourceMap;
    const groups = new Map();
    const renderer = providers.length > SVG_MARKERS ? L.canvas() : L.svg();
    for (const provider of providers) {
      const look = PROVIDER_TYPES[provider.type] || PROVIDER_TYPES.OTHER;
      if (!groups.has(provider.type)) {
        groups.set(provider.type, { look, layer: L.layerGroup(), count: 0 });
      }
      const group = groups.get(provider.type);
      const marker = L.circleMarker([provider.location.latitude, provider.location.longitude], {
        radius: 7, color: '#ffffff', weight: 2, fillColor: look.colour, fillOpacity: 1, renderer, className: 'provider-' + provider.type,
      });
      marker.bindTooltip(look.name + '：' + provider.name);
      marker.on('click', async () => this.onProvider((await graphql(CARD, { id: provider.id })).provider));
      group.layer.addLayer(marker);
      group.count += 1;
    }
    const heading = document.createElement('strong');
    heading.textContent = '服务机构 ' + providers.length;
    this.legend.append(heading);
    for (const [type, group] of groups) {
      group.layer.addTo(this.map);
      this.layers.push(group.layer);
      const label = document.createElement('label');
      const toggle = document.createElement('input');
      toggle.type = 'checkbox';
      toggle.checked = true;
      toggle.dataset.type = type;
      toggle.addEventListener('change', () => (toggle.checked ? group.layer.addTo(this.map) : group.layer.remove()));
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = group.look.colour;
      label.append(toggle, swatch, document.createTextNode(group.look.name + ' ' + group.count));
      this.legend.append(label);
    }
  }

  async demand() {
    const areas = (await graphql(DEMAND)).demandMap;
    const most = Math.max(1, ...areas.map(area => area.households));
    const layer = L.layerGroup().addTo(this.map);
    this.layers.push(layer);
    for (const area of areas) {
      if (!area.community.centre) continue;
      const size = 26 + Math.round(18 * area.households / most);
      const marker = L.marker([area.community.centre.latitude, area.community.centre.longitude], {
        icon: L.divIcon({ className: 'count-label', html: String(area.households), iconSize: [size, size] }),
        title: area.community.name + '：' + area.households + ' 户有未满足的需求',
        keyboard: true,
      });
      marker.on('click', () => this.onArea(area));
      layer.addLayer(marker);
    }
    const heading = document.createElement('strong');
    heading.textContent = '有未满足需求的家庭（按社区）';
    const ranking = document.createElement('ol');
    ranking.className = 'ranking';
    for (const area of areas.slice(0, 5)) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = area.community.name + ' ' + area.households + ' 户';
      button.addEventListener('click', () => this.onArea(area));
      item.append(button);
      ranking.append(item);
    }
    this.legend.append(heading, ranking);
  }
}
