import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase, checkFileStore, orphansDir, StartupCheckError, summaryLine } from '../startup-checks';
import { openDb, type Db } from '../store/db';
import { insertDocument } from '../store/documents';
import { insertVendor } from '../store/vendors';

/* The start-up check on its own: what it removes, moves aside, reports, and what it refuses. */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function fresh(): { dataDir: string; db: Db } {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'soc-review-startup-'));
  dirs.push(dataDir);
  return { dataDir, db: openDb(path.join(dataDir, 'soc-review.sqlite')) };
}

const name = (c: string) => c.repeat(32);

function addDocument(db: Db, storedName: string) {
  const vendorId = insertVendor(db, { name: 'V' }, new Date().toISOString());
  insertDocument(db, {
    vendorId,
    securityReviewId: null,
    type: 'COMPLIANCE_REPORT',
    name: 'a.pdf',
    storedName,
    size: 3,
    contentType: 'application/pdf',
    sha256: null,
    uploadedByUserId: null,
    createdAt: new Date().toISOString(),
  });
}

describe('checkFileStore', () => {
  it('removes temp leftovers, moves orphans aside (not deleted), reports rows without files', async () => {
    const { dataDir, db } = fresh();
    mkdirSync(path.join(dataDir, 'files'), { recursive: true });
    mkdirSync(path.join(dataDir, 'tmp'), { recursive: true });
    addDocument(db, name('a'));
    addDocument(db, name('b'));
    writeFileSync(path.join(dataDir, 'files', name('a')), 'kept');
    writeFileSync(path.join(dataDir, 'files', name('c')), 'orphan');
    writeFileSync(path.join(dataDir, 'tmp', 'x.part'), 'partial');

    const report = await checkFileStore(db, dataDir);
    expect(report).toEqual({ removedTemp: 1, orphansMoved: [name('c')], missing: [name('b')] });
    expect(summaryLine(report)).toBe(
      'start-up check: database ok; files: 1 temp removed, 1 orphans moved, 1 missing',
    );
    expect(readdirSync(path.join(dataDir, 'files'))).toEqual([name('a')]);
    expect(readFileSync(path.join(orphansDir(dataDir), name('c')), 'utf8')).toBe('orphan');
    expect(readdirSync(path.join(dataDir, 'tmp'))).toEqual([]);
    // The row without a file stays: it is reported, never deleted.
    expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 2 });

    // A second orphan of the same name does not overwrite the first one moved aside.
    writeFileSync(path.join(dataDir, 'files', name('c')), 'second');
    const again = await checkFileStore(db, dataDir);
    expect(again.orphansMoved).toEqual([name('c')]);
    expect(readdirSync(orphansDir(dataDir))).toHaveLength(2);
    db.close();
  });

  it('on a new data folder: nothing to do', async () => {
    const { dataDir, db } = fresh();
    expect(await checkFileStore(db, dataDir)).toEqual({ removedTemp: 0, orphansMoved: [], missing: [] });
    expect(existsSync(orphansDir(dataDir))).toBe(false);
    db.close();
  });
});

describe('checkDatabase', () => {
  it('passes a sound database and refuses a damaged one with a clear message', () => {
    const { dataDir, db } = fresh();
    checkDatabase(db);
    const vendorId = insertVendor(db, { name: 'V' }, new Date().toISOString());
    for (let i = 0; i < 300; i++) addDocument(db, `${String(i).padStart(4, '0')}${name('d').slice(4)}`);
    expect(vendorId).toBeGreaterThan(0);
    db.close();
    // Scribble over index pages in the middle of the file (the header and schema stay readable).
    const file = path.join(dataDir, 'soc-review.sqlite');
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    for (let page = 3; page < Math.floor(bytes.length / pageSize); page += 2)
      bytes.fill(0x5a, page * pageSize + 8, page * pageSize + 200);
    writeFileSync(file, bytes);
    const damaged = openDb(file);
    try {
      expect(() => checkDatabase(damaged)).toThrow(StartupCheckError);
      expect(() => checkDatabase(damaged)).toThrow(/integrity check.*quick_check[\s\S]*restore/);
    } finally {
      damaged.close();
    }
  });
});
