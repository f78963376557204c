// The catalog: one search box (full text, loose names and typos, as get_entity resolves them), a
// table of entities narrowed by facets and sorted by a column, paged through the API's cursors.
// Everything the view shows is in the address (#/catalog?q=…&kind=…&owner=…&sort=name&desc=1), so a
// view can be shared.

import {run} from '../api.js';
import {announce, entityHref, entityLink, h, label, show} from '../dom.js';

const PAGE_SIZE = 50;

/** Facets shown, in order: the address parameter, the filter field, the heading. */
const FACETS = [
  {param: 'kind', field: 'kind', facet: 'kinds', title: 'Kind'},
  {param: 'type', field: 'type', facet: 'types', title: 'Type'},
  {param: 'owner', field: 'owner', facet: 'owners', title: 'Owner'},
  {param: 'lifecycle', field: 'lifecycle', facet: 'lifecycles', title: 'Lifecycle'},
  {param: 'system', field: 'system', facet: 'systems', title: 'System'},
  {param: 'tag', field: 'tag', facet: 'tags', title: 'Tag'},
];

/** Yes/no filters: the address parameter, the filter field, what it is called. */
const FLAGS = [
  {param: 'problems', field: 'hasProblems', count: 'withProblems', title: 'Has ingest problems'},
  {param: 'orphan', field: 'orphan', count: 'orphans', title: 'Orphan (descriptor gone)'},
  {param: 'missing', field: 'missing', count: null, title: 'Missing (referenced, never defined)'},
];

/** Sortable columns: the address value and the API's order field. */
const SORTS = {name: 'NAME', kind: 'KIND', type: 'TYPE', lifecycle: 'LIFECYCLE', ref: 'REF'};

function filterOf(params) {
  const filter = {};
  for (const facet of FACETS) {
    if (params.get(facet.param)) {
      filter[facet.field] = params.get(facet.param);
    }
  }
  for (const flag of FLAGS) {
    if (params.has(flag.param)) {
      filter[flag.field] = params.get(flag.param) !== 'false';
    }
  }
  return filter;
}

export async function catalogPage(context) {
  const {view, params} = context;
  const text = (params.get('q') || '').trim();
  const filter = filterOf(params);
  const sort = SORTS[params.get('sort')] ? params.get('sort') : null;
  const descending = params.get('desc') === '1';
  context.setTitle(text ? `Search: ${text}` : 'Catalog');
  show(view, h('h1', {}, text ? `Search: “${text}”` : 'Catalog'), h('p', {class: 'loading'}, 'Loading…'));

  let rows;
  let facets;
  let pager = null;
  let best = null;
  let suggestions = [];
  if (text) {
    const {data, errors} = await run('the search results', ['catalog-search', 'catalog-fragments'],
      {text, filter, first: PAGE_SIZE}, ['best']);
    rows = data.search.map(hit => hit.entity);
    facets = data.facets;
    best = data.best;
    suggestions = errors.flatMap(error => error.extensions?.suggestions || error.extensions?.candidates || []);
    if (sort) {
      rows = sortLocally(rows, sort, descending);
    }
  } else {
    const orderBy = sort ? {field: SORTS[sort], descending} : null;
    const {data} = await run('the catalog', ['catalog-list', 'catalog-fragments'],
      {filter, first: PAGE_SIZE, after: params.get('after') || null, orderBy});
    rows = data.entities.nodes;
    facets = data.facets;
    pager = {total: data.facets.total, next: data.entities.pageInfo};
  }
  if (!context.isCurrent()) {
    return;
  }
  const go = changes => context.navigate('/catalog', withChanges(params, changes));
  show(view,
    h('h1', {}, text ? `Search: “${text}”` : 'Catalog'),
    summary(text, rows, facets, pager, params),
    activeFilters(params, go),
    h('div', {class: 'catalog-layout'},
      facetPanel(facets, params, go),
      h('section', {class: 'results', 'aria-label': 'Entities'},
        bestMatch(text, best, rows),
        rows.length === 0 ? nothingFound(text, suggestions) : entityTable(rows, params, sort, descending, go, !!text),
        pager ? pagerLinks(params, pager) : null)));
  announce(`${rows.length} entities shown`);
}

