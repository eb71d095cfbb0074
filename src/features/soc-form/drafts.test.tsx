import { onlineManager } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptySocForm, type SocFormData } from '../../contract/soc-form';
import { CpaFirmSection } from './cpa-firm';
import { readDraft, writeDraft, type Draft } from './draft-store';
import { renderWithProviders, socReview } from './test-utils';
import type { SectionProps } from './use-section-form';

/*
 * The section's unsaved work: drafts in localStorage, the save with its states, and conflicts. The server is
 * the browser's fetch answering with contract-shaped bodies (a jsdom test has no network); the real server's
 * answers are covered by e2e/no-lost-work.spec.ts.
 */

const riley = { userId: 7, reviewId: 2 };
const firm = () => screen.getByRole('textbox', { name: /^CPA firm/ });
const saveStatus = () => screen.getAllByRole('status').find((el) => el.closest('[class*="actions"]')) ?? null;

function stored(cpaFirm: string | null): SocFormData {
  const data = emptySocForm();
  data.cpaFirm.cpaFirm = cpaFirm;
  return data;
}

function props(overrides: Partial<SectionProps> = {}): SectionProps {
  return {
    vendorId: 1,
    reviewId: 2,
    stored: stored('Server LLP'),
    version: 3,
    draftScope: riley,
    readOnlyReason: null,
    onLiveMissing: vi.fn(),
    onContinue: null,
    ...overrides,
  };
}

function draftOf(cpaFirm: string, savedAt = new Date()): Draft {
  return {
    values: { cpaFirm, cpaProcedurePerformed: '' },
    savedAt: savedAt.toISOString(),
    baseVersion: 3,
    base: { cpaFirm: 'Server LLP', cpaProcedurePerformed: '' },
    sent: null,
  };
}

const json = (status: number, body: unknown, version?: number) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...(version ? { ETag: `"${version}"` } : {}) },
  });
const savedReview = (cpaFirm: string, version: number) => ({ ...socReview(stored(cpaFirm)), version });

/** Stubs fetch with the given answers, one per request, and records the requests. */
function serverAnswers(...answers: (() => Response | Promise<Response>)[]) {
  const calls: { method: string; ifMatch: string | null; body: unknown }[] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const headers = new Headers(init.headers);
    calls.push({
      method: init.method ?? 'GET',
      ifMatch: headers.get('If-Match'),
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : null,
    });
    const answer = answers.shift();
    if (!answer) throw new Error('unexpected request');
    return answer();
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  vi.unstubAllGlobals();
  onlineManager.setOnline(true);
});

describe('drafts', () => {
  it('restores a draft over the server values, with a notice and Discard', async () => {
    const user = userEvent.setup();
    writeDraft(riley, 'cpaFirm', draftOf('Draft LLP', new Date(new Date().setHours(14, 2))));
    renderWithProviders(<CpaFirmSection {...props()} />);
    expect(firm()).toHaveValue('Draft LLP');
    expect(screen.getByText('Unsaved changes from 14:02 restored.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(firm()).toHaveValue('Server LLP');
    expect(screen.queryByText(/Unsaved changes from/)).not.toBeInTheDocument();
    expect(readDraft(riley, 'cpaFirm')).toBeNull();
  });

  it("never restores another user's draft", () => {
    writeDraft({ userId: 8, reviewId: 2 }, 'cpaFirm', draftOf('Morgan LLP'));
    renderWithProviders(<CpaFirmSection {...props()} />);
    expect(firm()).toHaveValue('Server LLP');
    expect(screen.queryByText(/Unsaved changes from/)).not.toBeInTheDocument();
    expect(readDraft({ userId: 8, reviewId: 2 }, 'cpaFirm')?.values.cpaFirm).toBe('Morgan LLP');
  });

  it('keeps what the user types in a draft, and removes it when they type the saved value back', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CpaFirmSection {...props()} />);
    await user.clear(firm());
    await user.type(firm(), 'Deloitte');
    await waitFor(() => expect(readDraft(riley, 'cpaFirm')?.values.cpaFirm).toBe('Deloitte'));
    expect(readDraft(riley, 'cpaFirm')?.baseVersion).toBe(3);

    await user.clear(firm());
    await user.type(firm(), 'Server LLP');
    await waitFor(() => expect(readDraft(riley, 'cpaFirm')).toBeNull());
  });

  it('says so when the browser cannot keep the edits (storage full), until they are saved', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const user = userEvent.setup();
    renderWithProviders(<CpaFirmSection {...props()} />);
    await user.type(firm(), ' and Partners');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This browser cannot keep a copy of your unsaved changes (its storage is full or turned off). Save them to keep them.',
    );
    expect(saveStatus()).toHaveTextContent(/^Not saved yet$/);
    // Typing the saved value back: nothing is unsaved, so nothing is at risk.
    await user.clear(firm());
    await user.type(firm(), 'Server LLP');
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('announces a draft of a read-only review without putting it in the form', () => {
    writeDraft(riley, 'cpaFirm', draftOf('Draft LLP'));
    renderWithProviders(<CpaFirmSection {...props({ readOnlyReason: 'This review is completed.' })} />);
    expect(firm()).toHaveValue('Server LLP');
    expect(screen.getByText(/are kept in this browser/)).toBeInTheDocument();
    expect(readDraft(riley, 'cpaFirm')).not.toBeNull();
  });
});

