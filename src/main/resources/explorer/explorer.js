// The caseworker explorer: search, expand a node's neighbourhood, read a node's card. Everything
// comes from /graphql through the caller's jurisdiction; nothing personal is put in the address,
// in storage or in the console, and 15 minutes without input clear the canvas.

import { demoToken, demoUsers, graphql, signIn, signOut, signedIn } from './api.js';
import { NODE_FIELDS, TYPES, card, title } from './nodes.js';
import { MAX_NODES, Scene } from './graph.js';
import { Maps, PROVIDER_TYPES } from './maps.js';

const IDLE_MINUTES = 15;
const SEARCH_TYPES = { PERSON: '人员', HOUSEHOLD: '家庭', NEED: '需求', PROVIDER: '服务机构', REGION: '地区' };

const SEARCH = `
  query($text: String!) { search(text: $text, first: 20) {
    hits { type match
      person { id name household { id regionPath { name } } }
      household { id address regionPath { name } }
      need { id description household { id regionPath { name } } }
      provider { id name region { path { name } } }
      region { code name path { name } } } } }`;

const NEIGHBOURHOOD = `
  query($type: GraphNodeType!, $key: ID!, $types: [GraphNodeType!], $offset: Int) {
    neighbourhood(type: $type, key: $key, types: $types, offset: $offset) {
      focus { ...Node } nodes { ...Node } edges { source target kind text } counts { type shown total } } }
  ${NODE_FIELDS}`;

const $ = id => document.getElementById(id);
const status = text => { $('scene-status').textContent = text; };
const scene = new Scene($('canvas'), select, expand);
const maps = new Maps($('map'), $('legend'), showProvider, showArea);
const shownMore = new Map();
let hits = [];
let active = -1;

// ---- signing in -------------------------------------------------------------------------------

async function offerDemoUsers() {
  const users = await demoUsers();
  for (const user of users) {
    const option = document.createElement('option');
    option.value = user.user;
    option.textContent = user.user + '（' + user.role + '）';
    $('demo-user').append(option);
  }
}

$('demo-user').addEventListener('change', async () => {
  if ($('demo-user').value) {
    started(await demoToken($('demo-user').value), $('demo-user').value);
  }
});
$('token').addEventListener('change', () => {
  const value = $('token').value.replace(/^Bearer\s+/i, '').trim();
  $('token').value = '';
  if (value) {
    started(value, '令牌');
  }
});

function started(token, who) {
  signIn(token);
  clearScene();
  $('who').textContent = '已登录：' + who;
  $('search').disabled = false;
  $('tab-resources').disabled = false;
  $('tab-demand').disabled = false;
  ['save-view', 'export-png', 'export-csv'].forEach(id => { $(id).disabled = false; });
  $('search').focus();
  listViews().then(() => {
    const wanted = new URLSearchParams(location.search).get('view');
    if (wanted) openView(wanted);
  });
}

// ---- search -----------------------------------------------------------------------------------

let pending = null;
$('search').addEventListener('input', () => {
  clearTimeout(pending);
  pending = setTimeout(runSearch, 200);
});

async function runSearch() {
  const text = $('search').value.trim();
  if (!text || !signedIn()) {
    showHits([]);
    return;
  }
  try {
    const data = await graphql(SEARCH, { text });
    if ($('search').value.trim() === text) {
      showHits(data.search.hits);
    }
  } catch (error) {
    status(error.message);
  }
}

function hitNode(hit) {
  const record = hit[hit.type.toLowerCase()];
  const key = hit.type === 'REGION' ? record.code : record.id;
  return { id: hit.type + ':' + key, type: hit.type, key };
}

function hitText(hit) {
  switch (hit.type) {
    case 'PERSON': return [hit.person.name, path(hit.person.household.regionPath)];
    case 'HOUSEHOLD': return [hit.household.address, path(hit.household.regionPath)];
    case 'NEED': return [hit.need.description, path(hit.need.household.regionPath)];
    case 'PROVIDER': return [hit.provider.name, path(hit.provider.region.path)];
    default: return [hit.region.name, path(hit.region.path.slice(0, -1))];
  }
}

