// The canvas: Cytoscape.js, drawn on a 2D canvas (no WebGL). After each expansion the scene is laid
// out in rings around the node expanded, one ring per step away from it, each ring in the order the
// nodes were added (the order the service lists them): the same expansions give the same picture.

import { TYPES, title } from './nodes.js';

/** A scene holds at most this many nodes; beyond it the page asks for a filter instead of drawing. */
export const MAX_NODES = 2000;

export class Scene {
  constructor(container, onSelect, onExpand) {
    this.records = new Map();
    this.cy = cytoscape({
      container,
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 3,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)', shape: 'data(shape)', 'background-color': 'data(colour)', color: '#111827',
            'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'ellipsis', 'text-max-width': 140,
            width: 28, height: 28, 'border-width': 2, 'border-color': '#ffffff',
          },
        },
        { selector: '.hidden', style: { display: 'none' } },
        { selector: 'node.focus', style: { width: 40, height: 40, 'border-color': '#111827', 'border-width': 3 } },
        { selector: 'node:selected', style: { 'border-color': '#1d4ed8', 'border-width': 4 } },
        {
          selector: 'edge',
          style: {
            width: 1.5, 'line-color': '#9ca3af', 'curve-style': 'straight', label: 'data(label)', 'font-size': 10,
            color: '#374151', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-rotation': 'autorotate',
          },
        },
      ],
      layout: { name: 'preset' },
    });
    this.cy.on('tap', 'node', event => onSelect(event.target.id()));
    this.cy.on('dbltap', 'node', event => onExpand(event.target.id()));
  }

  size() {
    return this.cy.nodes().length;
  }

  has(id) {
    return this.records.has(id);
  }

  record(id) {
    return this.records.get(id);
  }

  /** Every node drawn, in the order it was added. */
  all() {
    return [...this.records.values()];
  }

  clear() {
    this.cy.elements().remove();
    this.records.clear();
  }

  /**
   * Adds a neighbourhood; returns how many nodes it added, or -1 (drawing nothing) when the scene
   * would hold more than {@link MAX_NODES}.
   */
  add(neighbourhood) {
    const focus = neighbourhood.focus;
    const fresh = neighbourhood.nodes.filter(node => !this.records.has(node.id));
    if (this.records.size + fresh.length + (this.records.has(focus.id) ? 0 : 1) > MAX_NODES) {
      return -1;
    }
    this.cy.batch(() => {
      if (!this.records.has(focus.id)) {
        this.addNode(focus, { x: 0, y: 0 });
      } else {
        this.records.set(focus.id, { ...this.records.get(focus.id), ...focus });
      }
      this.cy.nodes().removeClass('focus');
      this.cy.getElementById(focus.id).addClass('focus');
      const centre = this.cy.getElementById(focus.id).position();
      fresh.forEach(node => this.addNode(node, { ...centre }));
      for (const edge of neighbourhood.edges) {
        const id = edge.source + '>' + edge.target;
        if (this.cy.getElementById(id).empty() && this.records.has(edge.source) && this.records.has(edge.target)) {
          this.cy.add({ group: 'edges', data: { id, source: edge.source, target: edge.target, kind: edge.kind, label: edge.text || '' } });
        }
      }
    });
    this.layout(focus.id);
    return fresh.length;
  }

  /** Draws a saved view as it was: its nodes where they were, its edges. */
  restore(view) {
    this.clear();
    this.cy.batch(() => {
      view.nodes.forEach(saved => this.addNode(saved.node, { x: saved.x, y: saved.y }));
      view.edges.forEach(edge => this.cy.add({ group: 'edges', data: { id: edge.source + '>' + edge.target, source: edge.source, target: edge.target,
        kind: edge.kind, label: edge.text || '' } }));
    });
    this.cy.fit(this.cy.elements(), 40);
  }

  /** What a saved view keeps: node types, keys and positions, and the edges. */
  snapshot() {
    return {
      nodes: this.cy.nodes().map(n => {
        const record = this.records.get(n.id());
        return { type: record.type, key: record.key, x: n.position('x'), y: n.position('y') };
      }),
      edges: this.cy.edges().map(e => ({ source: e.data('source'), target: e.data('target'), kind: e.data('kind'), text: e.data('label') || null })),
    };
  }

  /**
   * Shows only the nodes of these types and, with a label, only that label and those who hold it
   * (the edges between the nodes shown stay).
   */
  filter(types, labelId) {
    const holders = labelId ? this.cy.getElementById(labelId).closedNeighborhood('node') : null;
    this.cy.batch(() => {
      this.cy.nodes().forEach(n => n.toggleClass('hidden',
        !types.has(this.records.get(n.id()).type) || (holders !== null && !holders.contains(n))));
    });
  }

  /** The label nodes drawn: [id, name]. */
  labels() {
    return this.all().filter(node => node.type === 'LABEL').map(node => [node.id, node.title]);
  }

  /** The nodes shown, in the order they were added. */
  shown() {
    return this.all().filter(node => !this.cy.getElementById(node.id).hasClass('hidden'));
  }

  /** A PNG of the canvas as drawn, on white. */
  png() {
    return this.cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 1 });
  }

  /** Rings around the focus: its neighbours first, then what is two steps away, and so on; the unreachable outermost. */
  layout(focusId) {
    const focus = this.cy.getElementById(focusId);
    const steps = this.cy.elements().dijkstra({ root: focus });
    const far = this.cy.nodes().length;
    this.cy.layout({
      name: 'concentric',
      animate: false,
      fit: true,
      padding: 40,
      minNodeSpacing: 40,
      startAngle: -Math.PI / 2,
      levelWidth: () => 1,
      concentric: node => far - Math.min(far, steps.distanceTo(node)),
    }).run();
  }

  select(id, centre) {
    this.cy.nodes().unselect();
    const node = this.cy.getElementById(id);
    node.select();
    if (centre) {
      this.cy.center(node);
    }
  }

  addNode(node, position) {
    const look = TYPES[node.type];
    this.records.set(node.id, node);
    this.cy.add({
      group: 'nodes',
      data: { id: node.id, label: look.tag + ' ' + title(node), shape: look.shape, colour: look.colour },
      position,
    });
  }
}
