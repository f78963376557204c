// The ingest status page: how big and fresh the catalog is, the last runs, every descriptor file
// with problems (file:line:field [rule]), conflicts, orphans and dangling refs; and, for admins only,
// buttons that start an ingest or an AGENTS.md run (the API's mutations) and follow its progress.

import {run} from '../api.js';
import {announce, entityLink, h, show, when} from '../dom.js';
import {position} from './descriptor.js';

const POLL_MS = 1000;

export async function ingestPage(context) {
  const {view, params} = context;
  context.setTitle('Ingest status');
  show(view, h('h1', {}, 'Ingest status'), h('p', {class: 'loading'}, 'Loading…'));
  const {data} = await run('the ingest status', 'ingest-page', {after: params.get('after') || null});
  if (!context.isCurrent()) {
    return;
  }
  show(view, h('section', {class: 'ingest-page'},
    h('h1', {}, 'Ingest status'),
    adminPanel(context, data.viewer),
    stats(data.catalogStats),
    runs(data.ingestRuns),
    problemFiles(data.ingestProblems, params),
    conflicts(data.conflicts),
    orphans(data.orphans, data.catalogStats.orphans),
    dangling(data.dangling, data.catalogStats.danglingRefs)));
}

/** Only for callers who may start runs: a reader never gets the buttons (and the API refuses them anyway). */
function adminPanel(context, viewer) {
  if (!viewer.canStartRuns || viewer.runKinds.length === 0) {
    return null;
  }
  const progress = h('div', {class: 'run-progress', role: 'status', 'aria-live': 'polite'});
  const buttons = [];
  const start = async (kind, operation, title) => {
    buttons.forEach(button => { button.disabled = true; });
    show(progress, h('p', {}, `${title}: starting…`));
    try {
      const {data} = await run(title, operation);
      const result = Object.values(data)[0];
      if (result.code) {
        show(progress, h('p', {class: 'error'}, `${title} was not started (${result.code}): ${result.message}`));
        return;
      }
      await follow(kind, result, title, progress);
      if (context.isCurrent()) {
        const finished = progress.cloneNode(true);
        await ingestPage(context);
        context.view.querySelector('.run-progress')?.replaceWith(finished);
      }
    } catch (error) {
      show(progress, h('p', {class: 'error'}, error.message));
    } finally {
      buttons.forEach(button => { button.disabled = false; });
    }
  };
  if (viewer.runKinds.includes('INGEST')) {
    buttons.push(h('button', {type: 'button', class: 'admin', 'data-action': 'start-ingest',
      onclick: () => start('INGEST', 'start-ingest', 'Ingest')}, 'Start ingest'));
  }
  if (viewer.runKinds.includes('AGENTS_MD')) {
    buttons.push(h('button', {type: 'button', class: 'admin', 'data-action': 'start-agents-md',
      onclick: () => start('AGENTS_MD', 'start-agents-md-run', 'AGENTS.md run')}, 'Start AGENTS.md run'));
  }
  return h('section', {class: 'card admin-panel', 'aria-labelledby': 'admin-heading'},
    h('h2', {id: 'admin-heading'}, 'Runs (admin)'),
    h('p', {class: 'help'}, 'An ingest reads the server’s configured paths; an AGENTS.md run drafts files for its '
      + 'configured checkouts without opening merge requests.'),
    h('p', {}, buttons.flatMap((button, i) => i > 0 ? [' ', button] : [button])),
    progress);
}

async function follow(kind, started, title, progress) {
  let state = started;
  while (state.state === 'QUEUED' || state.state === 'RUNNING') {
    show(progress, h('p', {}, h('progress', {'aria-label': `${title} in progress`}), ` ${title} ${state.id}: `,
      h('strong', {}, state.state), state.detail ? ` — ${state.detail}` : ''));
    await new Promise(resolve => setTimeout(resolve, POLL_MS));
    const {data} = await run(`the progress of ${title}`, 'run', {kind, id: state.id});
    if (data.run.code) {
      show(progress, h('p', {class: 'error'}, `${title} ${state.id}: ${data.run.message}`));
      return;
    }
    state = data.run;
  }
  show(progress, h('p', {class: state.state === 'SUCCEEDED' ? 'success' : 'error'}, `${title} ${state.id}: `,
    h('strong', {'data-run-state': state.state}, state.state), state.detail ? ` — ${state.detail}` : ''));
  announce(`${title} ${state.state.toLowerCase()}`);
}

function stats(catalog) {
  const last = catalog.lastIngestRun;
  return h('section', {class: 'stats', 'aria-labelledby': 'stats-heading'},
    h('h2', {id: 'stats-heading', class: 'visually-hidden'}, 'Catalog'),
    h('dl', {class: 'figures'},
      figure('Entities', catalog.entityCount),
      figure('Relations', catalog.relationCount),
      figure('Dangling refs', catalog.danglingRefs),
      figure('Orphans', catalog.orphans),
      figure('Last ingest', last ? when(last.finishedAt) : 'never', last ? last.status : null)),
    h('p', {class: 'by-kind'}, catalog.entitiesByKind.map((k, i) => [i > 0 ? ' · ' : '',
      h('a', {href: '#/catalog?' + new URLSearchParams({kind: k.kind.toLowerCase()}).toString()},
        `${k.count} ${k.kind}`)])));
}