function path(regions) {
  return regions.map(region => region.name).join(' / ');
}

function showHits(found) {
  hits = [];
  active = -1;
  const list = $('results');
  list.replaceChildren();
  $('search').removeAttribute('aria-activedescendant');
  for (const type of Object.keys(SEARCH_TYPES)) {
    const ofType = found.filter(hit => hit.type === type);
    if (!ofType.length) continue;
    const group = document.createElement('li');
    group.className = 'group';
    group.setAttribute('role', 'presentation');
    group.textContent = SEARCH_TYPES[type];
    list.append(group);
    for (const hit of ofType) {
      const [text, where] = hitText(hit);
      const option = document.createElement('li');
      option.id = 'hit-' + hits.length;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.textContent = text;
      const place = document.createElement('span');
      place.className = 'path';
      place.textContent = where;
      option.append(place);
      const index = hits.length;
      option.addEventListener('click', () => choose(index));
      list.append(option);
      hits.push(hit);
    }
  }
  $('search').setAttribute('aria-expanded', String(hits.length > 0));
  if (hits.length) mark(0);
}

function mark(index) {
  hits.forEach((_, i) => $('hit-' + i).setAttribute('aria-selected', String(i === index)));
  active = index;
  $('search').setAttribute('aria-activedescendant', 'hit-' + index);
  $('hit-' + index).scrollIntoView({ block: 'nearest' });
}

$('search').addEventListener('keydown', event => {
  if (!hits.length) return;
  if (event.key === 'ArrowDown') { mark((active + 1) % hits.length); event.preventDefault(); }
  if (event.key === 'ArrowUp') { mark((active - 1 + hits.length) % hits.length); event.preventDefault(); }
  if (event.key === 'Enter' && active >= 0) { choose(active); event.preventDefault(); }
  if (event.key === 'Escape') { showHits([]); }
});

async function choose(index) {
  const node = hitNode(hits[index]);
  showHits([]);
  $('search').value = '';
  await expand(node.id);
}

// ---- the graph --------------------------------------------------------------------------------

async function expand(id, types, offset) {
  const colon = id.indexOf(':');
  try {
    const data = await graphql(NEIGHBOURHOOD, { type: id.slice(0, colon), key: id.slice(colon + 1), types, offset });
    const neighbourhood = data.neighbourhood;
    const added = scene.add(neighbourhood);
    if (added < 0) {
      status('图中已有 ' + scene.size() + ' 个节点，最多 ' + MAX_NODES + ' 个：请先按类型筛选或清空。');
      return;
    }
    shownMore.set(neighbourhood.focus.id, neighbourhood.counts);
    offerLabels();
    scene.filter(shownTypes, labelFilter.value || null);
    status(title(neighbourhood.focus) + '：' + neighbourhood.counts.map(c => TYPES[c.type].name + ' ' + c.total).join(' · '));
    listNodes();
    select(neighbourhood.focus.id, false);
  } catch (error) {
    status(error.code === 'FORBIDDEN' ? '无权查看：不在您的管辖范围内。' : error.message);
  }
}

function select(id, centre = true) {
  const node = scene.record(id);
  if (!node) return;
  scene.select(id, centre);
  const { heading, facts } = card(node);
  const section = $('card');
  section.replaceChildren();
  const h = document.createElement('h2');
  h.textContent = heading;
  section.append(h);
  const list = definitions(facts);
  section.append(list);
  const actions = document.createElement('div');
  actions.className = 'more';
  actions.append(button('展开', () => expand(id)));
  if (node.type === 'PERSON') {
    actions.append(button('显示完整号码', () => unmask(node, list)));
  }
  for (const count of shownMore.get(id) || []) {
    if (count.total > count.shown) {
      actions.append(button(TYPES[count.type].name + ' +' + (count.total - count.shown), () => expand(id, [count.type], count.shown)));
    }
  }
  section.append(actions);
  document.querySelectorAll('#node-list button').forEach(b => b.setAttribute('aria-current', String(b.dataset.id === id)));
}

