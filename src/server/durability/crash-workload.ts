import { createHash, randomBytes } from 'node:crypto';
import { Review } from '../../contract/review';
import { pdf } from '../files/test-fixtures';

/*
 * The crash test's clients: each owns one SOC review and writes to it in turn (appends, title changes,
 * finalize/reopen, document and questionnaire uploads), recording every write and its fate. A write is
 * `acked` when answered 2xx, `refused` when answered otherwise (nothing written), `lost` when the answer never
 * came (the kill): a lost write may or may not have been applied, an acked one must be there after restart.
 */
export type OpKind = 'append' | 'title' | 'action' | 'document' | 'questionnaire';
const CYCLE: OpKind[] = [
  'append',
  'title',
  'document',
  'append',
  'action',
  'questionnaire',
  'append',
  'action',
];

export interface UploadedFile {
  name: string;
  sha256: string;
  size: number;
}

export interface OpRecord {
  seq: number;
  kind: OpKind;
  marker: string;
  outcome: 'acked' | 'refused' | 'lost';
  httpStatus?: number;
  /** action: the action sent and the status it leads to. */
  action?: 'finalize' | 'reopen';
  target?: string;
  /** uploads: what was sent, and the id the server answered. */
  files?: UploadedFile[];
  resultId?: number;
}

export interface ClientState {
  index: number;
  reviewId: number;
  /** The review's version and title right after setup, before any recorded write. */
  baseVersion: number;
  baseTitle: string;
  status: string;
  ops: OpRecord[];
}

export interface Target {
  base: string;
  vendorId: number;
  auth: { authorization: string };
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function uploadFiles(marker: string, kind: 'document' | 'questionnaire'): { file: Buffer; name: string }[] {
  if (kind === 'document') {
    // 1 KB to ~400 KB: big enough that a kill can land while one is being written.
    const filler = randomBytes(Math.floor(Math.random() * 200_000)).toString('hex');
    return [{ file: pdf([marker, filler]), name: `${marker}.pdf` }];
  }
  const count = 1 + Math.floor(Math.random() * 2);
  return Array.from({ length: count }, (_, i) => {
    const rows = Array.from(
      { length: 50 + Math.floor(Math.random() * 3000) },
      (_, r) => `${r},${marker},yes`,
    );
    return { file: Buffer.from(`question,marker,answer\n${rows.join('\n')}\n`), name: `${marker}-${i}.csv` };
  });
}

async function send(
  t: Target,
  c: ClientState,
  kind: OpKind,
  marker: string,
): Promise<Response & { op: OpRecord }> {
  const reviewUrl = `${t.base}/public/v2/vendors/${t.vendorId}/security-reviews/${c.reviewId}`;
  const op: OpRecord = { seq: c.ops.length, kind, marker, outcome: 'lost' };
  c.ops.push(op);
  let init: RequestInit;
  let url = reviewUrl;
  const json = { ...t.auth, 'content-type': 'application/json' };
  if (kind === 'append') {
    const body = { socForm: { findings: { findings: [{ description: marker }] } } };
    init = { method: 'PUT', headers: json, body: JSON.stringify(body) };
  } else if (kind === 'title') {
    init = { method: 'PUT', headers: json, body: JSON.stringify({ title: marker }) };
  } else if (kind === 'action') {
    op.action = c.status === 'COMPLETED' ? 'reopen' : 'finalize';
    op.target = op.action === 'reopen' ? 'IN_PROGRESS' : 'COMPLETED';
    url = `${reviewUrl}/actions`;
    init = { method: 'POST', headers: json, body: JSON.stringify({ action: op.action }) };
  } else {
    const form = new FormData();
    const files = uploadFiles(marker, kind);
    op.files = files.map((f) => ({ name: f.name, sha256: sha256(f.file), size: f.file.length }));
    for (const f of files)
      form.append(kind === 'document' ? 'file' : 'files', new Blob([new Uint8Array(f.file)]), f.name);
    if (kind === 'document') {
      form.append('type', 'COMPLIANCE_REPORT');
      form.append('securityReviewId', String(c.reviewId));
      url = `${t.base}/public/v2/vendors/${t.vendorId}/documents`;
    } else url = `${reviewUrl}/security-questionnaires`;
    init = { method: 'POST', headers: t.auth, body: form };
  }
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) });
  return Object.assign(res, { op });
}

/** One write; never throws: a failure to get an answer is recorded as `lost`. */
export async function runOp(t: Target, c: ClientState, kind: OpKind): Promise<OpRecord> {
  const marker = `c${c.index}-${c.ops.length}-${randomBytes(4).toString('hex')}`;
  let res: Response & { op: OpRecord };
  try {
    res = await send(t, c, kind, marker);
  } catch {
    const op = c.ops.at(-1);
    if (!op) throw new Error('no op recorded');
    return op;
  }
  const op = res.op;
  op.httpStatus = res.status;
  try {
    const body = (await res.json()) as { id?: number; newStatus?: string };
    op.outcome = res.ok ? 'acked' : 'refused';
    if (res.ok && typeof body.id === 'number') op.resultId = body.id;
    if (res.ok && kind === 'action' && body.newStatus) c.status = body.newStatus;
  } catch {
    op.outcome = 'lost'; // the status line came, the body did not: not an acknowledgement
  }
  return op;
}

export const opKindAt = (client: number, step: number): OpKind =>
  CYCLE[(step + client) % CYCLE.length] ?? 'append';

/** Re-reads a client's review (after a restart, its status may differ from what the client last saw). */
export async function resync(t: Target, c: ClientState): Promise<void> {
  const res = await fetch(`${t.base}/public/v2/vendors/${t.vendorId}/security-reviews/${c.reviewId}`, {
    headers: t.auth,
  });
  c.status = Review.parse(await res.json()).status;
}
