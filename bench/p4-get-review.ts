import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { api, KEYS, ReviewRefPage } from './lib/api';
import { autocannon, type CannonResult } from './lib/autocannon';
import { ratioOf, round, type Row } from './lib/report';
import { HOST, PORTS, REPO, startApp, startProcess, stopAll, type Running } from './lib/server';

/*
 * P4: GET one SOC review (operation 5) from the real server process (production mode, demo data, Bearer
 * key), against a bare node:http server answering the same bytes and json-server serving the same review.
 * Each target: a 2 s warm-up (JIT, SQLite page cache), then autocannon 10 connections × 10 s.
 */
const SECONDS = 10;
const WARMUP = 2;

async function load(url: string, headers?: Record<string, string>): Promise<CannonResult> {
  await autocannon(url, { connections: 10, seconds: WARMUP, ...(headers ? { headers } : {}) });
  const result = await autocannon(url, {
    connections: 10,
    seconds: SECONDS,
    ...(headers ? { headers } : {}),
  });
  if (result.errors + result.timeouts + result.non2xx > 0) {
    throw new Error(`${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`);
  }
  return result;
}

export async function p4(): Promise<Row[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'soc-bench-p4-'));
  const running: (Running | undefined)[] = [];
  try {
    const app = await startApp({ port: PORTS.p4App, dataDir: path.join(dir, 'data') });
    running.push(app);
    const list = await api(app.url, '/vendor-security-reviews?type[]=SOC_REPORT&size=1', ReviewRefPage, {
      key: KEYS.reviewer,
    });
    const ref = list.data[0];
    if (!ref) throw new Error('the demo data has no SOC review');
    const reviewPath = `/public/v2/vendors/${ref.vendorId}/security-reviews/${ref.id}`;
    const sample = await fetch(app.url + reviewPath, {
      headers: { authorization: `Bearer ${KEYS.reviewer}` },
    });
    const body = Buffer.from(await sample.arrayBuffer());
    const contentType = sample.headers.get('content-type') ?? 'application/json';

    const bodyFile = path.join(dir, 'review.json');
    await writeFile(bodyFile, body);
    const dbFile = path.join(dir, 'db.json');
    await writeFile(
      dbFile,
      JSON.stringify({ reviews: [z.object({ id: z.number() }).loose().parse(JSON.parse(body.toString()))] }),
    );
    const bare = await startProcess({
      args: ['bench/servers/bare.mjs', 'get', String(PORTS.p4Bare), bodyFile, contentType],
      ready: /ready/,
      url: `http://${HOST}:${PORTS.p4Bare}`,
    });
    running.push(bare);
    const jsonServer = await startProcess({
      args: [
        path.join(REPO, 'node_modules/json-server/lib/cli/bin.js'),
        '--host',
        HOST,
        '--port',
        String(PORTS.p4JsonServer),
        dbFile,
      ],
      ready: /Resources|Home/,
      url: `http://${HOST}:${PORTS.p4JsonServer}`,
    });
    running.push(jsonServer);

    // One target at a time: on 2 cores the load generator and the server already share the machine.
    const ours = await load(app.url + reviewPath, { Authorization: `Bearer ${KEYS.reviewer}` });
    const bareResult = await load(bare.url + reviewPath);
    const jsonResult = await load(`${jsonServer.url}/reviews/${ref.id}`);

    const rps = round(ours.requests.average, 0);
    const measure = `GET one SOC review (${body.length.toLocaleString('en-US')} B), autocannon 10 conn × ${SECONDS} s`;
    return [
      {
        id: 'P4a',
        measure: `${measure}: req/s vs bare node:http`,
        value: rps,
        unit: 'req/s',
        baseline: round(bareResult.requests.average, 0),
        ratio: ratioOf(ours.requests.average, bareResult.requests.average),
        budget: '≥ 0.5× bare',
        pass: ours.requests.average >= 0.5 * bareResult.requests.average,
      },
      {
        id: 'P4b',
        measure: `${measure}: req/s vs json-server`,
        value: rps,
        unit: 'req/s',
        baseline: round(jsonResult.requests.average, 0),
        ratio: ratioOf(ours.requests.average, jsonResult.requests.average),
        budget: '≥ 1.5× json-server',
        pass: ours.requests.average >= 1.5 * jsonResult.requests.average,
      },
      {
        id: 'P4c',
        measure: `${measure}: p99 latency (baseline: bare)`,
        value: ours.latency.p99,
        unit: 'ms',
        baseline: bareResult.latency.p99,
        ratio: ratioOf(ours.latency.p99, bareResult.latency.p99),
        budget: 'reported (no budget)',
        pass: true,
      },
    ];
  } finally {
    await stopAll(running);
    await rm(dir, { recursive: true, force: true });
  }
}
