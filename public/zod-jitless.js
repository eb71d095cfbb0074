// Runs before the app's modules (a classic script executes before deferred module scripts). zod probes for
// `new Function` support when its first object schema is built; under our CSP (script-src 'self', no eval) the
// probe is refused and reported as a CSP violation on every page. zod reads its global config from this object,
// so setting `jitless` here, before zod loads, means it never probes. Guarded by e2e/pdf-viewer.spec.ts.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
