// Opens reports-portal pages in Debian Chromium (playwright-core, no downloaded browser), runs axe-core against
// WCAG 2.x A and AA rules and best practice, measures the page width on a 390-pixel phone, and takes desktop,
// phone, print and keyboard-focus screenshots. Prints one JSON object on stdout.
// Usage: node tests/browser/check-portal.mjs SCREENSHOT_DIR PAGE.html...
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [screenshotDir, ...pages] = process.argv.slice(2);
if (!screenshotDir || pages.length === 0) {
  console.error('usage: check-portal.mjs SCREENSHOT_DIR PAGE.html...');
  process.exit(2);
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const requests = [];
const results = [];

async function open(file, viewport) {
  const page = await browser.newPage({ viewport });
  page.on('request', request => {
    const url = request.url();
    if (!url.startsWith('file:') && !url.startsWith('data:')) requests.push(url);
  });
  await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
  return page;
}

try {
  for (const [index, file] of pages.entries()) {
    const name = `portal-${index + 1}`;
    const result = { file, violations: [], screenshots: [] };
    const shot = async (page, suffix, fullPage) => {
      const target = path.join(screenshotDir, `${name}-${suffix}.png`);
      await page.screenshot({ path: target, fullPage });
      result.screenshots.push(target);
    };

    const desktop = await open(file, { width: 1280, height: 900 });
    await desktop.addScriptTag({ content: axeSource });
    const axe = await desktop.evaluate(async values => await window.axe.run(document, { runOnly: { type: 'tag', values } }), tags);
    result.violations = axe.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, example: v.nodes[0]?.html?.slice(0, 200) }));
    result.passes = axe.passes.length;
    result.desktopScrollWidth = await desktop.evaluate(() => document.documentElement.scrollWidth);
    await shot(desktop, 'desktop', true);
    await desktop.keyboard.press('Tab');
    result.firstFocus = await desktop.evaluate(() => document.activeElement?.textContent?.trim());
    await desktop.keyboard.press('Tab');
    await desktop.keyboard.press('Tab');
    await shot(desktop, 'focus', false);
    await desktop.evaluate(() => document.activeElement?.blur());
    await desktop.emulateMedia({ media: 'print' });
    await shot(desktop, 'print', true);
    await desktop.close();

    const phone = await open(file, { width: 390, height: 844 });
    result.phoneScrollWidth = await phone.evaluate(() => document.documentElement.scrollWidth);
    await shot(phone, 'phone', true);
    await phone.close();
    results.push(result);
  }

  console.log(JSON.stringify({ pages: results, requests }));
} finally {
  await browser.close();
}