describe('saving', () => {
  it('clears the draft once saved, with If-Match of the version the edits started from', async () => {
    const user = userEvent.setup();
    const calls = serverAnswers(() => json(200, savedReview('Deloitte', 4), 4));
    writeDraft(riley, 'cpaFirm', draftOf('Deloitte'));
    renderWithProviders(<CpaFirmSection {...props()} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Saved at \d{2}:\d{2}$/));
    expect(calls).toEqual([
      {
        method: 'PUT',
        ifMatch: '"3"',
        body: { socForm: { cpaFirm: { cpaFirm: 'Deloitte', cpaProcedurePerformed: null } } },
      },
    ]);
    expect(readDraft(riley, 'cpaFirm')).toBeNull();
    expect(screen.queryByText(/Unsaved changes from/)).not.toBeInTheDocument();
  });

  it('keeps edits made while a save runs: the inputs stay usable, the newer text stays unsaved', async () => {
    const user = userEvent.setup();
    let answer: (r: Response) => void = () => {};
    serverAnswers(() => new Promise<Response>((resolve) => (answer = resolve)));
    renderWithProviders(<CpaFirmSection {...props({ stored: stored(null) })} />);
    await user.type(firm(), 'Deloitte');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saveStatus()).toHaveTextContent('Saving…'));
    expect(firm()).toBeEnabled();
    await user.type(firm(), ' LLP');
    answer(json(200, savedReview('Deloitte', 4), 4));

    await waitFor(() => expect(saveStatus()).toHaveTextContent('newer changes not saved yet'));
    expect(firm()).toHaveValue('Deloitte LLP');
    await waitFor(() => expect(readDraft(riley, 'cpaFirm')?.values.cpaFirm).toBe('Deloitte LLP'));
    expect(readDraft(riley, 'cpaFirm')?.baseVersion).toBe(4);
  });

  it('waits while offline and saves when the browser is back online', async () => {
    const user = userEvent.setup();
    const calls = serverAnswers(() => json(200, savedReview('Deloitte', 4), 4));
    renderWithProviders(<CpaFirmSection {...props({ stored: stored(null) })} />);
    await user.type(firm(), 'Deloitte');
    onlineManager.setOnline(false);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(saveStatus()).toHaveTextContent("Offline — will save when you're back online"),
    );
    expect(calls).toHaveLength(0);
    expect(readDraft(riley, 'cpaFirm')?.sent).toEqual({ cpaFirm: 'Deloitte', cpaProcedurePerformed: '' });

    onlineManager.setOnline(true);
    await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Saved at/));
    expect(calls).toHaveLength(1);
  });

  it('tries again after a server failure, saying so', async () => {
    const user = userEvent.setup();
    const failure = {
      name: 'InternalServerErrorException',
      statusCode: 500,
      message: 'Internal server error',
      code: 500,
    };
    serverAnswers(
      () => json(500, failure),
      () => json(200, savedReview('Deloitte', 4), 4),
    );
    renderWithProviders(<CpaFirmSection {...props({ stored: stored(null) })} />);
    await user.type(firm(), 'Deloitte');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saveStatus()).toHaveTextContent('try 2 of 5; the server had a problem'));
    await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Saved at/), { timeout: 3000 });
  });

  it('does not retry a refusal, and says why', async () => {
    const user = userEvent.setup();
    const calls = serverAnswers(() =>
      json(403, { name: 'ForbiddenException', statusCode: 403, message: 'You are not allowed', code: 403 }),
    );
    renderWithProviders(<CpaFirmSection {...props({ stored: stored(null) })} />);
    await user.type(firm(), 'Deloitte');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(saveStatus()).toHaveTextContent('Not saved: you do not have permission to do this.'),
    );
    expect(calls).toHaveLength(1);
    expect(within(saveStatus() as HTMLElement).queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(readDraft(riley, 'cpaFirm')?.values.cpaFirm).toBe('Deloitte');
  });
});

