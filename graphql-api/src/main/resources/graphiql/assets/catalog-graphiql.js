// Starts GraphiQL against this server's GraphQL endpoint with the saved example queries as tabs.
// ?example=<name> opens that example first (names: GET graphiql/examples).
(async function () {
    const params = new URLSearchParams(window.location.search);
    const endpoint = window.location.origin + (params.get('path') || '/graphql');

    let examples = [];
    try {
        const response = await fetch('graphiql/examples');
        examples = response.ok ? await response.json() : [];
    } catch (error) {
        console.warn('Example queries could not be loaded', error);
    }
    const chosen = params.get('example');
    const first = examples.filter((example) => example.name === chosen);
    const ordered = first.concat(examples.filter((example) => example.name !== chosen));

    const xsrfToken = document.cookie.match(/(?:^| )XSRF-TOKEN=([^;]+)/);
    const props = {
        fetcher: GraphiQL.createFetcher({url: endpoint}),
        defaultTabs: ordered.map((example) => ({query: example.query})),
        defaultEditorToolsVisibility: false,
        initialHeaders: xsrfToken ? JSON.stringify({'X-XSRF-TOKEN': xsrfToken[1]}) : undefined,
    };
    if (first.length > 0) {
        // Shown even when GraphiQL restores tabs saved from an earlier visit.
        props.query = first[0].query;
    }
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
        React.createElement(GraphiQL, props, React.createElement(GraphiQL.Logo, null, 'Catalog Graph')));
})();
