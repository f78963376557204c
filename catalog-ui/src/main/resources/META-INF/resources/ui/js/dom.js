// Building the page: elements from data, never HTML from data (no innerHTML anywhere), so a
// descriptor's text cannot become markup or script.

/**
 * An element: h('a', {href: '#/x', class: 'y', onclick: fn}, 'text', child, [more]).
 * Attributes with a null, undefined or false value are left out; `true` sets an empty attribute.
 * Children may be strings, numbers, elements, arrays of them, or null (skipped).
 */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'href') {
      element.setAttribute('href', safeHref(value));
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(element, child);
    } else if (child instanceof Node) {
      element.appendChild(child);
    } else {
      element.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** Links from descriptors may say anything: only http(s), mailto and in-app links are followed. */
export function safeHref(value) {
  const text = String(value).trim();
  if (text.startsWith('#') || text.startsWith('/')) {
    return text;
  }
  try {
    const url = new URL(text);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : '#';
  } catch {
    return '#';
  }
}

/** Replaces what an element shows. */
export function show(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** Says something to screen readers without moving the focus. */
export function announce(text) {
  const announcer = document.getElementById('announcer');
  announcer.textContent = '';
  // A change after a tick is announced even when the text repeats.
  setTimeout(() => { announcer.textContent = text; }, 50);
}

/** The in-app address of an entity's page. */
export function entityHref(ref) {
  return '#/entity/' + encodeURIComponent(ref);
}

/** The in-app address of an entity's graph. */
export function graphHref(ref, params) {
  const query = params ? '?' + new URLSearchParams(params).toString() : '';
  return '#/graph/' + encodeURIComponent(ref) + query;
}

/** What people read for an entity: its title, a profile's display name, or its name. */
export function label(entity) {
  if (!entity) {
    return '';
  }
  return entity.title || entity.profile?.displayName || entity.name || entity.ref;
}

/** A link to an entity's page, labelled as people read it, with its ref as a tooltip. */
export function entityLink(entity) {
  return h('a', {href: entityHref(entity.ref), title: entity.ref, class: entity.missing ? 'missing' : null},
    label(entity));
}

/** An ISO-8601 instant as a local date and time, or a dash. */
export function when(instant) {
  if (!instant) {
    return '—';
  }
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : date.toLocaleString();
}

/** The kind's key as filters take it (lowercase). */
export function kindKey(kind) {
  return String(kind || '').toLowerCase();
}