describe('conflicts', () => {
  const conflictBody = (current: unknown) => ({
    name: 'ConflictException',
    statusCode: 409,
    message: 'There is a conflict in the business rules with this request',
    code: 409,
    current,
  });

  it("shows theirs and yours; keeping mine saves over their version's number", async () => {
    const user = userEvent.setup();
    const calls = serverAnswers(
      () => json(409, conflictBody(savedReview('Theirs LLP', 5))),
      () => json(200, savedReview('Mine LLP', 6), 6),
    );
    renderWithProviders(<CpaFirmSection {...props()} />);
    await user.clear(firm());
    await user.type(firm(), 'Mine LLP');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const view = await screen.findByRole('region', { name: /someone else saved changes/ });
    const row = within(view).getByRole('row', { name: /CPA firm/ });
    expect(row).toHaveTextContent('Theirs LLP');
    expect(row).toHaveTextContent('Mine LLP');
    expect(within(view).getByRole('radio', { name: 'CPA firm: yours' })).toBeChecked();
    expect(readDraft(riley, 'cpaFirm')?.values.cpaFirm).toBe('Mine LLP');

    await user.click(within(view).getByRole('button', { name: 'Use these answers' }));
    expect(firm()).toHaveValue('Mine LLP');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Saved at/));
    expect(calls.map((c) => c.ifMatch)).toEqual(['"3"', '"5"']);
  });

  it('takes their answer where chosen', async () => {
    const user = userEvent.setup();
    serverAnswers(() => json(409, conflictBody(savedReview('Theirs LLP', 5))));
    renderWithProviders(<CpaFirmSection {...props()} />);
    await user.clear(firm());
    await user.type(firm(), 'Mine LLP');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const view = await screen.findByRole('region', { name: /someone else saved changes/ });
    await user.click(within(view).getByRole('button', { name: 'Take all theirs' }));
    expect(within(view).getByRole('radio', { name: 'CPA firm: theirs' })).toBeChecked();
    await user.click(within(view).getByRole('button', { name: 'Use these answers' }));
    expect(firm()).toHaveValue('Theirs LLP');
    await waitFor(() => expect(readDraft(riley, 'cpaFirm')).toBeNull());
  });

  it('saves on top without asking when only other parts of the review changed', async () => {
    const user = userEvent.setup();
    const other = { ...savedReview('Server LLP', 5), title: 'Renamed by someone' };
    const calls = serverAnswers(
      () => json(409, conflictBody(other)),
      () => json(200, savedReview('Mine LLP', 6), 6),
    );
    renderWithProviders(<CpaFirmSection {...props()} />);
    await user.clear(firm());
    await user.type(firm(), 'Mine LLP');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Saved at/));
    expect(calls.map((c) => c.ifMatch)).toEqual(['"3"', '"5"']);
    expect(screen.queryByRole('region', { name: /someone else saved changes/ })).not.toBeInTheDocument();
  });

  it('says the review was finalized, without a merge view, and keeps the draft', async () => {
    const user = userEvent.setup();
    serverAnswers(() => json(409, conflictBody({ ...savedReview('Server LLP', 5), status: 'COMPLETED' })));
    renderWithProviders(<CpaFirmSection {...props()} />);
    await user.clear(firm());
    await user.type(firm(), 'Mine LLP');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/finalized while you were editing/);
    expect(screen.queryByRole('region', { name: /someone else saved changes/ })).not.toBeInTheDocument();
    expect(readDraft(riley, 'cpaFirm')?.values.cpaFirm).toBe('Mine LLP');
  });
});
