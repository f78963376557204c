#!/usr/bin/env bash
# Refreshes the GraphiQL assets served at /graphiql/assets/ from the npm registry.
#
# Spring's own GraphiQL page loads GraphiQL, React and their styles from esm.sh at run time; many
# networks that run Catalog Graph (and its CI) cannot reach a CDN, so the page here serves
# vendored copies instead. All three packages are MIT licensed; their licence texts are copied
# beside them. npm verifies each tarball against the registry's integrity hash.
#
# Usage: graphql-api/tools/vendor-graphiql.sh   (needs node/npm; run from anywhere)
set -euo pipefail

GRAPHIQL=4.1.2   # the last major with a UMD build (5.x is ESM + Monaco web workers only)
REACT=18.3.1     # the last React with UMD builds; GraphiQL 4 accepts React 18 or 19

here="$(cd "$(dirname "$0")" && pwd)"
assets="$here/../src/main/resources/graphiql/assets"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
for package in "graphiql@$GRAPHIQL" "react@$REACT" "react-dom@$REACT"; do
  npm pack --silent "$package" >/dev/null
done
tar_of() { mkdir -p "$1" && tar xzf "$1-$2.tgz" -C "$1"; }
tar_of graphiql "$GRAPHIQL"
tar_of react "$REACT"
tar_of react-dom "$REACT"

rm -f "$assets"/graphiql-*.js "$assets"/graphiql-*.css "$assets"/react-*.js "$assets"/LICENSE-*.txt
mkdir -p "$assets"
cp graphiql/package/graphiql.min.js "$assets/graphiql-$GRAPHIQL.min.js"
cp graphiql/package/graphiql.min.css "$assets/graphiql-$GRAPHIQL.min.css"
cp react/package/umd/react.production.min.js "$assets/react-$REACT.production.min.js"
cp react-dom/package/umd/react-dom.production.min.js "$assets/react-dom-$REACT.production.min.js"
cp graphiql/package/LICENSE "$assets/LICENSE-graphiql.txt"
cp react/package/LICENSE "$assets/LICENSE-react.txt"
# The source map comment points at a file not served here; browsers would log a 404 for it.
sed -i '/^\/\/# sourceMappingURL=/d' "$assets/graphiql-$GRAPHIQL.min.js"

(cd "$assets" && sha256sum graphiql-*.js graphiql-*.css react-*.js) > "$assets/SHA256SUMS"
echo "Vendored graphiql $GRAPHIQL and react/react-dom $REACT into $assets"