/** A card's facts as a definition list; a fact without a value is left out. */
function definitions(facts) {
  const list = document.createElement('dl');
  for (const [term, value] of facts) {
    if (value === null || value === undefined) continue;
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = String(value);
    list.append(dt, dd);
  }
  return list;
}

const UNMASK = `query($id: ID!, $purpose: String!) { person(id: $id) { idNumber(unmaskPurpose: $purpose) phone(unmaskPurpose: $purpose) } }`;

/**
 * The clear ID number and phone, for a stated purpose that goes on record with the reading; shown
 * in this card only, never kept: selecting anything else drops them.
 */
async function unmask(node, list) {
  const purpose = window.prompt('查看完整号码的用途（将记录在审计日志中）');
  if (!purpose || !purpose.trim()) return;
  try {
    const person = (await graphql(UNMASK, { id: node.key, purpose: purpose.trim() })).person;
    list.querySelectorAll('dt').forEach(dt => {
      if (dt.textContent === '身份证号' && person.idNumber) dt.nextElementSibling.textContent = person.idNumber;
      if (dt.textContent === '电话' && person.phone) dt.nextElementSibling.textContent = person.phone;
    });
  } catch (error) {
    status(error.code === 'FORBIDDEN' ? '您无权查看完整号码。' : error.message);
  }
}

function listNodes() {
  const list = $('node-list');
  list.replaceChildren();
  for (const node of scene.shown()) {
    const item = document.createElement('li');
    const b = button('', () => select(node.id));
    b.dataset.id = node.id;
    const tag = document.createElement('span');
    tag.className = 'tag';
    tag.style.background = TYPES[node.type].colour;
    tag.textContent = TYPES[node.type].tag;
    b.append(tag, document.createTextNode(title(node)));
    b.addEventListener('keydown', event => { if (event.key === 'e' || event.key === '+') expand(node.id); });
    item.append(b);
    list.append(item);
  }
  $('node-count').textContent = String(scene.size());
}

function button(text, action) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.addEventListener('click', action);
  return b;
}

function clearScene() {
  scene.clear();
  offerLabels();
  view('tab-graph');
  shownMore.clear();
  listNodes();
  $('card').innerHTML = '<p class="hint">选择一个节点查看详情。</p>';
  status('');
}

// ---- the views: graph and maps ---------------------------------------------------------------

const TABS = { 'tab-graph': null, 'tab-resources': 'resources', 'tab-demand': 'demand' };

async function view(tab) {
  for (const id of Object.keys(TABS)) {
    $(id).setAttribute('aria-selected', String(id === tab));
  }
  $('view-graph').hidden = tab !== 'tab-graph';
  $('view-map').hidden = tab === 'tab-graph';
  try {
    if (TABS[tab]) {
      await maps.show(TABS[tab]);
    } else {
      scene.cy.resize();
    }
  } catch (error) {
    status(error.message || String(error));
  }
}

for (const tab of Object.keys(TABS)) {
  $(tab).addEventListener('click', () => view(tab));
}

function showProvider(provider) {
  const section = $('card');
  section.replaceChildren();
  const h = document.createElement('h2');
  h.textContent = provider.name;
  const facts = [['类型', (PROVIDER_TYPES[provider.type] || PROVIDER_TYPES.OTHER).name], ['地址', provider.address],
    ['所在地区', provider.region && provider.region.name], ['服务时间', provider.openingHours], ['容量', provider.capacity]];
  const list = definitions(facts);
  const services = document.createElement('ul');
  for (const service of provider.services) {
    const item = document.createElement('li');
    item.textContent = service.name + (service.places ? '（空位 ' + service.places.free + ' / ' + service.places.total + '）' : '');
    services.append(item);
  }
  const actions = document.createElement('div');
  actions.className = 'more';
  actions.append(button('在图谱中显示', async () => { await view('tab-graph'); await expand('PROVIDER:' + provider.id); }));
  section.append(h, list, services, actions);
}

