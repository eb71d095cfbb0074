import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { api, KEYS, ReviewRefPage } from './lib/api';
import { ratioOf, round, unavailable, type Row } from './lib/report';
import { HOST, PORTS, startApp, startProcess, stopAll, type Running } from './lib/server';

/*
 * P6: one 200 MB PDF uploaded as a document of a review (operation 14, multipart `type`, `securityReviewId`,
 * `file`) to the real server; against a bare node:http server streaming the same request bytes to disk (and
 * fsyncing, as the app must before it answers). Throughput = bytes / (first byte sent → response), and the
 * server's peak RSS growth during the upload (sampled from /proc every 20 ms, plus VmHWM after a reset).
 */
const SIZE = 200 * 1024 * 1024;
const BOUNDARY = '----socbench7c1f0a';

async function makePdf(file: string) {
  const handle = await open(file, 'w');
  try {
    const block = Buffer.alloc(1024 * 1024, ' ');
    const head = Buffer.from('%PDF-1.4\n% bench filler\n');
    const tail = Buffer.from('\n%%EOF\n');
    await handle.write(head);
    let written = head.length;
    while (written + block.length + tail.length <= SIZE) written += (await handle.write(block)).bytesWritten;
    await handle.write(Buffer.alloc(SIZE - written - tail.length, ' '));
    await handle.write(tail);
  } finally {
    await handle.close();
  }
}

async function rssKb(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
}

interface UploadResult {
  status: number;
  seconds: number;
  rssGrowthMb: number;
}

async function upload(
  url: string,
  pid: number,
  pdf: string,
  fields: Record<string, string>,
  headers: Record<string, string>,
): Promise<UploadResult> {
  const pre = Buffer.from(
    Object.entries(fields)
      .map(([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      .join('') +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="soc2-report.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const post = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  const size = (await stat(pdf)).size;
  await writeFile(`/proc/${pid}/clear_refs`, '5').catch(() => undefined); // reset VmHWM where allowed
  const before = await rssKb(pid, 'VmRSS');
  let peak = before;
  const sampler = setInterval(() => void rssKb(pid, 'VmRSS').then((kb) => (peak = Math.max(peak, kb))), 20);
  const started = performance.now();
  try {
    const status = await new Promise<number>((resolve, reject) => {
      const body = createReadStream(pdf, { highWaterMark: 1024 * 1024 });
      const req = http.request(url, {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
          'content-length': pre.length + size + post.length,
        },
        timeout: 180_000,
      });
      // An early answer (501, 413) may come while the body is still being sent: the status is what counts.
      req.once('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        body.unpipe(req);
        body.destroy();
      });
      req.once('timeout', () => req.destroy(new Error('upload timed out')));
      req.once('error', reject);
      req.write(pre);
      body.on('error', reject);
      body.on('end', () => req.end(post));
      body.pipe(req, { end: false });
    });
    const seconds = (performance.now() - started) / 1000;
    const hwm = await rssKb(pid, 'VmHWM');
    peak = Math.max(peak, hwm > 0 && hwm >= before ? hwm : peak);
    return { status, seconds, rssGrowthMb: (peak - before) / 1024 };
  } finally {
    clearInterval(sampler);
  }
}

export async function p6(tmp: string): Promise<Row[]> {
  const running: (Running | undefined)[] = [];
  const pdf = path.join(tmp, 'p6-upload.pdf');
  try {
    await makePdf(pdf);
    const app = await startApp({
      port: PORTS.p6App,
      dataDir: path.join(tmp, 'p6-data'),
      env: { MAX_UPLOAD_MB: '256' },
    });
    running.push(app);
    const bareDir = path.join(tmp, 'p6-bare');
    await mkdir(bareDir, { recursive: true });
    const bare = await startProcess({
      args: ['bench/servers/bare.mjs', 'upload', String(PORTS.p6Bare), bareDir],
      ready: /ready/,
      url: `http://${HOST}:${PORTS.p6Bare}`,
    });
    running.push(bare);

    const review = (await api(app.url, '/vendor-security-reviews?type[]=SOC_REPORT&size=1', ReviewRefPage))
      .data[0];
    if (!review) throw new Error('the demo data has no SOC review');
    const fields = { type: 'COMPLIANCE_REPORT', securityReviewId: String(review.id) };
    const base = await upload(`${bare.url}/upload`, bare.pid, pdf, fields, {});
    await rm(bareDir, { recursive: true, force: true });
    const mbps = (s: number) => round(SIZE / 1e6 / s, 1);
    const ours = await upload(
      `${app.url}/public/v2/vendors/${review.vendorId}/documents`,
      app.pid,
      pdf,
      fields,
      { authorization: `Bearer ${KEYS.reviewer}` },
    );
    const measure = `200 MB PDF upload (op 14 documents, multipart)`;
    if (ours.status === 501 || ours.status === 404) {
      const why = `the upload route answers ${ours.status} (not implemented yet); bare: ${mbps(base.seconds)} MB/s, RSS +${base.rssGrowthMb.toFixed(1)} MB`;
      return [
        unavailable('P6a', `${measure}: throughput`, 'MB/s', '≥ 0.5× bare', why),
        unavailable('P6b', `${measure}: server peak RSS growth`, 'MB', '≤ 30 MB', why),
      ];
    }
    if (ours.status < 200 || ours.status > 299) throw new Error(`upload answered ${ours.status}`);
    return [
      {
        id: 'P6a',
        measure: `${measure}: throughput vs bare stream-to-disk`,
        value: mbps(ours.seconds),
        unit: 'MB/s',
        baseline: mbps(base.seconds),
        ratio: ratioOf(base.seconds, ours.seconds),
        budget: '≥ 0.5× bare',
        pass: base.seconds / ours.seconds >= 0.5,
      },
      {
        id: 'P6b',
        measure: `${measure}: server peak RSS growth (baseline: bare server's)`,
        value: round(ours.rssGrowthMb, 1),
        unit: 'MB',
        baseline: round(base.rssGrowthMb, 1),
        ratio: ratioOf(ours.rssGrowthMb, base.rssGrowthMb),
        budget: '≤ 30 MB',
        pass: ours.rssGrowthMb <= 30,
      },
    ];
  } finally {
    await stopAll(running);
    await rm(pdf, { force: true });
  }
}
