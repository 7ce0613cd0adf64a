// Opens a report.html in Debian Chromium (playwright-core, no downloaded browser), runs axe-core against
// WCAG 2.x A and AA rules, finds words that a table cell or caption breaks across two lines at desktop and phone
// widths, takes desktop and phone screenshots, and prints one JSON object on stdout.
// Usage: node tests/browser/check-report.mjs REPORT.html SCREENSHOT_DIR
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [htmlPath, screenshotDir] = process.argv.slice(2);
if (!htmlPath || !screenshotDir) {
  console.error('usage: check-report.mjs REPORT.html SCREENSHOT_DIR');
  process.exit(2);
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const external = [];

// A word is broken when its own client rectangles lie on two lines. Lines may still break after a hyphen, dash or
// slash, so those end a word here, and e-mail addresses and URLs (class "address") may break anywhere; "2019/2 0" is still caught, "Comparator s" and "provisio nal" too.
function brokenWords() {
  const broken = [];
  const cells = document.querySelectorAll('th, td, caption');
  for (const cell of cells) {
    if (!cell.getClientRects().length) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('th, td, caption') !== cell || node.parentElement.closest('.address')) continue;
      const text = node.textContent;
      for (const match of text.matchAll(/[^\s\-\u2010-\u2014\/]+[\-\u2010-\u2014\/]?/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0);
        if (rects.length < 2) continue;
        const tops = rects.map(r => r.top);
        const lineHeight = Math.min(...rects.map(r => r.height));
        if (Math.max(...tops) - Math.min(...tops) > lineHeight / 2) {
          broken.push(match[0]);
        }
      }
    }
  }
  return broken;
}

try {
  const result = { violations: [], requests: external, screenshots: [] };
  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
    const page = await browser.newPage({ viewport });
    page.on('request', request => { if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) external.push(request.url()); });
    await page.goto(pathToFileURL(path.resolve(htmlPath)).href, { waitUntil: 'load' });
    if (name === 'desktop') {
      await page.addScriptTag({ content: axeSource });
      const axe = await page.evaluate(async () => await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      }));
      result.violations = axe.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, example: v.nodes[0]?.html?.slice(0, 200) }));
      result.passes = axe.passes.length;
      const theme = page.locator('section[aria-labelledby^="theme-"]').nth(2);
      const themeFile = path.join(screenshotDir, 'report-theme.png');
      await theme.screenshot({ path: themeFile });
      result.screenshots.push(themeFile);
      const breakdowns = page.locator('section[aria-labelledby="breakdowns"]');
      if (await breakdowns.count() > 0) {
        const breakdownsFile = path.join(screenshotDir, 'report-breakdowns.png');
        await breakdowns.screenshot({ path: breakdownsFile });
        result.screenshots.push(breakdownsFile);
      }
    }
    const file = path.join(screenshotDir, `report-${name}.png`);
    await page.screenshot({ path: file, fullPage: false });
    result.screenshots.push(file);
    result[`${name}BrokenWords`] = await page.evaluate(brokenWords);
    result[`${name}ScrollWidth`] = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.close();
  }
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
