// The dependency graph of one entity: its neighbourhood as the server walks and bounds it
// (depth 1–5, dependencies, dependents or both, chosen relation types), drawn with Cytoscape.js in a
// layered layout computed by dagre, so several hundred nodes stay readable: dependents above,
// dependencies below. Pan and zoom with the mouse; click a node to open its page. The list
// beside the drawing holds the same entities for the keyboard and screen readers. Blast-radius mode
// walks what depends on the entity and lists the owners of everything that would break.

import {ApiError, run} from '../api.js';
import {announce, entityHref, entityLink, h, label, show} from '../dom.js';
import {graphLibraries} from '../vendor.js';
import {entityNotFound} from './not-found.js';

const RELATION_TYPES = [
  {type: 'DEPENDS_ON', title: 'depends on', color: '#2f6fde'},
  {type: 'CONSUMES_API', title: 'consumes API', color: '#8a4fd8'},
  {type: 'PROVIDES_API', title: 'provides API', color: '#2f9e6e'},
  {type: 'PART_OF', title: 'part of', color: '#c2410c'},
  {type: 'OWNED_BY', title: 'owned by', color: '#b0347a'},
  {type: 'MEMBER_OF', title: 'member of', color: '#6b7280'},
  {type: 'CHILD_OF', title: 'child of', color: '#374151'},
];
const DEFAULT_TYPES = ['DEPENDS_ON', 'CONSUMES_API', 'PROVIDES_API'];
/** Stored from the dependency to the dependent (an API depends on its provider, a system on its parts). */
const STORED_TOWARDS_DEPENDENT = new Set(['PROVIDES_API', 'PART_OF']);
const DIRECTIONS = [
  {value: 'BOTH', title: 'Both ways'},
  {value: 'DEPENDENCIES', title: 'What it depends on'},
  {value: 'DEPENDENTS', title: 'What depends on it'},
];
const KIND_STYLES = {
  component: {color: '#2563eb', shape: 'round-rectangle'},
  api: {color: '#7c3aed', shape: 'diamond'},
  resource: {color: '#059669', shape: 'barrel'},
  system: {color: '#d97706', shape: 'hexagon'},
  domain: {color: '#92400e', shape: 'octagon'},
  group: {color: '#db2777', shape: 'ellipse'},
  user: {color: '#be185d', shape: 'ellipse'},
};
const MAX_NODES = 500;

function settingsOf(params) {
  const blast = params.get('blast') === '1';
  const depth = Math.min(5, Math.max(1, Number(params.get('depth')) || 2));
  const direction = blast ? 'DEPENDENTS'
    : (DIRECTIONS.some(d => d.value === params.get('direction')) ? params.get('direction') : 'BOTH');
  const asked = (params.get('rel') || '').split(',').filter(type => RELATION_TYPES.some(r => r.type === type));
  return {blast, depth, direction, relations: asked.length > 0 ? asked : DEFAULT_TYPES};
}

export async function graphPage(context) {
  const {view, ref, params} = context;
  const settings = settingsOf(params);
  context.setTitle(`Graph of ${ref}`);
  show(view, h('h1', {}, `Graph of ${ref}`), h('p', {class: 'loading'}, 'Loading…'));
  let data;
  try {
    [{data}] = await Promise.all([
      run(`the graph around ${ref}`, 'neighbourhood', {ref, depth: settings.depth, direction: settings.direction,
        relations: settings.relations, maxNodes: MAX_NODES}),
      graphLibraries().catch(error => {
        throw new ApiError('the graph library', error.message);
      }),
    ]);
  } catch (error) {
    const missing = error instanceof ApiError ? error.classified('NOT_FOUND') : null;
    if (missing) {
      entityNotFound(context, ref, missing.extensions.suggestions || [], false);
      return;
    }
    throw error;
  }
  if (!context.isCurrent()) {
    return;
  }
  const graph = data.neighbourhood;
  const root = graph.nodes[0].entity;
  context.setTitle(`${settings.blast ? 'Blast radius' : 'Graph'} of ${label(root)}`);
  const canvas = h('div', {id: 'graph-canvas', class: 'graph-canvas', role: 'img',
    'aria-label': `${settings.blast ? 'Blast radius' : 'Dependency graph'} of ${label(root)}: ${graph.nodes.length} `
      + `entities and ${graph.edges.length} relations. The list beside it holds the same entities.`});
  show(view, h('section', {class: 'graph-page'},
    h('h1', {}, settings.blast ? 'Blast radius of ' : 'Graph of ', entityLink(root)),
    controls(context, settings),
    graph.truncated ? h('p', {class: 'warning', role: 'status'}, `Only the first ${graph.nodes.length} entities are `
      + 'drawn: more lie within this depth. Lower the depth or choose fewer relation types to see all of them.') : null,
    h('div', {class: 'graph-layout'},
      h('div', {class: 'graph-stage'}, legend(settings), canvas),
      h('aside', {class: 'graph-list', 'aria-label': 'Entities in the graph'},
        settings.blast ? blastSummary(graph) : null, nodeList(graph)))));
  draw(canvas, graph, settings, await graphLibraries());
  announce(`${graph.nodes.length} entities in the graph`);
}

