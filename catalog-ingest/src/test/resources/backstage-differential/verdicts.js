'use strict';
// Backstage's verdict on descriptor files, for BackstageDifferentialIT. Runs Backstage's own processing
// orchestrator with its default entity policies, BuiltinKindsEntityProcessor, the scaffolder module's
// ScaffolderEntitiesProcessor and the catalog.rules enforcer, as a catalog backend wires them; only the
// reading is replaced (files come from the test instead of a URL reader).
//
// Input (stdin, JSON lines): first {"allowedKinds": ["Component", "Resource:database", ...]}, then per file
// {"id", "text", "documents": [resolved document or null, ...]} where a resolved document is the test's
// document after its $text/$json/$yaml placeholders were resolved (Backstage reads those through its URL reader,
// which is not run here).
// Output (stdout, JSON lines): per file {"id", "file": {"ok", "errors", "documents"}, "documents": [{"ok", "ref",
// "relations": [[source, type, target], ...], "errors"}]}: "file" is the Location read that emits the file's
// entities (parse, envelope, catalog.rules) with the documents Backstage's parser read, "documents" each entity's
// own processing (policies, kind validation, relations).
const path = require('node:path');
const readline = require('node:readline');

const backend = path.dirname(require.resolve('@backstage/plugin-catalog-backend/package.json'));
function internal(file) {
  try {
    return require(path.join(backend, 'dist', file));
  } catch (e) {
    throw new Error(`@backstage/plugin-catalog-backend has no dist/${file} any more; update verdicts.js: ${e}`);
  }
}
const model = require('@backstage/catalog-model');
const { ConfigReader } = require('@backstage/config');
const { ScmIntegrations } = require('@backstage/integration');
const { ScaffolderEntitiesProcessor } = require('@backstage/plugin-catalog-backend-module-scaffolder-entity-model');
const { DefaultCatalogProcessingOrchestrator } = internal('processing/DefaultCatalogProcessingOrchestrator.cjs.js');
const { BuiltinKindsEntityProcessor } = internal('processors/BuiltinKindsEntityProcessor.cjs.js');
const { DefaultCatalogRulesEnforcer } = internal('ingestion/CatalogRules.cjs.js');
const { defaultEntityDataParser } = internal('util/parse.cjs.js');

const ROOT = 'url:https://differential.invalid/root/catalog-info.yaml';
const BUILT_IN = ['Component', 'API', 'Resource', 'System', 'Domain', 'Group', 'User', 'Location', 'Template'];
const FORWARD = {
  ownerOf: 'ownedBy', dependencyOf: 'dependsOn', apiProvidedBy: 'providesApi', apiConsumedBy: 'consumesApi',
  hasPart: 'partOf', hasMember: 'memberOf', parentOf: 'childOf',
};

const silent = { error() {}, warn() {}, info() {}, debug() {}, child() { return silent; } };

// The file's bytes, as a URL reader would hand them over; a Location document's own targets are read as
// files of their own, so reading one succeeds without emitting anything.
class FixtureReader {
  constructor(files, followTargets) {
    this.files = files;
    this.followTargets = followTargets;
  }
  getProcessorName() {
    return 'FixtureReader';
  }
  async readLocation(location, _optional, emit, parser) {
    const text = this.files.get(location.target);
    if (text === undefined) {
      return !this.followTargets;
    }
    for await (const item of parser({ data: Buffer.from(text, 'utf8'), location })) {
      emit(item);
    }
    return true;
  }
}

// Stands in for the plugin processor that makes Backstage recognise a kind it does not build in
// (a kind allowed in catalog.ingest.allowed-kinds); it accepts that kind as spelled there.
class AllowedPluginKinds {
  constructor(kinds) {
    this.kinds = kinds;
  }
  getProcessorName() {
    return 'AllowedPluginKinds';
  }
  async validateEntityKind(entity) {
    return this.kinds.includes(entity.kind);
  }
}

