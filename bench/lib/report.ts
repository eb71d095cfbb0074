import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** One line of the bench table and of bench/results/latest.json (the shape is fixed by the issue). */
export interface Row {
  id: string;
  measure: string;
  value: number;
  unit: string;
  /** The same measure of the baseline, measured in the same run; 0 when the budget is absolute. */
  baseline: number;
  /** value / baseline (0 when there is no baseline). */
  ratio: number;
  budget: string;
  /** null is written as false with the budget saying why ("not available: …"). */
  pass: boolean;
}

export const round = (n: number, digits = 2) => Number(n.toFixed(digits));
export const ratioOf = (value: number, baseline: number) => (baseline > 0 ? round(value / baseline, 3) : 0);

/** A row that could not be measured (a missing route, a crashed browser): reported, never thrown. */
export function unavailable(id: string, measure: string, unit: string, budget: string, why: string): Row {
  return {
    id,
    measure,
    value: 0,
    unit,
    baseline: 0,
    ratio: 0,
    budget: `${budget} (not available: ${why})`,
    pass: false,
  };
}

export function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length}× ${cpus[0]?.model.trim() ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.platform()} ${os.release()}, node ${process.version}`;
}

export function printTable(rows: Row[]): void {
  const head = ['id', 'measure', 'value', 'baseline', 'ratio', 'budget', 'pass'];
  const fmt = (n: number) =>
    Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const body = rows.map((r) => [
    r.id,
    r.measure,
    `${fmt(r.value)} ${r.unit}`,
    r.baseline ? `${fmt(r.baseline)} ${r.unit}` : '—',
    r.ratio ? `${r.ratio.toFixed(2)}×` : '—',
    r.budget,
    r.pass ? 'PASS' : 'FAIL',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const b of body) console.log(line(b));
}

export async function writeResults(rows: Row[], file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const json = { rows, machine: machine(), at: new Date().toISOString() };
  await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
}