function controls(context, settings) {
  const apply = changes => {
    const next = new URLSearchParams(context.params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) {
        next.delete(key);
      } else {
        next.set(key, value);
      }
    }
    context.navigate('/graph/' + encodeURIComponent(context.ref), next);
  };
  const depth = h('select', {id: 'graph-depth', 'data-focus-key': 'depth',
    onchange: event => apply({depth: event.target.value})},
  [1, 2, 3, 4, 5].map(n => h('option', {value: n, selected: n === settings.depth}, String(n))));
  const directions = DIRECTIONS.map(direction => h('label', {class: 'inline'},
    h('input', {type: 'radio', name: 'direction', value: direction.value, 'data-focus-key': `direction:${direction.value}`,
      checked: direction.value === settings.direction, disabled: settings.blast,
      onchange: () => apply({direction: direction.value})}), ' ', direction.title));
  const relations = RELATION_TYPES.map(relation => h('label', {class: 'inline'},
    h('input', {type: 'checkbox', value: relation.type, 'data-focus-key': `rel:${relation.type}`,
      checked: settings.relations.includes(relation.type),
      onchange: event => {
        const chosen = new Set(settings.relations);
        if (event.target.checked) {
          chosen.add(relation.type);
        } else {
          chosen.delete(relation.type);
        }
        if (chosen.size === 0) {
          event.target.checked = true;
          announce('At least one relation type is needed');
          return;
        }
        apply({rel: RELATION_TYPES.map(r => r.type).filter(type => chosen.has(type)).join(',')});
      }}), ' ', relation.title));
  return h('form', {class: 'graph-controls', onsubmit: event => event.preventDefault()},
    h('div', {class: 'control'}, h('label', {for: 'graph-depth'}, 'Depth'), depth),
    h('fieldset', {class: 'control'}, h('legend', {}, 'Direction'), directions),
    h('fieldset', {class: 'control'}, h('legend', {}, 'Relations'), relations),
    h('div', {class: 'control'}, h('label', {class: 'inline'}, h('input', {type: 'checkbox', id: 'graph-blast',
      'data-focus-key': 'blast', checked: settings.blast,
      onchange: event => apply({blast: event.target.checked ? '1' : null})}),
    ' Blast radius: what breaks if it breaks')),
    h('p', {class: 'control'}, h('a', {href: entityHref(context.ref)}, 'Open its page')));
}

function legend(settings) {
  return h('ul', {class: 'legend', 'aria-label': 'Legend'},
    Object.entries(KIND_STYLES).map(([kind, style]) => h('li', {},
      h('span', {class: 'swatch', style: `background:${style.color}`}), kind)),
    RELATION_TYPES.filter(r => settings.relations.includes(r.type)).map(relation => h('li', {},
      h('span', {class: 'line', style: `background:${relation.color}`}), relation.title)));
}

function nodeList(graph) {
  const byDistance = new Map();
  for (const node of graph.nodes.slice(1)) {
    if (!byDistance.has(node.distance)) {
      byDistance.set(node.distance, []);
    }
    byDistance.get(node.distance).push(node.entity);
  }
  return h('section', {class: 'nodes'}, h('h2', {}, `Entities (${graph.nodes.length})`),
    [...byDistance.entries()].map(([distance, entities]) => h('section', {},
      h('h3', {}, `${distance} ${distance === 1 ? 'step' : 'steps'} away (${entities.length})`),
      h('ul', {}, entities.map(entity => h('li', {}, entityLink(entity), h('span', {class: 'muted'},
        ` · ${entity.kind}`)))))));
}

/** Everything that breaks if the root breaks, by owner: who to tell. */
function blastSummary(graph) {
  const affected = graph.nodes.slice(1).map(node => node.entity);
  const owners = new Map();
  for (const entity of affected) {
    const key = entity.owner ? entity.owner.ref : '';
    if (!owners.has(key)) {
      owners.set(key, {owner: entity.owner, entities: []});
    }
    owners.get(key).entities.push(entity);
  }
  const ordered = [...owners.values()].sort((a, b) => b.entities.length - a.entities.length
    || label(a.owner).localeCompare(label(b.owner)));
  return h('section', {class: 'blast'}, h('h2', {}, `${affected.length} entities break if it breaks`),
    h('h3', {}, `Owners to tell (${ordered.filter(o => o.owner).length})`),
    h('ul', {class: 'owners'}, ordered.map(({owner, entities}) => h('li', {},
      owner ? entityLink(owner) : h('em', {}, 'No owner'),
      owner?.profile?.email ? [' — ', h('a', {href: 'mailto:' + owner.profile.email, class: 'email'},
        owner.profile.email)] : null,
      ` (${entities.length}): `,
      entities.map((entity, i) => [i > 0 ? ', ' : '', entityLink(entity)])))));
}