function withChanges(params, changes) {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') {
      next.delete(key);
    } else {
      next.set(key, value);
    }
  }
  if (!('after' in changes)) {
    next.delete('after');
    next.delete('page');
  }
  return next;
}

function summary(text, rows, facets, pager, params) {
  if (text) {
    return h('p', {class: 'summary'}, `${facets.total} ${facets.total === 1 ? 'entity matches' : 'entities match'}`,
      facets.total > rows.length ? `; the best ${rows.length} are shown, best first` : '', '.');
  }
  const page = Number(params.get('page') || '1');
  return h('p', {class: 'summary'}, `${pager.total} ${pager.total === 1 ? 'entity' : 'entities'}`,
    pager.total > rows.length ? ` · page ${page}, ${rows.length} shown` : '', '.');
}

function activeFilters(params, go) {
  const chips = [];
  for (const facet of FACETS) {
    if (params.get(facet.param)) {
      chips.push(chip(`${facet.title}: ${params.get(facet.param)}`, () => go({[facet.param]: null}),
        `remove:${facet.param}`));
    }
  }
  for (const flag of FLAGS) {
    if (params.has(flag.param)) {
      chips.push(chip(`${flag.title}${params.get(flag.param) === 'false' ? ': no' : ''}`,
        () => go({[flag.param]: null}), `remove:${flag.param}`));
    }
  }
  if (chips.length === 0) {
    return null;
  }
  return h('div', {class: 'active-filters', 'aria-label': 'Filters in use'}, chips,
    chips.length > 1 ? h('button', {type: 'button', class: 'link', 'data-focus-key': 'remove:all',
      onclick: () => go(Object.fromEntries([...FACETS, ...FLAGS].map(f => [f.param, null])))}, 'Clear all') : null);
}

function chip(text, remove, focusKey) {
  return h('span', {class: 'chip'}, text, h('button', {type: 'button', class: 'chip-remove', onclick: remove,
    'aria-label': `Remove filter ${text}`, 'data-focus-key': focusKey}, '×'));
}

function facetPanel(facets, params, go) {
  const groups = FACETS.map(facet => {
    const values = facets[facet.facet];
    const selected = params.get(facet.param);
    if (values.length === 0 && !selected) {
      return null;
    }
    const id = `facet-${facet.param}`;
    return h('section', {class: 'facet', 'aria-labelledby': id},
      h('h2', {id}, facet.title),
      h('ul', {}, values.map(value => {
        const active = selected === value.value;
        return h('li', {}, h('button', {
          type: 'button', class: 'facet-value', 'aria-pressed': String(active),
          'data-focus-key': `facet:${facet.param}:${value.value}`, title: value.value,
          onclick: () => go({[facet.param]: active ? null : value.value}),
        }, h('span', {class: 'facet-label'}, value.label || value.value), h('span', {class: 'count'}, value.count)));
      })));
  });
  const flags = FLAGS.map(flag => {
    const active = params.has(flag.param) && params.get(flag.param) !== 'false';
    const count = flag.count ? facets[flag.count] : null;
    return h('li', {}, h('button', {
      type: 'button', class: 'facet-value', 'aria-pressed': String(active), 'data-focus-key': `flag:${flag.param}`,
      onclick: () => go({[flag.param]: active ? null : 'true'}),
    }, h('span', {class: 'facet-label'}, flag.title), count === null ? null : h('span', {class: 'count'}, count)));
  });
  return h('aside', {class: 'facets', 'aria-label': 'Narrow the list'}, groups,
    h('section', {class: 'facet', 'aria-labelledby': 'facet-status'}, h('h2', {id: 'facet-status'}, 'Status'),
      h('ul', {}, flags)));
}

function bestMatch(text, best, rows) {
  if (!text || !best || (rows.length > 0 && rows[0].ref === best.ref)) {
    return null;
  }
  return h('p', {class: 'best-match'}, `“${text}” names `, h('a', {href: entityHref(best.ref)}, label(best)),
    ` (${best.ref}).`);
}

