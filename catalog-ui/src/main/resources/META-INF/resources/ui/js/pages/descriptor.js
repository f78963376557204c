// Where an entity's descriptor lives (repository and file, linked to GitLab or GitHub when the
// repository URL is known) and what the last ingest found wrong in it, as file:line:field [rule].

import {h, safeHref} from '../dom.js';

/** Where the descriptor lives, with a link to the file on GitLab or GitHub when the URL is known. */
export function source(entity) {
  if (!entity.source) {
    return null;
  }
  const {repository, repositoryUrl, file, location} = entity.source;
  const url = fileUrl(entity);
  return h('section', {class: 'card source', 'aria-labelledby': 'source-heading'},
    h('h2', {id: 'source-heading'}, 'Source'),
    h('dl', {class: 'facts'},
      repository ? [h('dt', {}, 'Repository'), h('dd', {}, repositoryUrl && webBase(repositoryUrl)
        ? h('a', {href: webBase(repositoryUrl)}, repository) : repository)] : null,
      file ? [h('dt', {}, 'File'), h('dd', {}, url ? h('a', {href: url}, file) : h('code', {}, file))] : null,
      // A file: location only repeats the file with the server's own folder; other kinds say where it was found.
      location && !location.startsWith('file:') ? [h('dt', {}, 'Location'),
        h('dd', {}, h('code', {class: 'wrap'}, location))] : null));
}

/** A remote in any git spelling as its web address, or null when it is not one. */
function webBase(remote) {
  const text = String(remote).trim().replace(/\.git$/, '').replace(/\/$/, '');
  const scp = /^[\w.-]+@([\w.-]+):(.+)$/.exec(text);
  if (scp) {
    return `https://${scp[1]}/${scp[2]}`;
  }
  try {
    const url = new URL(text);
    if (url.protocol === 'ssh:' || url.protocol === 'git:') {
      return `https://${url.hostname}${url.pathname}`;
    }
    return url.protocol === 'http:' || url.protocol === 'https:' ? `${url.origin}${url.pathname}` : null;
  } catch {
    return null;
  }
}

function fileUrl(entity) {
  const viewUrl = entity.annotations.find(annotation => annotation.key === 'backstage.io/view-url')?.value;
  if (viewUrl && safeHref(viewUrl) !== '#') {
    return viewUrl;
  }
  const {repository, repositoryUrl, file} = entity.source;
  const base = repositoryUrl ? webBase(repositoryUrl) : null;
  if (!base || !file) {
    return null;
  }
  const path = repository && file.startsWith(repository + '/') ? file.slice(repository.length + 1) : file;
  const host = new URL(base).hostname;
  if (host.includes('github')) {
    return `${base}/blob/HEAD/${path}`;
  }
  if (host.includes('gitlab')) {
    return `${base}/-/blob/HEAD/${path}`;
  }
  return null;
}

/** What the last ingest found wrong in this entity's descriptor file, as file:line: field [rule]. */
export function problems(entity) {
  if (entity.problems.length === 0) {
    return null;
  }
  return h('section', {class: 'card problems', 'aria-labelledby': 'problems-heading'},
    h('h2', {id: 'problems-heading'}, `Ingest problems (${entity.problems.length})`),
    h('p', {class: 'help'}, 'Found by the last ingest in the descriptor file this entity comes from.'),
    h('ul', {class: 'problem-list'}, entity.problems.map(problem => h('li', {
      class: `severity-${problem.severity.toLowerCase()}`},
      h('code', {}, position(problem)), ' ', problem.message, ' ', h('span', {class: 'rule'}, `[${problem.rule}]`)))));
}

/** file:line:field, as far as known. */
export function position(problem) {
  return [problem.file, problem.line, problem.field].filter(part => part !== null && part !== undefined && part !== '')
    .join(':');
}
