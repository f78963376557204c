// The catalog browser: a router over the address's hash (#/catalog?kind=component, #/entity/<ref>,
// #/graph/<ref>?depth=2, #/ingest), so every view can be bookmarked and shared; the header's search
// and session; the sign-in page; and how failures are shown.

import {ApiError, SignInRequired, run} from './api.js';
import {announce, h, show} from './dom.js';
import {finishSignIn, oidcProvider, startSignIn} from './oidc.js';
import {forgetToken, keepToken} from './session.js';
import {catalogPage} from './pages/catalog.js';
import {entityPage} from './pages/entity.js';
import {graphPage} from './pages/graph.js';
import {ingestPage} from './pages/ingest.js';
import {unknownPage} from './pages/not-found.js';

const main = document.getElementById('main');
const session = document.getElementById('session');
const searchForm = document.getElementById('search-form');
const searchInput = document.getElementById('search-input');

/** Who is calling (the API's viewer), once known. */
let viewer = null;
/** Increases with every navigation; a page still loading for an older one draws nothing. */
let generation = 0;
let lastPage = null;
/** Why the last sign-in with the identity provider failed, shown once on the sign-in page. */
let signInMessage = null;

/** The page for a path, and what it takes from the path. */
function resolve(path) {
  const segments = path.split('/').filter(Boolean);
  const [first, ...rest] = segments;
  if (!first || first === 'catalog') {
    return rest.length === 0 ? {page: 'catalog', render: catalogPage} : {page: 'unknown', render: unknownPage};
  }
  if ((first === 'entity' || first === 'graph') && rest.length === 1) {
    return {page: first, render: first === 'entity' ? entityPage : graphPage, ref: decodeURIComponent(rest[0])};
  }
  if (first === 'ingest' && rest.length === 0) {
    return {page: 'ingest', render: ingestPage};
  }
  return {page: 'unknown', render: unknownPage};
}

function location() {
  const hash = window.location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  return {path, params: new URLSearchParams(query || '')};
}

/** Goes to an in-app address: `#/catalog?kind=component`, or a path and parameters. */
export function navigate(path, params) {
  const query = params ? new URLSearchParams(params).toString() : '';
  const hash = '#' + path + (query ? '?' + query : '');
  if (window.location.hash === hash) {
    render();
  } else {
    window.location.hash = hash;
  }
}