function figure(term, value, note) {
  return h('div', {class: 'figure'}, h('dt', {}, term), h('dd', {}, String(value),
    note ? h('span', {class: 'muted'}, ` (${note})`) : null));
}

function runs(list) {
  return h('section', {'aria-labelledby': 'runs-heading'},
    h('h2', {id: 'runs-heading'}, 'Recent runs'),
    list.length === 0 ? h('p', {class: 'help'}, 'No ingest has run yet.') : h('table', {class: 'runs'},
      h('thead', {}, h('tr', {}, ['Run', 'Status', 'Started', 'Finished', 'Source', 'Counts']
        .map(title => h('th', {scope: 'col'}, title)))),
      h('tbody', {}, list.map(r => h('tr', {},
        h('td', {}, h('code', {}, r.id)),
        h('td', {class: `status ${r.status}`}, r.status),
        h('td', {}, when(r.startedAt)),
        h('td', {}, when(r.finishedAt)),
        h('td', {class: 'wrap'}, r.source || ''),
        h('td', {class: 'counts'}, r.counts.filter(c => c.value > 0).map(c => `${c.name} ${c.value}`).join(', ')))))));
}

function problemFiles(connection, params) {
  const next = new URLSearchParams(params);
  next.set('after', connection.pageInfo.endCursor || '');
  return h('section', {'aria-labelledby': 'problems-heading'},
    h('h2', {id: 'problems-heading'}, `Problems by file (${connection.totalCount} files)`),
    connection.nodes.length === 0 ? h('p', {class: 'help'}, 'The last ingest found no problems.')
      : h('table', {class: 'problems'},
        h('thead', {}, h('tr', {}, ['Where (file:line:field)', 'Rule', 'Severity', 'What is wrong']
          .map(title => h('th', {scope: 'col'}, title)))),
        connection.nodes.map(file => h('tbody', {'data-file': file.file},
          h('tr', {class: 'file-row'}, h('th', {scope: 'rowgroup', colspan: 4},
            h('code', {}, file.file), h('span', {class: 'muted'}, ` · ${file.repository || ''} · ${file.status}`))),
          file.problems.map(problem => h('tr', {class: `severity-${problem.severity.toLowerCase()}`},
            h('td', {}, h('code', {class: 'position'}, position({...problem, file: file.file}))),
            h('td', {}, problem.rule),
            h('td', {}, problem.severity),
            h('td', {}, problem.message)))))),
    params.get('after') ? h('a', {href: '#/ingest'}, '« First files') : null, ' ',
    connection.pageInfo.hasNextPage ? h('a', {href: '#/ingest?' + next.toString()}, 'More files »') : null);
}

function conflicts(connection) {
  return h('section', {'aria-labelledby': 'conflicts-heading'},
    h('h2', {id: 'conflicts-heading'}, `Conflicts (${connection.totalCount} files)`),
    h('p', {class: 'help'}, 'A ref defined twice: the first definition keeps it, the file listed here was skipped.'),
    connection.nodes.length === 0 ? h('p', {class: 'help'}, 'None.') : h('ul', {},
      connection.nodes.flatMap(file => file.problems.map(problem => h('li', {},
        h('code', {}, position({...problem, file: file.file})), ' ', problem.message)))));
}

function orphans(connection, total) {
  return h('section', {'aria-labelledby': 'orphans-heading'},
    h('h2', {id: 'orphans-heading'}, `Orphans (${total})`),
    h('p', {class: 'help'}, 'Entities whose descriptor disappeared; kept until deleted.'),
    connection.nodes.length === 0 ? h('p', {class: 'help'}, 'None.') : h('ul', {},
      connection.nodes.map(entity => h('li', {}, entityLink(entity),
        entity.source?.file ? h('span', {class: 'muted'}, ` · was in ${entity.source.file}`) : null))),
    total > connection.nodes.length ? h('p', {}, h('a', {href: '#/catalog?orphan=true'}, 'All orphans')) : null);
}

function dangling(connection, total) {
  return h('section', {'aria-labelledby': 'dangling-heading'},
    h('h2', {id: 'dangling-heading'}, `Dangling refs (${total})`),
    h('p', {class: 'help'}, 'Refs that relations point at but no descriptor defines, and what points at them.'),
    connection.nodes.length === 0 ? h('p', {class: 'help'}, 'None.') : h('ul', {},
      connection.nodes.map(entity => h('li', {}, h('code', {}, entity.ref), ' ← ',
        entity.relations.map((relation, i) => [i > 0 ? ', ' : '', entityLink(relation.target),
          h('span', {class: 'muted'}, ` (${relation.type})`)])))),
    total > connection.nodes.length ? h('p', {}, h('a', {href: '#/catalog?missing=true'}, 'All dangling refs')) : null);
}
