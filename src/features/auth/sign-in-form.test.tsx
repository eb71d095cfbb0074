import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRetryAfter } from '../../api-client';
import { SignInForm } from './sign-in-form';

// The network boundary only: each test answers POST /auth/login the way the server's contract says it does.
function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status, headers }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderForm() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: '/reviews', Component: SignInForm }], {
    initialEntries: ['/reviews'],
  });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { queryClient, router };
}

async function signInAs(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

const errorBody = (statusCode: number, message: string) => ({
  name: 'X',
  statusCode,
  message,
  code: statusCode,
});

describe('sign-in form', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for both fields before sending anything', async () => {
    const fetchMock = answer(200, {});
    renderForm();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your email')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says the email or password is incorrect on a 401, and clears the password', async () => {
    answer(401, errorBody(401, 'Invalid Authorization'));
    renderForm();
    await signInAs('reviewer@example.com', 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Email')).toHaveValue('reviewer@example.com');
  });

  it('tells how long to wait when throttled (429 with Retry-After)', async () => {
    answer(429, errorBody(429, 'Too many requests'), { 'Retry-After': '540' });
    renderForm();
    await signInAs('reviewer@example.com', 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 9 minutes.');
  });

  it('stores the signed-in user under ["me"] on success', async () => {
    const me = {
      id: 1,
      email: 'manager@example.com',
      firstName: 'Morgan',
      lastName: 'Manager',
      role: 'manager',
      permissions: ['vendors-get'],
    };
    const fetchMock = answer(200, me);
    const { queryClient } = renderForm();
    await signInAs('manager@example.com', 'demo');
    await vi.waitFor(() => expect(queryClient.getQueryData(['me'])).toEqual(me));
    expect(fetchMock).toHaveBeenCalledWith('/auth/login', expect.objectContaining({ method: 'POST' }));
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('60')).toBe(60);
    expect(parseRetryAfter('Tue, 10 Mar 2026 12:05:00 GMT', Date.parse('2026-03-10T12:00:00Z'))).toBe(300);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});