function draw(canvas, graph, settings, {cytoscape, dagre}) {
  const rootRef = graph.nodes[0].entity.ref;
  const positions = layered(graph, dagre);
  const elements = [
    ...graph.nodes.map(node => ({
      group: 'nodes',
      data: {id: node.entity.ref, label: shorten(label(node.entity)), kind: node.entity.kind.toLowerCase(),
        distance: node.distance},
      position: positions.get(node.entity.ref),
      classes: [node.entity.ref === rootRef ? 'root' : '', settings.blast && node.distance > 0 ? 'affected' : '',
        node.entity.missing ? 'missing' : ''].join(' '),
    })),
    ...graph.edges.map((edge, i) => ({
      group: 'edges',
      data: {id: `e${i}`, source: edge.from, target: edge.to, type: edge.type, relation: edge.relation},
    })),
  ];
  const cy = cytoscape({
    container: canvas,
    elements,
    layout: {name: 'preset', fit: true, padding: 30},
    minZoom: 0.05,
    maxZoom: 3,
    boxSelectionEnabled: false,
    autoungrabify: graph.nodes.length > 150,
    textureOnViewport: graph.nodes.length > 200,
    hideEdgesOnViewport: graph.nodes.length > 300,
    style: style(settings, graph.nodes.length),
  });
  cy.on('tap', 'node', event => {
    window.location.hash = entityHref(event.target.id());
  });
  cy.on('mouseover', 'node', () => { canvas.style.cursor = 'pointer'; });
  cy.on('mouseout', 'node', () => { canvas.style.cursor = ''; });
  canvas.dataset.nodes = String(cy.nodes().length);
  canvas.dataset.edges = String(cy.edges().length);
  // For looking at the drawing from the browser's console (and for the browser tests).
  window.catalogGraphView = cy;
}

/**
 * Node positions from dagre's layered (Sugiyama) layout, edges laid from dependent to dependency so
 * every relation type points the same way: dependents above, dependencies below, labels under the nodes.
 */
function layered(graph, dagre) {
  const layout = new dagre.graphlib.Graph({multigraph: true});
  const large = graph.nodes.length > 150;
  layout.setGraph({rankdir: 'TB', nodesep: large ? 4 : 12, ranksep: large ? 36 : 48, edgesep: 4,
    ranker: large ? 'tight-tree' : 'network-simplex'});
  layout.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) {
    layout.setNode(node.entity.ref, {width: large ? 90 : 120, height: large ? 30 : 40});
  }
  graph.edges.forEach((edge, i) => {
    const reversed = STORED_TOWARDS_DEPENDENT.has(edge.type);
    layout.setEdge(reversed ? edge.to : edge.from, reversed ? edge.from : edge.to, {}, `e${i}`);
  });
  dagre.layout(layout);
  const positions = new Map();
  for (const ref of layout.nodes()) {
    const {x, y} = layout.node(ref);
    positions.set(ref, {x, y});
  }
  return positions;
}

function shorten(text) {
  return text.length > 40 ? text.slice(0, 39) + '…' : text;
}

function style(settings, size) {
  const kinds = Object.entries(KIND_STYLES).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`, style: {'background-color': s.color, shape: s.shape},
  }));
  const relations = RELATION_TYPES.map(relation => ({
    selector: `edge[type = "${relation.type}"]`,
    style: {'line-color': relation.color, 'target-arrow-color': relation.color},
  }));
  return [
    {selector: 'node', style: {
      'background-color': '#6b7280', shape: 'round-rectangle', width: size > 150 ? 14 : 22, height: size > 150 ? 14 : 22,
      label: 'data(label)', 'font-size': size > 150 ? 9 : 11, 'font-family': 'system-ui, sans-serif',
      color: '#1f2937', 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': 3,
      'text-wrap': 'ellipsis', 'text-max-width': size > 150 ? 86 : 116,
      'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
      'min-zoomed-font-size': 7,
    }},
    ...kinds,
    {selector: 'node.missing', style: {'background-opacity': 0.35, 'border-width': 1, 'border-style': 'dashed',
      'border-color': '#374151'}},
    {selector: 'node.affected', style: {'background-color': '#ea580c', 'border-width': 0}},
    {selector: 'node.root', style: {'border-width': 4, 'border-color': settings.blast ? '#b91c1c' : '#111827',
      'background-color': settings.blast ? '#dc2626' : undefined, width: 30, height: 30, 'font-weight': 'bold',
      'font-size': 13}},
    {selector: 'edge', style: {
      width: 1.2, 'curve-style': size > 150 ? 'haystack' : 'bezier', 'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7, 'line-color': '#9ca3af', 'target-arrow-color': '#9ca3af', opacity: 0.8,
    }},
    ...relations,
  ].map(rule => ({...rule, style: Object.fromEntries(Object.entries(rule.style).filter(([, v]) => v !== undefined))}));
}