const AREA_NEEDS = `query($region: ID!) { needs(filter: {regionCode: $region, status: [OPEN, IN_PROGRESS]}, first: 100) {
  totalCount edges { node { id description household { id address } } } } }`;

async function showArea(area) {
  const section = $('card');
  section.replaceChildren();
  const h = document.createElement('h2');
  h.textContent = area.community.name + '：' + area.households + ' 户';
  section.append(h);
  try {
    const needs = (await graphql(AREA_NEEDS, { region: area.community.code })).needs;
    const households = new Map();
    needs.edges.forEach(edge => households.set(edge.node.household.id, edge.node.household.address));
    const list = document.createElement('ul');
    for (const [id, address] of households) {
      const item = document.createElement('li');
      item.append(button(address, async () => { await view('tab-graph'); await expand('HOUSEHOLD:' + id); }));
      list.append(item);
    }
    section.append(list);
  } catch (error) {
    status(error.message);
  }
}

// ---- filters, saved views, exports ------------------------------------------------------------

const shownTypes = new Set(Object.keys(TYPES));
for (const [type, look] of Object.entries(TYPES)) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.checked = true;
  box.addEventListener('change', () => {
    box.checked ? shownTypes.add(type) : shownTypes.delete(type);
    applyFilters();
  });
  const tag = document.createElement('span');
  tag.className = 'tag';
  tag.style.background = look.colour;
  tag.textContent = look.tag;
  label.append(box, tag, document.createTextNode(look.name));
  $('filters').append(label);
}

const labelFilter = document.createElement('select');
labelFilter.id = 'label-filter';
const labelFilterName = document.createElement('label');
labelFilterName.htmlFor = 'label-filter';
labelFilterName.textContent = '标签';
labelFilter.addEventListener('change', applyFilters);
$('filters').append(labelFilterName, labelFilter);

/** The label filter offers the labels drawn (低保, 特困, 独居老人…), kept when still there. */
function offerLabels() {
  const chosen = labelFilter.value;
  labelFilter.replaceChildren(new Option('全部', ''));
  for (const [id, name] of scene.labels()) {
    labelFilter.append(new Option(name, id));
  }
  labelFilter.value = scene.has(chosen) ? chosen : '';
}

function applyFilters() {
  scene.filter(shownTypes, labelFilter.value || null);
  listNodes();
}

const VIEWS = `{ savedViews { id name updatedAt } }`;
const VIEW = `query($id: ID!) { savedView(id: $id) { id name types nodes { node { ...Node } x y } edges { source target kind text } } } ${NODE_FIELDS}`;
const SAVE = `mutation($input: SavedViewInput!) { saveView(input: $input) { id name } }`;
const EXPORT = `mutation($format: ExportFormat!, $nodes: [ExportedNodeInput!]!) { recordExport(format: $format, nodes: $nodes) { watermark } }`;
let currentView = null;

async function listViews() {
  const views = (await graphql(VIEWS)).savedViews;
  const list = $('views');
  list.replaceChildren();
  for (const view of views) {
    const item = document.createElement('li');
    item.append(button(view.name + '（' + view.updatedAt.slice(0, 10) + '）', () => openView(view.id)));
    list.append(item);
  }
}

async function openView(id) {
  try {
    const view = (await graphql(VIEW, { id })).savedView;
    await showGraph();
    scene.restore(view);
    currentView = view;
    shownTypes.clear();
    (view.types.length ? view.types : Object.keys(TYPES)).forEach(type => shownTypes.add(type));
    $('filters').querySelectorAll('input').forEach((box, i) => { box.checked = shownTypes.has(Object.keys(TYPES)[i]); });
    offerLabels();
    applyFilters();
    history.replaceState(null, '', '/explorer?view=' + encodeURIComponent(view.id));
    status('视图：' + view.name);
  } catch (error) {
    status(error.code === 'FORBIDDEN' ? '没有这个视图。' : error.message);
  }
}

