// Finds a Chromium for Playwright, installing one if there is none. Importable (`ensureBrowser()` → path) and a
// CLI (`node scripts/ensure-browser.mjs` prints the path on stdout; progress goes to stderr).
// Order: $CHROMIUM_PATH (must exist) → /usr/bin/chromium (Debian) → Playwright's own download → install:
// apt-get as root (or with passwordless sudo), else `playwright install chromium`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { bin, run } from './proc.mjs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
// Installers' output goes to stderr so that the CLI's stdout is only the path.
const toStderr = ['ignore', 2, 2];

export async function ensureBrowser({ log = (line) => console.error(line) } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there. Fix or unset it.`);
  }
  const found = await findInstalled();
  if (found) return found;

  const apt = aptInstaller();
  if (apt) {
    log(`browser: no Chromium found; installing Debian's chromium with ${apt.label} (about 90 s)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    // sudo drops the environment, so the frontend setting goes through `env`.
    const sudo = apt.sudo ? ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive'] : [];
    const step = async (args) => {
      log(`browser: ${[...sudo, ...args].join(' ')}`);
      const [cmd, ...rest] = [...sudo, ...args];
      return (await run(cmd, rest, { env, stdio: toStderr })) === 0;
    };
    if (
      (await step(['apt-get', 'update'])) &&
      (await step(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium'])) &&
      existsSync(DEBIAN_CHROMIUM)
    ) {
      log(`browser: installed ${DEBIAN_CHROMIUM}`);
      return DEBIAN_CHROMIUM;
    }
    log('browser: apt-get could not install chromium; trying Playwright’s own download instead…');
  } else {
    log(
      'browser: no Chromium found; downloading Playwright’s own Chromium (npx playwright install chromium)…',
    );
  }

  const code = await run(bin('playwright'), ['install', 'chromium'], { stdio: toStderr }).catch(() => 1);
  const downloaded = code === 0 ? await playwrightChromium() : null;
  if (downloaded) {
    log(`browser: installed ${downloaded}`);
    return downloaded;
  }
  throw new Error(
    'No Chromium for the end-to-end tests, and installing one failed.\n' +
      `  Install one (Debian/Ubuntu: \`sudo apt-get install chromium\`, or \`npx playwright install chromium\`),\n` +
      '  or point CHROMIUM_PATH at a Chromium or Chrome executable.',
  );
}

async function findInstalled() {
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return playwrightChromium();
}

/** The browser `playwright install chromium` puts in its cache, if it is there. */
async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const file = chromium.executablePath();
    return file && existsSync(file) ? file : null;
  } catch {
    return null; // node_modules not installed yet, or an unsupported platform
  }
}

/** apt-get is usable when it exists and we are root or may sudo without a password. */
function aptInstaller() {
  if (process.platform !== 'linux' || !onPath('apt-get')) return null;
  if (process.getuid?.() === 0) return { label: 'apt-get', sudo: false };
  const sudoOk = onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  return sudoOk ? { label: 'sudo apt-get', sudo: true } : null;
}

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(await ensureBrowser());
  } catch (err) {
    console.error(`browser: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