async function render() {
  const current = ++generation;
  const drawing = window.location.hash;
  const {path, params} = location();
  const route = resolve(path);
  const focusKey = document.activeElement?.dataset?.focusKey;
  const samePage = route.page === lastPage;
  lastPage = route.page;
  const view = h('div', {class: 'view', 'data-page': route.page, 'aria-busy': 'true'});
  show(main, view);
  document.querySelectorAll('[data-nav]').forEach(link => {
    const active = link.dataset.nav === route.page || (link.dataset.nav === 'catalog' && route.page === 'catalog');
    link.toggleAttribute('aria-current', active);
  });
  if (route.page === 'catalog') {
    searchInput.value = params.get('q') || '';
  }
  const context = {
    view, params, ref: route.ref, navigate, viewer: () => viewer,
    isCurrent: () => current === generation,
    setTitle: title => { document.title = title ? `${title} · Catalog Graph` : 'Catalog Graph'; },
  };
  try {
    if (!viewer) {
      await loadViewer();
    }
    await route.render(context);
  } catch (error) {
    if (current !== generation) {
      return;
    }
    showFailure(view, error, () => render());
  } finally {
    view.removeAttribute('aria-busy');
  }
  if (current !== generation) {
    return;
  }
  // Which address the view shows, once drawn (tests wait for it: the hash changes before the new view starts).
  view.dataset.drawn = drawing;
  // When the page had drawn what it asked for (the page timings measurement reads it).
  performance.mark('catalog-graph:page-drawn', {detail: {page: route.page}});
  const keep = focusKey && samePage ? view.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`) : null;
  if (keep) {
    keep.focus();
  } else if (!samePage || !main.contains(document.activeElement)) {
    const heading = view.querySelector('h1');
    if (heading && document.activeElement !== searchInput) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({preventScroll: false});
    }
  }
}

async function loadViewer() {
  const {data} = await run('who you are', 'viewer');
  viewer = data.viewer;
  drawSession();
}

function drawSession() {
  if (!viewer) {
    show(session);
    return;
  }
  if (viewer.authenticated) {
    const role = viewer.canStartRuns ? 'admin' : 'reader';
    show(session, h('span', {class: 'who'}, 'Signed in as ', h('strong', {}, viewer.name || 'unknown'),
      ` (${role})`), ' ', h('button', {type: 'button', class: 'link', onclick: signOut}, 'Sign out'));
  } else {
    show(session, h('span', {class: 'who', title: 'The server requires no sign-in: it answers this machine only'},
      'Local access'));
  }
}

function signOut() {
  forgetToken();
  viewer = null;
  drawSession();
  announce('Signed out');
  render();
}

/** How a page failed: sign in, or what could not be loaded and why, with a way to try again. */
function showFailure(view, error, retry) {
  if (error instanceof SignInRequired) {
    viewer = null;
    drawSession();
    signInPage(view, error, signInMessage);
    signInMessage = null;
    return;
  }
  const reason = error instanceof ApiError ? error.message : `Something went wrong in this page: ${error.message}`;
  show(view, h('div', {class: 'failure', role: 'alert'},
    h('h1', {}, 'Something could not be loaded'),
    h('p', {}, reason),
    h('p', {}, h('button', {type: 'button', onclick: retry}, 'Try again'))));
  if (!(error instanceof ApiError)) {
    console.error(error);
  }
}

/** The server wants a bearer token: an API token, or one from the identity provider. */
function signInPage(view, required, message) {
  document.title = 'Sign in · Catalog Graph';
  const input = h('input', {id: 'token-input', type: 'password', name: 'token', autocomplete: 'off',
    required: true, 'aria-describedby': 'token-help', spellcheck: 'false'});
  const status = h('p', {class: 'error', role: 'alert'}, message || null);
  const form = h('form', {class: 'sign-in', onsubmit: async event => {
    event.preventDefault();
    if (!input.value.trim()) {
      return;
    }
    keepToken(input.value);
    try {
      await loadViewer();
      announce(`Signed in as ${viewer.name}`);
      render();
    } catch (error) {
      forgetToken();
      if (error instanceof SignInRequired) {
        show(status, 'The server did not accept this token: check that it is complete and has not been revoked.');
      } else {
        show(status, error.message);
      }
      input.focus();
    }
  }},
  h('label', {for: 'token-input'}, 'API token'),
  input,
  h('p', {id: 'token-help', class: 'help'}, 'A token from ', h('code', {}, 'catalog-graph token create'),
    ' (reader or admin). It is kept in this browser tab only, until you sign out or close the tab.'),
  h('button', {type: 'submit'}, 'Sign in with token'));
  const providerSlot = h('div', {class: 'provider'});
  show(view, h('section', {class: 'sign-in-page'},
    h('h1', {}, 'Sign in'),
    h('p', {}, 'This catalog needs you to sign in before it shows anything.'),
    status, form, providerSlot));
  oidcProvider(required.metadataUrl()).then(provider => {
    if (provider) {
      show(providerSlot, h('p', {}, 'or'),
        h('button', {type: 'button', 'data-action': 'oidc-sign-in',
          onclick: () => startSignIn(provider, window.location.hash || '#/')},
          `Sign in with ${new URL(provider.issuer).host}`));
    }
  }).catch(error => show(providerSlot, h('p', {class: 'help'},
    `Single sign-on is configured but unavailable: ${error.message}`)));
}

function bindHeader() {
  searchForm.addEventListener('submit', event => {
    event.preventDefault();
    const text = searchInput.value.trim();
    const current = location();
    const params = current.path === '/' || current.path === '/catalog' ? new URLSearchParams(current.params)
      : new URLSearchParams();
    params.delete('after');
    params.delete('page');
    if (text) {
      params.set('q', text);
    } else {
      params.delete('q');
    }
    navigate('/catalog', params);
  });
  document.addEventListener('keydown', event => {
    const typing = event.target.closest('input, textarea, select, [contenteditable]');
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      searchInput.focus();
      searchInput.select();
    }
  });
  document.querySelector('[data-skip]').addEventListener('click', event => {
    event.preventDefault();
    main.focus();
  });
}

async function start() {
  bindHeader();
  window.addEventListener('hashchange', render);
  const signIn = await finishSignIn();
  signInMessage = signIn?.error || null;
  if (window.location.hash === '') {
    history.replaceState(null, '', '#/');
  }
  await render();
}

start();
