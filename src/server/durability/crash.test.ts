import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { page } from '../../contract/pagination';
import { User } from '../../contract/user';
import { Review } from '../../contract/review';
import { Vendor } from '../../contract/vendor';
import { COMPLETE_FORM } from '../test/fixtures';
import { verifyClients, verifyDisk } from './crash-verify';
import { opKindAt, resync, runOp, type ClientState, type Target } from './crash-workload';
import { freePort, logLines, startServer, type ServerProcess } from './server-process';

/*
 * kill -9 in the middle of 200 writes from 8 parallel clients (API.md: a write is acknowledged only once
 * durable). Phase 1 runs until about half the writes are answered, then the server is SIGKILLed with writes in
 * flight; it restarts on the same data folder, every write answered 2xx so far must be there, then the clients
 * finish their writes, and after a graceful stop the folder is checked on disk.
 */
const CLIENTS = 8;
const TOTAL = 200;
const PER_CLIENT = TOTAL / CLIENTS;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'soc-review-crash-'));
const servers: ServerProcess[] = [];
afterAll(() => {
  for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** How many writes were refused with which status (409: an edit while COMPLETED; expected in this mix). */
function refusals(ops: { outcome: string; httpStatus?: number }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const op of ops.filter((o) => o.outcome === 'refused'))
    counts[String(op.httpStatus)] = (counts[String(op.httpStatus)] ?? 0) + 1;
  return counts;
}

async function json(res: Response): Promise<unknown> {
  if (!res.ok) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
  return res.json();
}

async function setUp(t: Target): Promise<ClientState[]> {
  const users = page(User).parse(
    await json(await fetch(`${t.base}/public/v2/users?size=50`, { headers: t.auth })),
  );
  const managerId = users.data.find((u) => u.email === 'manager@example.com')?.id ?? 0;
  const headers = { ...t.auth, 'content-type': 'application/json' };
  return Promise.all(
    Array.from({ length: CLIENTS }, async (_, index) => {
      const created = Review.parse(
        await json(
          await fetch(`${t.base}/public/v2/vendors/${t.vendorId}/security-reviews`, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              title: `Crash client ${index}`,
              securityReviewType: 'SOC_REPORT',
              securityReviewStatus: 'NOT_YET_STARTED',
              reviewDeadlineAt: '2030-01-31T00:00:00Z',
            }),
          }),
        ),
      );
      const socForm = { ...COMPLETE_FORM(managerId), findings: { hasMaterialImpact: false } };
      const url = `${t.base}/public/v2/vendors/${t.vendorId}/security-reviews/${created.id}`;
      const ready = Review.parse(
        await json(await fetch(url, { method: 'PUT', headers, body: JSON.stringify({ socForm }) })),
      );
      return {
        index,
        reviewId: ready.id,
        baseVersion: ready.version ?? 0,
        baseTitle: ready.title ?? '',
        status: ready.status,
        ops: [],
      };
    }),
  );
}

describe('crash: kill -9 during parallel writes', () => {
  it('keeps every acknowledged write, leaves no partial or orphaned file, and a sound database', async () => {
    const port = await freePort();
    const first = startServer(dataDir, port);
    servers.push(first);
    await first.ready;
    const auth = { authorization: 'Bearer demo-manager-key' };
    const vendors = page(Vendor).parse(
      await json(await fetch(`${first.base}/public/v2/vendors?size=1`, { headers: auth })),
    );
    const t: Target = { base: first.base, vendorId: vendors.data[0]?.id ?? 0, auth };
    const clients = await setUp(t);

    // Phase 1: until half the writes have an answer, then SIGKILL with the others in flight.
    let answered = 0;
    let killed = false;
    const next = clients.map(() => 0);
    await Promise.all(
      clients.map(async (c) => {
        while (!killed && (next[c.index] ?? 0) < PER_CLIENT) {
          const step = next[c.index] ?? 0;
          next[c.index] = step + 1;
          const op = await runOp(t, c, opKindAt(c.index, step));
          if (op.outcome !== 'lost' && ++answered >= TOTAL / 2 && !killed) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        }
      }),
    );
    await first.exited;
    const tried = clients.reduce((n, c) => n + c.ops.length, 0);
    const ackedBefore = clients.flatMap((c) => c.ops).filter((o) => o.outcome === 'acked').length;
    const lost = clients.flatMap((c) => c.ops).filter((o) => o.outcome === 'lost').length;

    // Restart on the same folder: the start-up check repairs the store; every acked write is there.
    const second = startServer(dataDir, port);
    servers.push(second);
    await second.ready;
    const startup = logLines(second.output()).find((l) => String(l.msg).startsWith('start-up check:'));
    expect(startup?.msg).toMatch(
      /^start-up check: database ok; files: \d+ temp removed, \d+ orphans moved, 0 missing$/,
    );
    const afterKill = await verifyClients(t, clients);
    expect(afterKill.problems).toEqual([]);
    expect(readdirSync(path.join(dataDir, 'tmp'))).toEqual([]);

    // Phase 2: the clients finish their writes on the restarted server; all of it must hold too.
    await Promise.all(clients.map((c) => resync(t, c)));
    await Promise.all(
      clients.map(async (c) => {
        for (let step = next[c.index] ?? 0; step < PER_CLIENT; step++)
          await runOp(t, c, opKindAt(c.index, step));
      }),
    );
    const final = await verifyClients(t, clients);
    expect(final.problems).toEqual([]);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const disk = verifyDisk(dataDir);
    expect(disk.integrity).toBe('ok');
    expect(disk.problems).toEqual([]);
    const ops = clients.flatMap((c) => c.ops);
    console.log(
      `crash test: ${tried} writes tried before the kill (${ackedBefore} acknowledged, ${lost} without an answer); ` +
        `${afterKill.checked} acknowledged writes checked after the restart; ${ops.length} writes in all, ` +
        `${ops.filter((o) => o.outcome === 'acked').length} acknowledged, ${final.checked} checked at the end; ` +
        `refused (answered, nothing written): ${JSON.stringify(refusals(ops))}; ` +
        `start-up: ${String(startup?.msg)}; ${disk.rows} stored files verified on disk`,
    );
    expect(ops.length).toBe(TOTAL);
    expect(afterKill.checked).toBeGreaterThan(40);
  }, 90_000);
});
