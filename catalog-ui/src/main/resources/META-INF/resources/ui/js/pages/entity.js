// An entity's page, for every kind: what it is, who owns it and how to reach them, where it sits
// (system, domain), its relations both ways, kind-specific parts (a team's members and what it owns,
// a system's parts, an API's definition), where its descriptor lives, what the last ingest found
// wrong with it, and how fresh all of that is.

import {ApiError, run} from '../api.js';
import {entityHref, entityLink, graphHref, h, kindKey, label, show, when} from '../dom.js';
import {problems, source} from './descriptor.js';
import {entityNotFound} from './not-found.js';

/** Backstage's relation names as people read them. */
const RELATION_NAMES = {
  ownedBy: 'Owned by', ownerOf: 'Owns',
  dependsOn: 'Depends on', dependencyOf: 'Depended on by',
  providesApi: 'Provides API', apiProvidedBy: 'Provided by',
  consumesApi: 'Consumes API', apiConsumedBy: 'Consumed by',
  partOf: 'Part of', hasPart: 'Has part',
  memberOf: 'Member of', hasMember: 'Has member',
  childOf: 'Child of', parentOf: 'Parent of',
};

export async function entityPage(context) {
  const {view, ref} = context;
  context.setTitle(ref);
  show(view, h('h1', {}, ref), h('p', {class: 'loading'}, 'Loading…'));
  let data;
  try {
    ({data} = await run(`the page of ${ref}`, 'entity-page', {ref}));
  } catch (error) {
    const missing = error instanceof ApiError ? error.classified('NOT_FOUND') : null;
    const ambiguous = error instanceof ApiError ? error.classified('BAD_REQUEST') : null;
    if (missing || ambiguous?.extensions?.candidates) {
      entityNotFound(context, ref, (missing || ambiguous).extensions.suggestions
          || ambiguous.extensions.candidates || [], !missing);
      return;
    }
    throw error;
  }
  if (!context.isCurrent()) {
    return;
  }
  const entity = data.entity;
  if (entity.ref !== ref) {
    // A loose name resolved: show the canonical address, so it can be shared.
    history.replaceState(null, '', entityHref(entity.ref));
  }
  context.setTitle(label(entity));
  show(view, h('article', {class: 'entity', 'data-kind': kindKey(entity.kind)},
    header(entity),
    h('div', {class: 'entity-grid'},
      h('div', {class: 'main-column'}, facts(entity), kindSections(entity), relations(entity), definition(entity)),
      h('div', {class: 'side-column'}, ownerCard(entity.owner), source(entity), problems(entity),
        freshness(entity, data.ingestRuns.find(run => run.finishedAt)), metadata(entity)))));
}

function header(entity) {
  return h('header', {class: 'entity-header'},
    h('p', {class: 'kind'}, entity.kind, entity.type ? ` · ${entity.type}` : '',
      entity.lifecycle ? ` · ${entity.lifecycle}` : ''),
    h('h1', {}, label(entity)),
    h('p', {class: 'ref'}, h('code', {}, entity.ref),
      entity.missing ? h('span', {class: 'badge missing'}, 'missing: no descriptor defines it') : null,
      entity.orphan ? h('span', {class: 'badge orphan'}, 'orphan: its descriptor disappeared') : null),
    entity.description ? h('p', {class: 'description'}, entity.description) : null,
    entity.tags.length > 0 ? h('p', {class: 'tags'}, entity.tags.map(tag =>
      h('a', {class: 'tag', href: '#/catalog?' + new URLSearchParams({tag}).toString()}, tag))) : null,
    graphLinks(entity));
}

const DEPENDENCIES = 'DEPENDS_ON,CONSUMES_API,PROVIDES_API';

