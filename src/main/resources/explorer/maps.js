// The maps: Leaflet, over the shipped outline of the caller's districts (a
// schematic, captioned so) and tiles only when the service is configured with a tile server.
// The resource map draws providers by type, each with a legend entry of colour and text and a
// toggle; past CLUSTER_FROM markers (a district's thousands) they are grouped into numbered
// clusters, so that only what can be told apart is drawn. The demand map draws counts per
// community, and a heat layer over the communities' centres weighted by those counts: never a household.

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

const CLUSTER_FROM = 300;

const SETTINGS = `{ mapSettings { outline { geojson caption } tiles { urlTemplate overlayUrlTemplate subdomains attribution maxZoom } } }`;
const RESOURCES = `{ resourceMap { id name type location { latitude longitude } } }`;
const CARD = `query($id: ID!) { provider(id: $id) { id name type address openingHours capacity region { name }
  services { name places { total free } } } }`;
const DEMAND = `{ demandMap { community { code name centre { latitude longitude } } households needs }
  careIndicators { since assists needsMet aidGranted householdsCaredFor groups { label { name } households } fundsYuan } }`;

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
    // A finite highest zoom, which clustering needs: the tiles', or a street's detail over the outline alone.
    const maxZoom = settings.tiles ? settings.tiles.maxZoom : 18;
    this.map = L.map(this.container, { zoomControl: true, attributionControl: true, keyboard: true, maxZoom });
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
    const bounds = L.latLngBounds([]);
    this.layers.filter(layer => layer.getBounds).forEach(layer => bounds.extend(layer.getBounds()));
    if (bounds.isValid()) {
      this.map.fitBounds(bounds, { padding: [40, 40], maxZoom: 15, animate: false });
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
    const clustered = providers.length > CLUSTER_FROM;
    const markers = clustered ? L.markerClusterGroup({ animate: false, disableClusteringAtZoom: 17, maxClusterRadius: 60 })
      : L.featureGroup();
    const byType = new Map();
    for (const provider of providers) {
      const look = PROVIDER_TYPES[provider.type] || PROVIDER_TYPES.OTHER;
      if (!byType.has(provider.type)) {
        byType.set(provider.type, { look, markers: [] });
      }
      const marker = L.circleMarker([provider.location.latitude, provider.location.longitude], {
        radius: 7, color: '#ffffff', weight: 2, fillColor: look.colour, fillOpacity: 1, className: 'provider-' + provider.type,
      });
      marker.bindTooltip(look.name + '：' + provider.name);
      marker.on('click', async () => this.onProvider((await graphql(CARD, { id: provider.id })).provider));
      byType.get(provider.type).markers.push(marker);
    }
    const show = (list, on) => {
      if (clustered) {
        on ? markers.addLayers(list) : markers.removeLayers(list);
      } else {
        list.forEach(marker => (on ? markers.addLayer(marker) : markers.removeLayer(marker)));
      }
    };
    markers.addTo(this.map);
    this.layers.push(markers);
    const heading = document.createElement('strong');
    heading.textContent = '服务机构 ' + providers.length + (clustered ? '（数字为一组的机构数）' : '');
    this.legend.append(heading);
    for (const [type, group] of byType) {
      show(group.markers, true);
      const label = document.createElement('label');
      const toggle = document.createElement('input');
      toggle.type = 'checkbox';
      toggle.checked = true;
      toggle.dataset.type = type;
      toggle.addEventListener('change', () => show(group.markers, toggle.checked));
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = group.look.colour;
      label.append(toggle, swatch, document.createTextNode(group.look.name + ' ' + group.markers.length));
      this.legend.append(label);
    }
  }

  async demand() {
    const answer = await graphql(DEMAND);
    const areas = answer.demandMap;
    const most = Math.max(1, ...areas.map(area => area.households));
    const counts = L.featureGroup().addTo(this.map);
    const placed = areas.filter(area => area.community.centre);
    const heat = L.heatLayer(placed.map(area => [area.community.centre.latitude, area.community.centre.longitude, area.households / most]),
      { radius: 35, blur: 25, max: 1, minOpacity: 0.25 }).addTo(this.map);
    this.layers.push(counts, heat);
    for (const area of placed) {
      const size = 26 + Math.round(18 * area.households / most);
      const marker = L.marker([area.community.centre.latitude, area.community.centre.longitude], {
        icon: L.divIcon({ className: 'count-label', html: String(area.households), iconSize: [size, size] }),
        title: area.community.name + '：' + area.households + ' 户有未满足的需求',
        keyboard: true,
      });
      marker.on('click', () => this.onArea(area));
      counts.addLayer(marker);
    }
    this.legend.append(indicators(answer.careIndicators));
    const heading = document.createElement('strong');
    heading.textContent = '有未满足需求的家庭（按社区）';
    const heatToggle = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.id = 'heat-toggle';
    box.addEventListener('change', () => (box.checked ? heat.addTo(this.map) : heat.remove()));
    heatToggle.append(box, document.createTextNode('热力图（按社区户数）'));
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
    this.legend.append(heading, heatToggle, ranking);
  }
}

/** The live indicators of the year: assists, groups cared for (the largest three), funds. */
function indicators(figures) {
  const list = document.createElement('dl');
  list.className = 'indicators';
  const groups = figures.groups.slice(0, 3).map(group => group.label.name + ' ' + group.households).join('、');
  const rows = [
    ['今年帮扶', figures.assists + ' 次（需求满足 ' + figures.needsMet + '，救助 ' + figures.aidGranted + '）'],
    ['关爱对象', figures.householdsCaredFor + ' 户' + (groups ? '（' + groups + '）' : '')],
    ['资金', YUAN.format(figures.fundsYuan) + ' 元'],
  ];
  for (const [term, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  const since = document.createElement('p');
  since.className = 'caption';
  since.textContent = '自 ' + figures.since + ' 起';
  const box = document.createElement('section');
  box.setAttribute('aria-label', '实时指标');
  box.append(list, since);
  return box;
}

const YUAN = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