function nothingFound(text, suggestions) {
  return h('div', {class: 'nothing'},
    h('p', {}, text ? `Nothing in the catalog matches “${text}” with these filters.` : 'No entity matches these filters.'),
    suggestions.length > 0 ? h('p', {}, 'Did you mean: ',
      suggestions.map((ref, i) => [i > 0 ? ', ' : '', h('a', {href: entityHref(ref)}, ref)]), '?') : null);
}

const COLUMNS = [
  {key: 'name', title: 'Name', sortable: true},
  {key: 'kind', title: 'Kind', sortable: true},
  {key: 'type', title: 'Type', sortable: true},
  {key: 'owner', title: 'Owner'},
  {key: 'system', title: 'System'},
  {key: 'lifecycle', title: 'Lifecycle', sortable: true},
  {key: 'tags', title: 'Tags'},
];

function entityTable(rows, params, sort, descending, go, searching) {
  const header = COLUMNS.map(column => {
    if (!column.sortable) {
      return h('th', {scope: 'col'}, column.title);
    }
    const active = sort === column.key;
    const next = active && !descending ? {sort: column.key, desc: '1'} : {sort: column.key, desc: null};
    return h('th', {scope: 'col', 'aria-sort': active ? (descending ? 'descending' : 'ascending') : null},
      h('button', {type: 'button', class: 'sort', 'data-focus-key': `sort:${column.key}`, onclick: () => go(next),
        title: `Sort by ${column.title.toLowerCase()}${searching ? ' (among these matches)' : ''}`},
      column.title, h('span', {class: 'sort-mark', 'aria-hidden': 'true'}, active ? (descending ? ' ▼' : ' ▲') : '')));
  });
  return h('table', {class: 'entities'},
    h('caption', {class: 'visually-hidden'}, 'Entities', sort ? `, sorted by ${sort}` : ''),
    h('thead', {}, h('tr', {}, header)),
    h('tbody', {}, rows.map(row)));
}

function row(entity) {
  const problems = entity.problems || [];
  const errors = problems.filter(problem => problem.severity === 'ERROR').length;
  return h('tr', {'data-ref': entity.ref},
    h('td', {class: 'name'}, entityLink(entity),
      entity.missing ? h('span', {class: 'badge missing'}, 'missing') : null,
      entity.orphan ? h('span', {class: 'badge orphan'}, 'orphan') : null,
      problems.length > 0 ? h('span', {class: 'badge problem', title: `${errors} errors, `
          + `${problems.length - errors} warnings in its descriptor file`},
      `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`) : null),
    h('td', {}, entity.kind),
    h('td', {}, entity.type || ''),
    h('td', {}, entity.owner ? entityLink(entity.owner) : ''),
    h('td', {}, entity.system ? entityLink(entity.system) : ''),
    h('td', {}, entity.lifecycle || ''),
    h('td', {class: 'tags'}, (entity.tags || []).map(tag => h('span', {class: 'tag'}, tag))));
}

function sortLocally(rows, sort, descending) {
  const key = {
    name: entity => label(entity).toLowerCase(),
    kind: entity => (entity.kind || '').toLowerCase(),
    type: entity => (entity.type || '').toLowerCase(),
    lifecycle: entity => (entity.lifecycle || '').toLowerCase(),
    ref: entity => entity.ref,
  }[sort];
  const sorted = [...rows].sort((a, b) => key(a).localeCompare(key(b)) || a.ref.localeCompare(b.ref));
  return descending ? sorted.reverse() : sorted;
}

function pagerLinks(params, pager) {
  const page = Number(params.get('page') || '1');
  const first = new URLSearchParams(params);
  first.delete('after');
  first.delete('page');
  const next = new URLSearchParams(params);
  next.set('after', pager.next.endCursor || '');
  next.set('page', String(page + 1));
  return h('nav', {class: 'pager', 'aria-label': 'Pages'},
    page > 1 ? h('a', {href: '#/catalog?' + first.toString()}, '« First page') : null,
    page > 1 ? ' · Back: your browser’s back button' : null,
    pager.next.hasNextPage ? h('a', {href: '#/catalog?' + next.toString(), rel: 'next', class: 'next'},
      'Next page »') : null);
}
