// What each type of node looks like: a Chinese name, a short tag, a shape and a colour (white text on
// it has a contrast above 7:1), so that colour is never the only sign of a type.

export const TYPES = {
  HOUSEHOLD: { name: '家庭', tag: '户', shape: 'round-rectangle', colour: '#1e40af' },
  PERSON: { name: '成员', tag: '人', shape: 'ellipse', colour: '#166534' },
  NEED: { name: '需求', tag: '需', shape: 'diamond', colour: '#9a3412' },
  WARNING: { name: '预警', tag: '警', shape: 'triangle', colour: '#991b1b' },
  LABEL: { name: '标签', tag: '标', shape: 'tag', colour: '#6b21a8' },
  GRID_WORKER: { name: '网格员', tag: '网', shape: 'pentagon', colour: '#155e75' },
  PROVIDER: { name: '服务机构', tag: '机构', shape: 'hexagon', colour: '#3f6212' },
  SERVICE: { name: '服务项目', tag: '服务', shape: 'barrel', colour: '#854d0e' },
  REGION: { name: '地区', tag: '地', shape: 'octagon', colour: '#374151' },
};

const URGENCY = { CRITICAL: '紧急', HIGH: '高', MEDIUM: '中', LOW: '低' };
const STATUS = { OPEN: '待办', IN_PROGRESS: '进行中', MET: '已满足', CLOSED: '已关闭' };
const GENDER = { MALE: '男', FEMALE: '女' };

/** The GraphQL selection of a node: the record of its type, masked as the service returns it. */
export const NODE_FIELDS = `
  fragment Node on GraphNode {
    id type key title
    household { id address grid { name } community { name } }
    person { id name gender idNumber phone }
    need { id description urgency status category { name } }
    warning { id level status dueDate rule { name } }
    provider { id name type address openingHours capacity region { name } services { name } }
    region { code name level }
  }`;

/** The one line that names a node on the canvas and in the lists. */
export function title(node) {
  switch (node.type) {
    case 'HOUSEHOLD': return node.household ? node.household.address : '家庭';
    case 'PERSON': return node.person ? node.person.name : '成员';
    case 'NEED': return node.need ? shorten(node.need.description, 14) : '需求';
    case 'WARNING': return node.warning ? node.warning.rule.name : '预警';
    case 'PROVIDER': return node.provider ? node.provider.name : '服务机构';
    case 'REGION': return node.region ? node.region.name : '地区';
    default: return node.title || TYPES[node.type].name;
  }
}

/** The card of the selected node: a heading and its facts, as [term, value] pairs. */
export function card(node) {
  const facts = [['类型', TYPES[node.type].name]];
  const add = (term, value) => { if (value !== null && value !== undefined && value !== '') facts.push([term, String(value)]); };
  if (node.household) {
    add('地址', node.household.address);
    add('社区', node.household.community && node.household.community.name);
    add('网格', node.household.grid && node.household.grid.name);
  }
  if (node.person) {
    add('性别', GENDER[node.person.gender]);
    add('身份证号', node.person.idNumber);
    add('电话', node.person.phone);
  }
  if (node.need) {
    add('类别', node.need.category && node.need.category.name);
    add('描述', node.need.description);
    add('紧急程度', URGENCY[node.need.urgency]);
    add('状态', STATUS[node.need.status]);
  }
  if (node.warning) {
    add('规则', node.warning.rule.name);
    add('级别', node.warning.level === 'URGENT' ? '紧急' : '一般');
    add('走访期限', node.warning.dueDate);
  }
  if (node.provider) {
    add('地址', node.provider.address);
    add('所在地区', node.provider.region && node.provider.region.name);
    add('服务时间', node.provider.openingHours);
    add('容量', node.provider.capacity);
    add('服务', node.provider.services.map(s => s.name).join('、'));
  }
  if (node.region) {
    add('代码', node.region.code);
  }
  return { heading: title(node), facts };
}

function shorten(text, length) {
  return text.length > length ? text.slice(0, length) + '…' : text;
}
