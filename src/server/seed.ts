import { hashPasswordSync } from './auth/passwords';
import { demoData, type DemoUser } from './seed-data';
import { insertApiKey } from './store/api-keys';
import { immediate, type Db } from './store/db';
import { insertReview } from './store/reviews';
import { countUsers, insertUser } from './store/users';
import { insertVendor } from './store/vendors';

/** API.md's demo credentials. Replace them by deleting DATA_DIR and starting with SEED_DEMO=false (README). */
export const DEMO_PASSWORD = 'demo';
export const DEMO_KEYS: Record<string, string> = {
  'reviewer@example.com': 'demo-reviewer-key',
  'manager@example.com': 'demo-manager-key',
  'auditor@example.com': 'demo-auditor-key',
};

const iso = (value: string) => new Date(value).toISOString();

/** Users (password `demo`) and the demo API keys; returns email → id. */
export function seedAccounts(db: Db, users: readonly DemoUser[], now: Date): Map<string, number> {
  const at = now.toISOString();
  const ids = new Map<string, number>();
  for (const u of users) {
    const id = insertUser(db, { ...u, passwordHash: hashPasswordSync(DEMO_PASSWORD) }, at);
    ids.set(u.email, id);
    const key = DEMO_KEYS[u.email];
    if (key) insertApiKey(db, id, `Demo key (${u.role})`, key, at);
  }
  return ids;
}

/**
 * The demo data, only into a new database (no users yet); main.ts decides whether to call it at all
 * (never in production unless SEED_DEMO=true). Returns whether it seeded.
 */
export function seedDemo(db: Db, now: Date): boolean {
  if (countUsers(db) > 0) return false;
  const data = demoData(now);
  immediate(db, () => {
    const users = seedAccounts(db, data.users, now);
    const userId = (email: string | null) => (email === null ? null : (users.get(email) ?? null));
    const vendors = new Map<string, number>();
    for (const v of data.vendors) {
      vendors.set(v.key, insertVendor(db, v, now.toISOString()));
    }
    for (const r of data.reviews) {
      const vendorId = vendors.get(r.vendorKey);
      if (vendorId === undefined)
        throw new Error(`Demo review "${r.title}" names an unknown vendor ${r.vendorKey}`);
      const reviewerUserId = r.type === 'SOC_REPORT' ? userId(r.reviewerEmail) : null;
      insertReview(db, {
        vendorId,
        title: r.title,
        note: r.note,
        status: r.status,
        type: r.type,
        decision: r.decision,
        requestedAt: iso(r.requestedAt),
        reviewDeadlineAt: iso(r.reviewDeadlineAt),
        createdAt: iso(r.createdAt),
        updatedAt: iso(r.updatedAt),
        reviewerUserId,
        requesterUserId: userId(r.requesterEmail),
        socForm:
          r.type === 'SOC_REPORT' && r.socForm
            ? { ...r.socForm, reviewerInformation: { ...r.socForm.reviewerInformation, reviewerUserId } }
            : null,
        finalization: r.finalization && {
          decision: r.finalization.decision,
          note: r.finalization.note,
          at: iso(r.finalization.at),
          byUserId: userId(r.finalization.byEmail),
        },
      });
    }
  });
  return true;
}
