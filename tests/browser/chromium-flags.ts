/**
 * The command-line switches every Chromium of the tests and benchmarks starts with (Debian's
 * /usr/bin/chromium driven by playwright-core).
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Chromium's own omnibox popup is a WebUI page that headless Chromium loads for every new page:
  // some 400 requests and a renderer of its own, which on a two-core machine take CPU from the
  // page being timed or tested. (Chromium merges this switch with the --disable-features list
  // Playwright passes: a renderer's command line shows both.)
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];
