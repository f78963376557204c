// Third-party code, served by this server from WebJars (Maven Central) at build time: nothing is
// fetched from the internet. The versions come from catalog-ui/pom.xml (Maven fills them in).
// Loaded only by the graph view, so other pages never pay for them.

const CYTOSCAPE = '/webjars/cytoscape/@cytoscape.version@/dist/cytoscape.esm.min.mjs';
const DAGRE = '/webjars/dagre/@dagre.version@/dist/dagre.min.js';

let loading = null;

function classicScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${src} could not be loaded`));
    document.head.appendChild(script);
  });
}

/** Cytoscape.js and dagre (a UMD bundle that sets window.dagre), loaded once. */
export function graphLibraries() {
  if (!loading) {
    loading = Promise.all([import(CYTOSCAPE), window.dagre ? Promise.resolve() : classicScript(DAGRE)])
      .then(([cytoscape]) => ({cytoscape: cytoscape.default, dagre: window.dagre}))
      .catch(error => {
        loading = null;
        throw error;
      });
  }
  return loading;
}
