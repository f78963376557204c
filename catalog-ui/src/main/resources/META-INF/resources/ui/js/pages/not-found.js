// What is shown for an address the browser has no page for, and for an entity the catalog does not
// know (with the near matches the API suggests).

import {entityHref, h, show} from '../dom.js';

export async function unknownPage(context) {
  context.setTitle('Not found');
  show(context.view, h('section', {class: 'not-found'},
    h('h1', {}, 'No such page'),
    h('p', {}, `The catalog browser has no page at ${window.location.hash || '/'}.`),
    h('p', {}, h('a', {href: '#/catalog'}, 'Browse the catalog'), ' or search for something above.')));
}

/**
 * An entity that could not be found, or that a partial name matched several times.
 *
 * @param asked       what the address named
 * @param suggestions near matches (NOT_FOUND) or candidates (BAD_REQUEST), as refs
 * @param ambiguous   true when several entities matched
 */
export function entityNotFound(context, asked, suggestions, ambiguous) {
  context.setTitle('Not found');
  show(context.view, h('section', {class: 'not-found'},
    h('h1', {}, ambiguous ? `“${asked}” names several entities` : `No entity matches “${asked}”`),
    suggestions.length > 0
      ? [h('p', {}, ambiguous ? 'Which one?' : 'Did you mean:'),
        h('ul', {class: 'suggestions'}, suggestions.map(ref => h('li', {}, h('a', {href: entityHref(ref)}, ref))))]
      : h('p', {}, 'Nothing in the catalog has a similar name.'),
    h('p', {}, h('a', {href: '#/catalog?' + new URLSearchParams({q: asked}).toString()}, `Search for “${asked}”`),
      ' instead.')));
}