function orchestrator(allowed, files, followTargets) {
  const rules = allowed.map(entry => {
    const colon = entry.indexOf(':');
    return colon < 0 ? { kind: entry } : { kind: entry.slice(0, colon), 'spec.type': entry.slice(colon + 1) };
  });
  const config = new ConfigReader({ catalog: { rules: [{ allow: rules }] } });
  const pluginKinds = rules.map(r => r.kind).filter(kind => !BUILT_IN.includes(kind));
  return new DefaultCatalogProcessingOrchestrator({
    processors: [new BuiltinKindsEntityProcessor(), new ScaffolderEntitiesProcessor(),
      new AllowedPluginKinds(pluginKinds), new FixtureReader(files, followTargets)],
    integrations: ScmIntegrations.fromConfig(new ConfigReader({})),
    logger: silent,
    parser: defaultEntityDataParser,
    policy: model.EntityPolicies.allOf([
      new model.SchemaValidEntityPolicy(),
      new model.DefaultNamespaceEntityPolicy(),
      new model.NoForeignRootFieldsEntityPolicy(),
      new model.FieldFormatEntityPolicy(model.makeValidator()),
    ]),
    rulesEnforcer: DefaultCatalogRulesEnforcer.fromConfig(config),
    legacySingleProcessorValidation: false,
  });
}

function describe(error) {
  let text = String(error && error.message ? error.message : error);
  for (let cause = error && error.cause; cause; cause = cause.cause) {
    text += '; ' + (cause.message || cause);
  }
  return text;
}

function located(entity, target) {
  const metadata = entity.metadata && typeof entity.metadata === 'object' ? entity.metadata : {};
  const annotations = metadata.annotations && typeof metadata.annotations === 'object' ? metadata.annotations : {};
  return {
    ...entity,
    metadata: {
      ...metadata,
      annotations: { ...annotations, [model.ANNOTATION_ORIGIN_LOCATION]: ROOT, [model.ANNOTATION_LOCATION]: `url:${target}` },
    },
  };
}

function ref(parts) {
  return model.stringifyEntityRef(parts).toLowerCase();
}

async function judge(request, readFile, process) {
  const target = `https://github.com/differential/fixtures/blob/main/${request.id}`;
  readFile.set(target, request.text);
  const root = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Location',
    metadata: { name: 'differential-root', annotations: { [model.ANNOTATION_LOCATION]: ROOT, [model.ANNOTATION_ORIGIN_LOCATION]: ROOT } },
    spec: { type: 'url', target },
  };
  const read = await process.file.process({ entity: root, state: {} });
  readFile.delete(target);
  const parsed = [];
  try {
    for await (const item of defaultEntityDataParser({ data: Buffer.from(request.text, 'utf8'), location: { type: 'url', target } })) {
      if (item.type === 'entity') parsed.push(item.entity);
    }
  } catch (e) {
    // The parser gave up on the file (an alias bomb); the Location read above failed the same way.
  }
  const file = { ok: read.ok, errors: read.errors.map(describe), documents: parsed };
  const documents = [];
  const resolved = request.documents || [];
  for (let i = 0; i < Math.max(resolved.length, read.ok ? read.deferredEntities.length : 0); i++) {
    const entity = resolved[i] || (read.ok && read.deferredEntities[i] ? read.deferredEntities[i].entity : null);
    if (!entity) {
      documents.push({ ok: false, ref: null, relations: [], errors: ['no such document'] });
      continue;
    }
    const result = await process.entity.process({ entity: located(entity, target), state: {} });
    const relations = [];
    for (const r of result.ok ? result.relations : []) {
      const forward = FORWARD[r.type];
      const triple = forward ? [ref(r.target), forward, ref(r.source)] : [ref(r.source), r.type, ref(r.target)];
      if (!relations.some(t => t.join(' ') === triple.join(' '))) relations.push(triple);
    }
    documents.push({
      ok: result.ok,
      ref: result.ok ? ref(result.completedEntity) : null,
      relations,
      errors: result.ok ? [] : result.errors.map(describe),
    });
  }
  return { id: request.id, file, documents };
}

async function main() {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let allowed = null;
  const files = new Map();
  let run = null;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const message = JSON.parse(line);
    if (allowed === null) {
      allowed = message.allowedKinds;
      run = { file: orchestrator(allowed, files, true), entity: orchestrator(allowed, files, false) };
      continue;
    }
    let answer;
    try {
      answer = await judge(message, files, run);
    } catch (e) {
      answer = { id: message.id, crashed: describe(e) };
    }
    process.stdout.write(JSON.stringify(answer) + '\n');
  }
}

main().catch(e => {
  process.stderr.write(`verdicts.js failed: ${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
