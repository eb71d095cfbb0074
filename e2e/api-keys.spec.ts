import { api as apiPaths } from '../src/paths';
import { expect, test } from './fixtures';

// A manager creates a key on the API keys page, sees it once, uses it, and revokes it (401 at once).
test('a manager creates an API key, sees it once, and revokes it', async ({
  page,
  context,
  playwright,
  baseURL,
  signIn,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn('manager');
  await page.getByRole('link', { name: 'API keys' }).click();
  await expect(page.getByRole('heading', { name: 'API keys', level: 1 })).toBeVisible();

  const name = `E2E export ${Date.now().toString(36)}`;
  await page.getByRole('button', { name: 'Create API key' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Create key' }).click();
  await expect(dialog.getByText('Enter a name')).toBeVisible();
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Create key' }).click();

  const secretBox = dialog.getByRole('textbox', { name: `API key “${name}”` });
  await expect(secretBox).toHaveValue(/^socr_/);
  await expect(dialog.getByText('This is the only time the key is shown')).toBeVisible();
  const secret = await secretBox.inputValue();
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(dialog.getByRole('button', { name: 'Copied', exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await dialog.getByRole('button', { name: 'I have copied it' }).click();
  await expect(dialog).toBeHidden();

  // Listed by its prefix only; the secret is not on the page any more.
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText(`${secret.slice(0, 12)}…`);
  await expect(row).toContainText('Active');
  expect(await page.content()).not.toContain(secret);

  const script = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Authorization: `Bearer ${secret}` },
  });
  expect((await script.get(apiPaths.vendors())).status()).toBe(200);

  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke API key' });
  await expect(confirm).toContainText('cannot be undone');
  await confirm.getByRole('button', { name: 'Revoke key' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('Revoked');
  expect((await script.get(apiPaths.vendors())).status()).toBe(401);
  await script.dispose();
});
