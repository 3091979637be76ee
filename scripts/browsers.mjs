// Finds the system browsers the tests run in. Nothing here downloads a browser: an explicit path from the
// environment wins, then the usual install locations.
import { existsSync } from 'node:fs';

const CANDIDATES = {
  chromium: {
    env: ['CHROME_PATH', 'CHROMIUM_PATH'],
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    install: 'apt-get install -y chromium   (or set CHROME_PATH to a Chromium or Chrome binary)',
  },
  firefox: {
    env: ['FIREFOX_PATH'],
    paths: [
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/snap/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
    ],
    install: 'apt-get install -y firefox-esr   (or set FIREFOX_PATH to a Firefox binary)',
  },
};

/** The executable path of a browser (`chromium` or `firefox`), or undefined. */
export function findBrowser(name) {
  const spec = CANDIDATES[name];
  for (const variable of spec.env) {
    const value = process.env[variable];
    if (value && existsSync(value)) return value;
  }
  return spec.paths.find((path) => existsSync(path));
}

/** How to install a missing browser. */
export function installHint(name) {
  return CANDIDATES[name].install;
}

export const BROWSER_NAMES = Object.keys(CANDIDATES);