$('save-view').addEventListener('click', async () => {
  const name = window.prompt('视图名称', currentView ? currentView.name : '');
  if (!name) return;
  const snapshot = scene.snapshot();
  try {
    const saved = (await graphql(SAVE, { input: { id: currentView && currentView.name === name ? currentView.id : null, name,
      types: [...shownTypes], nodes: snapshot.nodes, edges: snapshot.edges } })).saveView;
    currentView = saved;
    history.replaceState(null, '', '/explorer?view=' + encodeURIComponent(saved.id));
    status('已保存视图：' + saved.name);
    await listViews();
  } catch (error) {
    status(error.message);
  }
});

async function recordExport(format) {
  const nodes = scene.shown().map(node => ({ type: node.type, key: node.key }));
  return (await graphql(EXPORT, { format, nodes })).recordExport.watermark;
}

$('export-csv').addEventListener('click', async () => {
  try {
    const watermark = await recordExport('CSV');
    const rows = [[watermark], ['类型', '名称', '详情']];
    for (const node of scene.shown()) {
      const { facts } = card(node);
      rows.push([TYPES[node.type].name, title(node), facts.slice(1).map(([term, value]) => term + '：' + value).join('；')]);
    }
    download(new Blob(['\ufeff' + rows.map(row => row.map(csvCell).join(',')).join('\r\n')], { type: 'text/csv' }), 'csv');
    status('已导出表格（' + watermark + '）');
  } catch (error) {
    status(error.message);
  }
});

$('export-png').addEventListener('click', async () => {
  try {
    const watermark = await recordExport('PNG');
    const picture = await createImageBitmap(scene.png());
    const canvas = document.createElement('canvas');
    canvas.width = picture.width;
    canvas.height = picture.height + 28;
    const draw = canvas.getContext('2d');
    draw.fillStyle = '#ffffff';
    draw.fillRect(0, 0, canvas.width, canvas.height);
    draw.drawImage(picture, 0, 0);
    draw.fillStyle = '#111827';
    draw.font = '14px "WenQuanYi Micro Hei", sans-serif';
    draw.fillText(watermark, 8, canvas.height - 9);
    canvas.toBlob(blob => download(blob, 'png'));
    status('已导出图片（' + watermark + '）');
  } catch (error) {
    status(error.message);
  }
});

/** A cell a spreadsheet shows as text: quoted, and a leading = + - @ made inert. */
function csvCell(value) {
  const text = /^[=+\-@]/.test(value) ? "'" + value : value;
  return '"' + text.replace(/"/g, '""') + '"';
}

function download(blob, extension) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = '助联图谱-' + new Date().toISOString().slice(0, 10) + '.' + extension;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

$('clear-scene').addEventListener('click', () => {
  clearScene();
  currentView = null;
  history.replaceState(null, '', '/explorer');
});

async function showGraph() {
  await view('tab-graph');
}

// ---- font size and idleness -------------------------------------------------------------------

document.querySelectorAll('.sizes button').forEach(b => b.addEventListener('click', () => {
  document.documentElement.style.setProperty('--scale', b.dataset.size);
  document.querySelectorAll('.sizes button').forEach(other => other.setAttribute('aria-pressed', String(other === b)));
}));

let idle = null;
function awake() {
  clearTimeout(idle);
  idle = setTimeout(() => {
    clearScene();
    signOut();
    $('search').disabled = true;
    $('who').textContent = '闲置 ' + IDLE_MINUTES + ' 分钟，已清空并退出。';
  }, IDLE_MINUTES * 60 * 1000);
}
['keydown', 'pointerdown', 'wheel'].forEach(type => document.addEventListener(type, awake, { passive: true }));
awake();

offerDemoUsers();