/** The graph and blast radius worth drawing for each kind: people and teams by what they own. */
function graphLinks(entity) {
  const kind = kindKey(entity.kind);
  let graph = {depth: 2};
  let blast = {depth: 3, direction: 'DEPENDENTS', blast: '1'};
  if (kind === 'group' || kind === 'user') {
    graph = {depth: 1, rel: 'OWNED_BY,MEMBER_OF,CHILD_OF'};
    blast = {...blast, rel: 'OWNED_BY,' + DEPENDENCIES};
  } else if (kind === 'system' || kind === 'domain') {
    graph = {depth: 2, rel: 'PART_OF,' + DEPENDENCIES};
    blast = null;
  }
  return h('p', {class: 'actions'},
    h('a', {class: 'button', href: graphHref(entity.ref, graph)}, kind === 'group' || kind === 'user'
      ? 'Ownership graph' : 'Dependency graph'),
    blast ? [' ', h('a', {class: 'button', href: graphHref(entity.ref, blast),
      title: 'Everything that breaks if this breaks, and who owns it'}, 'Blast radius')] : null);
}

function facts(entity) {
  const system = entity.system;
  const domain = entity.domain || system?.domain;
  const rows = [
    ['Owner', entity.owner ? entityLink(entity.owner) : null],
    ['System', system ? entityLink(system) : null],
    ['Domain', domain ? entityLink(domain) : null],
    ['Part of', entity.subcomponentOf ? entityLink(entity.subcomponentOf) : null],
    ['Parent', entity.parent ? entityLink(entity.parent) : null],
    ['Subdomain of', entity.subdomainOf ? entityLink(entity.subdomainOf) : null],
    ['Email', entity.profile?.email ? h('a', {href: 'mailto:' + entity.profile.email}, entity.profile.email) : null],
    ['Namespace', entity.namespace],
  ].filter(([, value]) => value);
  return h('dl', {class: 'facts'}, rows.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

/** The owner and how to reach them: a team's email and members, or a person's email and teams. */
function ownerCard(owner) {
  if (!owner) {
    return null;
  }
  const email = owner.profile?.email;
  return h('section', {class: 'card owner', 'aria-labelledby': 'owner-heading'},
    h('h2', {id: 'owner-heading'}, 'Owner'),
    h('p', {class: 'owner-name'}, entityLink(owner), owner.kind ? ` (${owner.kind})` : ''),
    email ? h('p', {}, h('a', {href: 'mailto:' + email, class: 'email'}, email)) : h('p', {class: 'help'},
      'No email in its profile.'),
    owner.parent ? h('p', {}, 'Part of ', entityLink(owner.parent)) : null,
    owner.members && owner.members.length > 0 ? [h('h3', {}, `Members (${owner.members.length})`),
      h('ul', {class: 'people'}, owner.members.map(person))] : null,
    owner.memberOf && owner.memberOf.length > 0 ? [h('h3', {}, 'Teams'),
      h('ul', {}, owner.memberOf.map(group => h('li', {}, entityLink(group))))] : null);
}

function person(user) {
  const email = user.profile?.email;
  return h('li', {}, entityLink(user), email ? [' — ', h('a', {href: 'mailto:' + email, class: 'email'}, email)] : null);
}

function linkList(title, entities, describe) {
  if (!entities || entities.length === 0) {
    return null;
  }
  return h('section', {class: 'part-list'}, h('h2', {}, `${title} (${entities.length})`),
    h('ul', {}, entities.map(entity => h('li', {}, entityLink(entity), describe ? describe(entity) : null))));
}

function typeAndLifecycle(entity) {
  const parts = [entity.type, entity.lifecycle].filter(Boolean);
  return parts.length > 0 ? h('span', {class: 'muted'}, ` · ${parts.join(' · ')}`) : null;
}

/** What only some kinds have: a team's people and what it owns, a system's parts, an API's users. */
function kindSections(entity) {
  switch (entity.kind) {
    case 'Component':
      return [linkList('Provides APIs', entity.providesApis, typeAndLifecycle),
        linkList('Consumes APIs', entity.consumesApis, typeAndLifecycle)];
    case 'API':
      return [linkList('Provided by', entity.providers), linkList('Consumed by', entity.consumers)];
    case 'System':
      return [linkList('Components', entity.components, typeAndLifecycle),
        linkList('APIs', entity.apis, typeAndLifecycle), linkList('Resources', entity.resources, typeAndLifecycle)];
    case 'Domain':
      return [linkList('Systems', entity.systems), linkList('Subdomains', entity.subdomains)];
    case 'Group':
      return [
        entity.members.length > 0 ? h('section', {class: 'part-list'}, h('h2', {}, `Members (${entity.members.length})`),
          h('ul', {class: 'people'}, entity.members.map(person))) : null,
        linkList('Teams within', entity.children, child => child.profile?.email
          ? [' — ', h('a', {href: 'mailto:' + child.profile.email, class: 'email'}, child.profile.email)] : null),
        ownsByKind(entity.owns)];
    case 'User':
      return [linkList('Member of', entity.memberOf), ownsByKind(entity.owns)];
    case 'Location':
      return entity.targets.length > 0 ? h('section', {class: 'part-list'}, h('h2', {}, 'Targets'),
        h('ul', {}, entity.targets.map(target => h('li', {}, h('code', {}, target))))) : null;
    default:
      return null;
  }
}

function ownsByKind(owned) {
  if (!owned || owned.length === 0) {
    return h('section', {class: 'part-list'}, h('h2', {}, 'Owns'), h('p', {class: 'help'}, 'Nothing directly.'));
  }
  const byKind = new Map();
  for (const entity of owned) {
    if (!byKind.has(entity.kind)) {
      byKind.set(entity.kind, []);
    }
    byKind.get(entity.kind).push(entity);
  }
  return h('section', {class: 'part-list owns'}, h('h2', {}, `Owns (${owned.length})`),
    [...byKind.entries()].map(([kind, entities]) => [h('h3', {}, `${kind} (${entities.length})`),
      h('ul', {}, entities.map(entity => h('li', {}, entityLink(entity), typeAndLifecycle(entity))))]));
}

/** Every direct relation, grouped by its name as read from this entity, both directions. */
function relations(entity) {
  const groups = new Map();
  for (const relation of entity.relations) {
    if (!groups.has(relation.type)) {
      groups.set(relation.type, []);
    }
    groups.get(relation.type).push(relation.target);
  }
  return h('section', {class: 'relations', 'aria-labelledby': 'relations-heading'},
    h('h2', {id: 'relations-heading'}, `Relations (${entity.relations.length})`),
    groups.size === 0 ? h('p', {class: 'help'}, 'None.') : h('div', {class: 'relation-groups'},
      [...groups.entries()].map(([type, targets]) => h('section', {class: 'relation-group'},
        h('h3', {}, `${RELATION_NAMES[type] || type} (${targets.length})`),
        h('ul', {}, targets.map(target => h('li', {}, entityLink(target), h('span', {class: 'muted'},
          ` · ${target.kind}`), target.missing ? h('span', {class: 'badge missing'}, 'missing') : null)))))));
}

function definition(entity) {
  if (entity.kind !== 'API' || !entity.definition) {
    return null;
  }
  return h('section', {class: 'definition', 'aria-labelledby': 'definition-heading'},
    h('h2', {id: 'definition-heading'}, `Definition (${entity.type || 'text'})`),
    entity.definitionPath ? h('p', {class: 'help'}, 'From ', h('code', {}, entity.definitionPath)) : null,
    h('pre', {tabindex: '0', 'aria-label': 'API definition'}, h('code', {}, entity.definition)));
}

/** When an ingest last changed this entity, and when the last ingest finished (null before the first). */
function freshness(entity, lastRun) {
  return h('p', {class: 'freshness'},
    entity.updatedAt ? ['Last changed by an ingest ', h('time', {datetime: entity.updatedAt}, when(entity.updatedAt)),
      '. '] : null,
    'Catalog as of ', lastRun ? h('time', {datetime: lastRun.finishedAt}, when(lastRun.finishedAt))
      : 'no finished ingest yet', '.');
}

function metadata(entity) {
  const links = entity.links.length > 0 ? h('section', {class: 'card links'}, h('h2', {}, 'Links'),
    h('ul', {}, entity.links.map(link => h('li', {}, h('a', {href: link.url, rel: 'noopener noreferrer'},
      link.title || link.url))))) : null;
  const pairs = (title, list) => list.length > 0 ? h('details', {class: 'key-values'},
    h('summary', {}, `${title} (${list.length})`),
    h('dl', {}, list.map(pair => [h('dt', {}, pair.key), h('dd', {}, pair.value)]))) : null;
  return [links, pairs('Labels', entity.labels), pairs('Annotations', entity.annotations)];
}
