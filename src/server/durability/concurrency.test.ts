import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../contract/errors';
import { Review } from '../../contract/review';
import { createTestApp, type TestApp } from '../test/harness';
import { createReview } from '../test/fixtures';
import { freePort } from './server-process';

/*
 * Concurrent writers over real HTTP (the app listening on a real port, requests from parallel fetch clients):
 * If-Match makes exactly one of two racing saves win, and appends from many clients at once lose nothing.
 */
let t: TestApp;
let base: string;
let vendorId: number;
beforeAll(async () => {
  // Hundreds of requests with one key within a minute: the rate limiter is not what this test is about.
  t = await createTestApp({ env: { RATE_LIMIT_PER_MIN: '100000' } });
  vendorId = t.vendor();
  const port = await freePort();
  await t.app.listen({ port, host: '127.0.0.1' });
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => t.close());

const reviewUrl = (id: number) => `${base}/public/v2/vendors/${vendorId}/security-reviews/${id}`;

function put(id: number, body: unknown, headers: Record<string, string> = {}) {
  return fetch(reviewUrl(id), {
    method: 'PUT',
    headers: { ...t.bearer('reviewer'), 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function getReview(id: number): Promise<Review> {
  return Review.parse(await (await fetch(reviewUrl(id), { headers: t.bearer('reviewer') })).json());
}

describe('two clients save the same section from the same version', () => {
  it('exactly one 200 and one 409 whose current is the winner, round after round', async () => {
    const review = await createReview(t, vendorId);
    let version = review.version ?? 0;
    const ROUNDS = 25;
    for (let round = 0; round < ROUNDS; round++) {
      const ifMatch = { 'if-match': `"${version}"` };
      const answers = await Promise.all(
        ['A', 'B'].map(async (who) => {
          const res = await put(review.id, { socForm: { cpaFirm: { cpaFirm: `${who} ${round}` } } }, ifMatch);
          return { status: res.status, body: (await res.json()) as unknown };
        }),
      );
      const winner = answers.find((a) => a.status === 200);
      const loser = answers.find((a) => a.status === 409);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const won = Review.parse(winner?.body);
      const current = Review.parse(ErrorBody.parse(loser?.body).current);
      expect(current).toEqual(won);
      expect(won.version).toBe(version + 1);
      // What is stored is the winner's save, not a mix.
      expect(await getReview(review.id)).toEqual(won);
      version = won.version ?? 0;
    }
    console.log(`concurrency: ${ROUNDS} conflicts produced (one 409 per racing pair)`);
  });
});

describe('50 clients appending at once', () => {
  const LISTS = [
    ['findings', 'findings', (s: string) => ({ description: s })],
    ['endUserControls', 'userControls', (s: string) => ({ description: s, inPlace: true })],
    ['servicesAndLocations', 'services', (s: string) => ({ name: s })],
    ['servicesAndLocations', 'locations', (s: string) => ({ city: s, stateOrCountry: 'CA' })],
  ] as const;
  const itemOf = (i: number) => {
    const [section, list, make] = LISTS[i % LISTS.length] ?? LISTS[0];
    return { section, list, body: { socForm: { [section]: { [list]: [make(`item ${i}`)] } } } };
  };
  const stored = (r: Review): string[] => {
    const f = r.socReviewForm;
    if (!f) return [];
    return [
      ...f.findings.findings.map((x) => x.description),
      ...f.endUserControls.userControls.map((x) => x.description),
      ...f.servicesAndLocations.services.map((x) => x.name),
      ...f.servicesAndLocations.locations.map((x) => x.city),
    ].sort();
  };
  const expected = Array.from({ length: 50 }, (_, i) => `item ${i}`).sort();

  it('without If-Match (Drata behaviour): all 50 items are stored, each once', async () => {
    const review = await createReview(t, vendorId);
    const statuses = await Promise.all(
      expected.map((_, i) => put(review.id, itemOf(i).body).then((r) => r.status)),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    const after = await getReview(review.id);
    expect(stored(after)).toEqual(expected);
    expect(after.version).toBe((review.version ?? 0) + 50);
  });

  // 20 clients here: every success turns the other waiting clients' next try into a 409 (n²/2 requests).
  it('with If-Match and a retry on 409 (the app client): 20 clients, all stored once', async () => {
    const review = await createReview(t, vendorId);
    let conflicts = 0;
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        let version = review.version ?? 0;
        for (let attempt = 0; attempt < 200; attempt++) {
          const res = await put(review.id, itemOf(i).body, { 'if-match': `"${version}"` });
          if (res.status === 200) return;
          expect(res.status).toBe(409);
          conflicts++;
          version = Review.parse(ErrorBody.parse(await res.json()).current).version ?? 0;
          // A little jitter, as any retrying client should: clients retrying in lockstep mostly collide.
          await new Promise((r) => setTimeout(r, Math.random() * 30));
        }
        throw new Error(`client ${i} never got its save in`);
      }),
    );
    const after = await getReview(review.id);
    expect(stored(after)).toEqual(Array.from({ length: 20 }, (_, i) => `item ${i}`).sort());
    expect(after.version).toBe((review.version ?? 0) + 20);
    expect(conflicts).toBeGreaterThan(0);
    console.log(
      `concurrency: 20 clients with If-Match, ${conflicts} conflicts answered and retried, nothing lost`,
    );
  });
});
