import type { Db } from './db';

/*
 * Schema migrations, in code, versioned by SQLite's `user_version`. Append new steps; never edit a shipped one.
 * Timestamps are ISO text (`toISOString()`), so text order is time order and indexes serve the sorts.
 */
const STEPS: string[] = [
  `
  CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    first_name TEXT,
    last_name TEXT,
    role TEXT NOT NULL CHECK (role IN ('reviewer', 'manager', 'auditor')),
    job_title TEXT,
    password_hash TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX users_created ON users (created_at, id);
  CREATE INDEX users_updated ON users (updated_at, id);

  CREATE TABLE api_keys (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    last_used_at TEXT
  );

  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
  );
  CREATE INDEX sessions_user ON sessions (user_id);

  CREATE TABLE vendors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT,
    risk TEXT,
    status TEXT,
    is_sub_processor INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX vendors_name ON vendors (name COLLATE NOCASE, id);
  CREATE INDEX vendors_created ON vendors (created_at, id);
  CREATE INDEX vendors_updated ON vendors (updated_at, id);

  CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    vendor_id INTEGER NOT NULL REFERENCES vendors (id),
    title TEXT,
    note TEXT,
    status TEXT NOT NULL CHECK (status IN ('NOT_YET_STARTED', 'IN_PROGRESS', 'COMPLETED', 'NOT_REQUIRED')),
    type TEXT NOT NULL CHECK (type IN ('SECURITY', 'SOC_REPORT', 'UPLOAD_REPORT')),
    decision TEXT NOT NULL CHECK (decision IN ('PENDING', 'APPROVED', 'APPROVED_WITH_CONDITIONS', 'REJECTED')),
    requested_at TEXT NOT NULL,
    review_deadline_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    reviewer_user_id INTEGER REFERENCES users (id),
    requester_user_id INTEGER REFERENCES users (id),
    soc_form TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    final_decision TEXT,
    final_note TEXT,
    final_at TEXT,
    final_by_user_id INTEGER REFERENCES users (id)
  );
  CREATE INDEX reviews_created ON reviews (created_at, id);
  CREATE INDEX reviews_updated ON reviews (updated_at, id);
  CREATE INDEX reviews_deadline ON reviews (review_deadline_at, id);
  CREATE INDEX reviews_title ON reviews (coalesce(title, '') COLLATE NOCASE, id);
  CREATE INDEX reviews_vendor_created ON reviews (vendor_id, created_at, id);
  CREATE INDEX reviews_vendor_updated ON reviews (vendor_id, updated_at, id);
  CREATE INDEX reviews_vendor_deadline ON reviews (vendor_id, review_deadline_at, id);

  CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    vendor_id INTEGER NOT NULL REFERENCES vendors (id),
    security_review_id INTEGER REFERENCES reviews (id),
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    stored_name TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    sha256 TEXT,
    uploaded_by_user_id INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX documents_vendor ON documents (vendor_id, created_at, id);
  CREATE INDEX documents_review ON documents (security_review_id);

  CREATE TABLE questionnaires (
    id INTEGER PRIMARY KEY,
    vendor_id INTEGER NOT NULL REFERENCES vendors (id),
    security_review_id INTEGER REFERENCES reviews (id),
    title TEXT NOT NULL,
    completed_by TEXT,
    recipient_email TEXT NOT NULL,
    uploaded_by_user_id INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX questionnaires_vendor ON questionnaires (vendor_id, security_review_id, created_at, id);
  CREATE INDEX questionnaires_review ON questionnaires (security_review_id, created_at, id);

  CREATE TABLE questionnaire_files (
    id INTEGER PRIMARY KEY,
    questionnaire_id INTEGER NOT NULL REFERENCES questionnaires (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    stored_name TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    sha256 TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX questionnaire_files_parent ON questionnaire_files (questionnaire_id, id);
  `,
  // 2: revocable API keys; users an operator can disable (their sessions and keys stop working).
  `
  ALTER TABLE api_keys ADD COLUMN revoked_at TEXT;
  ALTER TABLE users ADD COLUMN disabled_at TEXT;
  `,
  // 3: list pages filter by status, type, decision or vendor and sort by one of four columns. Covering
  // indexes let a page's scan run in the index alone, in order; the table's rows (large: the stored form)
  // are read only for the rows shown (store/review-list.ts, listReviewKeys). They replace the sort indexes.
  `
  CREATE INDEX reviews_created_cover ON reviews (created_at, id, status, type, decision, vendor_id);
  CREATE INDEX reviews_updated_cover ON reviews (updated_at, id, status, type, decision, vendor_id);
  CREATE INDEX reviews_deadline_cover ON reviews (review_deadline_at, id, status, type, decision, vendor_id);
  CREATE INDEX reviews_title_cover
    ON reviews (coalesce(title, '') COLLATE NOCASE, id, status, type, decision, vendor_id);
  DROP INDEX reviews_created;
  DROP INDEX reviews_updated;
  DROP INDEX reviews_deadline;
  DROP INDEX reviews_title;
  `,
];

export const SCHEMA_VERSION = STEPS.length;

export function migrate(db: Db): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > STEPS.length) {
    throw new Error(
      `The database is at schema version ${current}, newer than this program (${STEPS.length}).`,
    );
  }
  for (let v = current; v < STEPS.length; v++) {
    const step = STEPS[v] ?? '';
    db.transaction(() => {
      db.exec(step);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
