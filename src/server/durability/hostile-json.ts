import fc from 'fast-check';
import { JSON_OPS, RAW, raw, type Field, type HostileRequest, type Ids, type JsonOp } from './hostile-ops';

/*
 * Malformed JSON requests, generated: each starts from a valid body of its operation and breaks exactly one
 * thing (a field of the wrong type, over its limit, a bad enum or date, an unknown property, deep nesting,
 * broken JSON text, the wrong content type, a stale If-Match), so every one of them must be refused.
 */
const HUGE = 'x'.repeat(1_000_000);
const notIn = (values: readonly string[]) => fc.string({ maxLength: 30 }).filter((v) => !values.includes(v));
// No NaN/Infinity: JSON.stringify turns them into null, which clears a nullable field (a valid save).
const wrongScalar = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const BAD_DATES = [
  '2026-02-30',
  '2025-02-29',
  '2026-13-01',
  '2026-1-5',
  '2026-00-10',
  'yesterday',
  '',
  '2026-02-30T00:00:00Z',
];
const BAD_DATETIMES = [
  '2026-02-30T00:00:00Z',
  '2026-01-01T25:00:00Z',
  '2026-01-01',
  '2026-01-01T00:00:00',
  'soon',
  '',
];

function badValue(field: Field): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'string':
      return fc.oneof(
        fc.constant(HUGE),
        fc.integer(),
        fc.boolean(),
        fc.array(fc.string(), { maxLength: 3 }),
        fc.object({ maxDepth: 1 }),
      );
    case 'enum':
      // Not null: it clears a nullable enum (certification), a valid save.
      return fc.oneof(
        notIn(field.values ?? []),
        fc.integer({ min: 0, max: 9 }),
        fc.array(fc.constantFrom(...(field.values ?? ['x']))),
      );
    case 'date':
      // A report issue date in the future breaks a save rule too.
      return fc.oneof(
        fc.constantFrom(...BAD_DATES, field.path.includes('reportIssueDate') ? '2999-01-01' : '2026-02-31'),
        wrongScalar,
      );
    case 'datetime':
      return fc.oneof(fc.constantFrom(...BAD_DATETIMES), fc.integer(), fc.constant(null));
    case 'bool':
      return fc.oneof(fc.constantFrom('true', 'false', 1, 0, 'yes', [], {}), fc.string({ maxLength: 5 }));
    case 'id':
      return fc.constantFrom(0, -1, 1.5, raw('1e309'), 99_999_999_999, 'abc', '1', true, 987_654);
    case 'list':
      return fc.oneof(
        fc.constantFrom(
          'x',
          5,
          {},
          [5],
          [{}],
          [{ description: '' }],
          [{ description: 'ok', extra: 1 }],
          ['BOGUS'],
        ),
        fc.constant(
          Array.from({ length: 1001 }, () => ({
            description: 'd',
            name: 'n',
            city: 'c',
            stateOrCountry: 's',
            inPlace: true,
          })),
        ),
      );
    case 'range':
      return fc.constantFrom(
        { start: '2024-12-31', end: '2024-01-01' },
        { start: '2024-01-01' },
        'x',
        { start: '2024-02-30', end: '2024-03-01' },
        { start: '2024-01-01', end: '2024-02-01', extra: 1 },
      );
  }
}

function setPath(obj: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(obj);
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = at[key];
    at = typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : (at[key] = {});
  }
  at[path.at(-1) ?? ''] = value;
  return copy;
}

const toText = (body: unknown) => JSON.stringify(body).replace(new RegExp(`"${RAW}([^"]*)"`, 'g'), '$1');
const KNOWN_KEYS = new Set([
  'title',
  'note',
  'socForm',
  'action',
  'decision',
  'resetDecision',
  'email',
  'password',
  'name',
  'cpaFirm',
  'findings',
  'complianceScope',
]);

function bodyCases(
  op: JsonOp,
  ids: Ids,
): fc.Arbitrary<{ label: string; text: string; headers?: Record<string, string> }> {
  const base = op.base(ids);
  const text = JSON.stringify(base);
  const cases = [
    fc.tuple(fc.constantFrom(...op.fields), fc.nat()).chain(([field]) =>
      badValue(field).map((v) => ({
        label: `${field.path.join('.')} = ${String(toText(v)).slice(0, 40)}`,
        text: toText(setPath(base, field.path, v)),
      })),
    ),
    fc
      .tuple(
        fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !KNOWN_KEYS.has(k) && k !== '__proto__'),
        fc.constantFrom<string[]>([], ['socForm'], ['socForm', 'cpaFirm']),
        fc.jsonValue({ maxDepth: 2 }),
      )
      .filter(([, at]) => at.length === 0 || op.name === 'save review')
      .map(([key, at, v]) => ({
        label: `unknown ${[...at, key].join('.')}`,
        text: toText(setPath(base, [...at, key], v)),
      })),
    fc
      .tuple(fc.constantFrom(10_000, 100_000), fc.boolean(), fc.constantFrom(...op.fields))
      .map(([depth, arrays, field]) => {
        const [open, close] = arrays ? ['[', ']'] : ['{"a":', '}'];
        const nested = `${open.repeat(depth)}${arrays ? '' : '1'}${close.repeat(depth)}`;
        // Last in the text, so that it is the value JSON.parse keeps for a duplicated key.
        return {
          label: `${field.path[0]} nested ${depth} deep`,
          text: `${text.slice(0, -1)},"${field.path[0]}":${nested}}`,
        };
      }),
    fc
      .nat({ max: text.length - 1 })
      .map((cut) => ({ label: `JSON cut at ${cut}`, text: text.slice(0, cut) })),
    fc
      .constantFrom(
        `${text}x`,
        `${text.slice(0, -1)},}`,
        text.replace(/"/g, "'"),
        '[]',
        'null',
        '42',
        '"text"',
        `{"__proto__":{"admin":true},${text.slice(1)}`,
        `{"constructor":{"prototype":{"x":1}}}`,
        '{"a":NaN}',
        `/* c */${text}`,
      )
      .map((t) => ({ label: `broken JSON ${t.slice(0, 30)}`, text: t })),
    fc
      .constantFrom(
        'text/plain',
        'application/xml',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/octet-stream',
      )
      .map((type) => ({ label: `content-type ${type}`, text, headers: { 'content-type': type } })),
  ];
  if (op.ifMatch)
    cases.push(
      fc
        .constantFrom('"999"', '"0"', 'W/"998"', 'garbage')
        .map((tag) => ({ label: `If-Match ${tag}`, text, headers: { 'if-match': tag } })),
    );
  if (op.listMode)
    cases.push(
      fc
        .constantFrom('merge', '', 'REPLACE ALL')
        .map((mode) => ({ label: `X-List-Mode ${mode}`, text, headers: { 'x-list-mode': mode } })),
    );
  return fc.oneof(...cases);
}

export function jsonRequest(ids: Ids): fc.Arbitrary<HostileRequest> {
  return fc.constantFrom(...JSON_OPS).chain((op) =>
    bodyCases(op, ids).map((c) => ({
      label: `${op.name}: ${c.label}`,
      method: op.method,
      url: op.url(ids),
      headers: {
        ...(op.noAuth ? { origin: ids.origin } : ids.auth),
        'content-type': 'application/json',
        ...c.headers,
      },
      payload: c.text,
    })),
  );
}
