import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { VendorDocument } from '../../contract/files';
import { Review } from '../../contract/review';
import { QuestionnairePage } from '../../contract/files';
import type { ClientState, OpRecord, Target } from './crash-workload';

/*
 * After the restart: every acknowledged write is there (through the API, as a user would look), every
 * acknowledged upload downloads byte for byte, and what lost writes may have done is within what they asked.
 */
export interface Verdict {
  checked: number;
  problems: string[];
}

const sha256 = (b: Buffer | Uint8Array) => createHash('sha256').update(b).digest('hex');
const changesReview = (op: OpRecord) => op.kind === 'append' || op.kind === 'title' || op.kind === 'action';

async function download(t: Target, url: string): Promise<string> {
  const res = await fetch(url.startsWith('http') ? url : `${t.base}${url}`);
  if (!res.ok) return `HTTP ${res.status}`;
  return sha256(new Uint8Array(await res.arrayBuffer()));
}

function checkReviewState(c: ClientState, review: Review, v: Verdict) {
  const who = `client ${c.index} review ${c.reviewId}`;
  const findings = (review.socReviewForm?.findings.findings ?? []).map((f) => f.description);
  for (const op of c.ops.filter((o) => o.kind === 'append')) {
    const copies = findings.filter((d) => d === op.marker).length;
    if (op.outcome === 'acked') v.checked++;
    if (op.outcome === 'acked' && copies !== 1)
      v.problems.push(`${who}: acked append ${op.marker} x${copies}`);
    if (op.outcome === 'refused' && copies !== 0)
      v.problems.push(`${who}: refused append ${op.marker} applied`);
  }
  // The final title/status: the last acked one, or one a later lost write may have applied.
  const titles = c.ops.filter((o) => o.kind === 'title' && o.outcome !== 'refused');
  const lastTitle = titles.findLast((o) => o.outcome === 'acked');
  const allowedTitles = [
    lastTitle?.marker ?? c.baseTitle,
    ...titles.filter((o) => o.seq > (lastTitle?.seq ?? -1) && o.outcome === 'lost').map((o) => o.marker),
  ];
  if (lastTitle) v.checked++;
  if (!allowedTitles.includes(review.title ?? ''))
    v.problems.push(`${who}: title ${review.title}, expected one of ${allowedTitles.join(', ')}`);
  const actions = c.ops.filter((o) => o.kind === 'action' && o.outcome !== 'refused');
  const lastAction = actions.findLast((o) => o.outcome === 'acked');
  const allowedStatus = [
    lastAction?.target ?? 'IN_PROGRESS',
    ...actions.filter((o) => o.seq > (lastAction?.seq ?? -1)).map((o) => o.target),
  ];
  if (lastAction) v.checked++;
  if (!allowedStatus.includes(review.status))
    v.problems.push(`${who}: status ${review.status}, expected one of ${allowedStatus.join(', ')}`);
  // Each applied write adds 1 to the version: acked ones must all count, lost ones may.
  const acked = c.ops.filter((o) => changesReview(o) && o.outcome === 'acked').length;
  const lost = c.ops.filter((o) => changesReview(o) && o.outcome === 'lost').length;
  const version = review.version ?? -1;
  if (version < c.baseVersion + acked || version > c.baseVersion + acked + lost)
    v.problems.push(
      `${who}: version ${version}, expected ${c.baseVersion + acked}..${c.baseVersion + acked + lost}`,
    );
}

async function checkUploads(t: Target, c: ClientState, v: Verdict) {
  const who = `client ${c.index}`;
  const reviewUrl = `${t.base}/public/v2/vendors/${t.vendorId}/security-reviews/${c.reviewId}`;
  const qs = QuestionnairePage.parse(
    await (await fetch(`${reviewUrl}/security-questionnaires?size=500`, { headers: t.auth })).json(),
  ).data;
  for (const op of c.ops.filter((o) => o.kind === 'document' && o.outcome === 'acked')) {
    const res = await fetch(`${t.base}/public/v2/vendors/${t.vendorId}/documents/${op.resultId}`, {
      headers: t.auth,
    });
    const sent = op.files?.[0];
    if (res.status !== 200 || !sent) {
      v.problems.push(`${who}: acked document ${op.marker} (id ${op.resultId}) answers ${res.status}`);
      continue;
    }
    const doc = VendorDocument.parse(await res.json());
    const hash = await download(t, doc.downloadUrl?.signedUrl ?? '');
    v.checked++;
    if (doc.name !== sent.name || hash !== sent.sha256)
      v.problems.push(`${who}: document ${op.marker} differs (${hash})`);
  }
  for (const op of c.ops.filter((o) => o.kind === 'questionnaire' && o.outcome === 'acked')) {
    const q = qs.find((x) => x.id === op.resultId);
    if (!q) {
      v.problems.push(`${who}: acked questionnaire ${op.marker} (id ${op.resultId}) missing`);
      continue;
    }
    v.checked++;
    for (const sent of op.files ?? []) {
      const file = q.files?.find((f) => f.name === sent.name);
      const hash = file ? await download(t, file.downloadUrl) : 'missing';
      if (hash !== sent.sha256) v.problems.push(`${who}: questionnaire file ${sent.name}: ${hash}`);
    }
  }
}

export async function verifyClients(t: Target, clients: ClientState[]): Promise<Verdict> {
  const v: Verdict = { checked: 0, problems: [] };
  for (const c of clients) {
    const res = await fetch(`${t.base}/public/v2/vendors/${t.vendorId}/security-reviews/${c.reviewId}`, {
      headers: t.auth,
    });
    checkReviewState(c, Review.parse(await res.json()), v);
    await checkUploads(t, c, v);
  }
  return v;
}

/** The stopped server's data folder: a sound database, and files that match their rows exactly. */
export function verifyDisk(dataDir: string): { integrity: string; rows: number; problems: string[] } {
  const db = new Database(path.join(dataDir, 'soc-review.sqlite'), { readonly: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    const rows = db
      .prepare(
        'SELECT stored_name AS name, size, sha256 FROM documents UNION ALL SELECT stored_name, size, sha256 FROM questionnaire_files',
      )
      .all() as { name: string; size: number; sha256: string | null }[];
    const problems: string[] = [];
    const files = new Set(readdirSync(path.join(dataDir, 'files')));
    for (const row of rows) {
      if (!files.has(row.name)) problems.push(`row without file: ${row.name}`);
      else {
        const bytes = readFileSync(path.join(dataDir, 'files', row.name));
        if (bytes.length !== row.size || (row.sha256 && sha256(bytes) !== row.sha256))
          problems.push(`partial or altered file: ${row.name}`);
      }
      files.delete(row.name);
    }
    for (const name of files) problems.push(`orphan file: ${name}`);
    for (const name of readdirSync(path.join(dataDir, 'tmp'))) problems.push(`temp leftover: ${name}`);
    return { integrity, rows: rows.length, problems };
  } finally {
    db.close();
  }
}
