// The HTML edition as a reader uses it: pages opened from file:// in headless Chromium
// (playwright-core drives Debian's chromium), checked with the W3C Nu Html Checker and axe-core.
// EDITION_HTML names the built edition's html directory (run.sh builds it with teipress).
// SCREENSHOT_DIR, when set, receives a PNG of every page for a human to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const html = process.env.EDITION_HTML;
assert.ok(html && existsSync(path.join(html, 'index.html')), 'EDITION_HTML must name a built edition');
const screenshots = process.env.SCREENSHOT_DIR;
const seed = '113009.html';
const catalogPages = ['index.html', 'persons.html', 'places.html', 'orgs.html'];

let browser;

before(async () => {
  // playwright gives every launch a fresh temporary profile; without the background-networking
  // flags chromium tries to reach its servers, and those connections are refused here.
  browser = await chromium.launch({
    executablePath: process.env.TEIPRESS_CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
});

// Opens a page of the edition and records every console error, script error and failed request.
async function open(name, { javaScript = true, width = 1280 } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  await page.goto(pathToFileURL(path.join(html, name)).href, { waitUntil: 'load' });
  return { page, problems, close: () => context.close() };
}

async function screenshot(page, name) {
  if (!screenshots) return;
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, name), fullPage: true });
}

// The checker (a JVM) runs while the browser tests do: it is the slow part.
function checkWithVnu(pages) {
  return new Promise((resolve) => {
    execFile('java', ['-jar', path.join(here, 'node_modules/vnu-jar/build/dist/vnu.jar'),
      '--errors-only', '--format', 'json', ...pages], { maxBuffer: 64 << 20 }, (failure, stdout, stderr) => {
      // vnu writes its JSON report to standard error and exits 1 when it found errors.
      try {
        resolve(JSON.parse(stderr || '{"messages": []}').messages);
      } catch {
        resolve([{ type: 'error', message: `vnu did not run: ${failure?.message} ${stderr}` }]);
      }
    });
  });
}
const vnuMessages = checkWithVnu([seed, ...catalogPages].map((name) => path.join(html, name)));

for (const name of [seed, ...catalogPages]) {
  test(`${name} opens from file:// without console errors or failed requests, and axe finds nothing serious`, async () => {
    const { page, problems, close } = await open(name);
    try {
      await screenshot(page, name.replace('.html', '.png'));
      assert.deepEqual(problems, []);
      await page.addScriptTag({ path: path.join(here, 'node_modules/axe-core/axe.min.js') });
      const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), []);
    } finally {
      await close();
    }
  });
}

test('Tab reaches an editorial note and its explanation becomes visible', async () => {
  const { page, close } = await open(seed);
  try {
    const tip = page.locator('.tp-int[tabindex="0"] .tp-tip').first();
    assert.equal(await tip.isVisible(), false, 'the explanation is hidden until asked for');
    let reached = false;
    for (let presses = 0; presses < 40 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.matches('.tp-int') ?? false);
    }
    assert.ok(reached, 'Tab never reached an editorial intervention');
    const focusedTip = page.locator('.tp-int:focus > .tp-tip');
    assert.equal(await focusedTip.isVisible(), true);
    const box = await focusedTip.boundingBox();
    assert.ok(box.width > 20 && box.height > 5, 'the explanation has room to be read');
    assert.match(await focusedTip.innerText(), /\w{3}/);
    await screenshot(page, 'note-on-focus.png');
  } finally {
    await close();
  }
});

for (const javaScript of [true, false]) {
  test(`the "as printed" view shows FILIPPOV [Stalin] (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
    const { page, close } = await open(seed, { javaScript });
    try {
      const text = page.locator('.tp-text');
      assert.doesNotMatch(await text.innerText(), /\[Stalin\]/, 'the reading view has no square brackets');
      await page.getByText('As printed', { exact: true }).click();
      assert.match(await text.innerText(), /FILIPPOV \[Stalin\]/);
      await screenshot(page, `as-printed-js-${javaScript ? 'on' : 'off'}.png`);
      await page.getByText('Reading', { exact: true }).click();
      assert.doesNotMatch(await text.innerText(), /\[Stalin\]/);
    } finally {
      await close();
    }
  });
}

test('searching the index for Kaesong finds the seed', async () => {
  const { page, problems, close } = await open('index.html');
  try {
    await page.getByLabel('Search the full text').fill('Kaesong');
    const hit = page.locator(`#tp-search-results a[href="${seed}"]`);
    await hit.waitFor({ state: 'visible', timeout: 5000 });
    assert.match(await page.locator('#tp-search-status').innerText(), /found/);
    // The seed spells it Kaeseong; the authority file knows both spellings.
    assert.match(await page.locator(`#tp-search-results li:has(a[href="${seed}"]) mark`).innerText(), /Kaeseong/);
    await screenshot(page, 'search-kaesong.png');
    await hit.click();
    await page.waitForURL(/113009\.html$/);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('the index filters narrow the list to matching documents and clear again', async () => {
  const { page, close } = await open('index.html');
  try {
    const items = page.locator('.tp-docitem');
    const all = await items.count();
    assert.ok(all > 1);
    // The first year chip: only that year's documents stay visible.
    const chip = page.locator('a.tp-filter[data-filter="year"]').first();
    const year = await chip.getAttribute('data-value');
    await chip.click();
    assert.equal(await chip.getAttribute('aria-pressed'), 'true');
    const visible = page.locator('.tp-docitem:visible');
    const shown = await visible.count();
    assert.ok(shown > 0 && shown < all, `year ${year}: ${shown} of ${all} shown`);
    for (const itemYear of await visible.evaluateAll((nodes) => nodes.map((n) => n.dataset.year))) {
      assert.equal(itemYear, year);
    }
    assert.match(await page.locator('#tp-filter-status').innerText(), new RegExp(`${shown} of ${all}`));
    await screenshot(page, 'index-filtered.png');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    assert.equal(await page.locator('.tp-docitem:visible').count(), all);
  } finally {
    await close();
  }
});

test('the seed page reads on a phone-sized screen without sideways scrolling', async () => {
  const { page, close } = await open(seed, { width: 390 });
  try {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `the page is ${overflow}px wider than the screen`);
    await screenshot(page, 'seed-phone.png');
  } finally {
    await close();
  }
});

test('every link inside the edition reaches an existing page and anchor', () => {
  const pages = readdirSync(html).filter((name) => name.endsWith('.html'));
  const ids = new Map(pages.map((name) => [name,
    new Set([...readFileSync(path.join(html, name), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));
  const broken = [];
  let links = 0;
  for (const name of pages) {
    for (const [, target, anchor] of readFileSync(path.join(html, name), 'utf8').matchAll(/\shref="([^"#:]*)(?:#([^"]*))?"/g)) {
      const page = target || name;
      links++;
      if (!ids.has(page) && !existsSync(path.join(html, page))) broken.push(`${name} -> ${page}`);
      else if (anchor && !ids.get(page)?.has(anchor)) broken.push(`${name} -> ${page}#${anchor}`);
    }
  }
  assert.ok(links > 100, `only ${links} links found`);
  assert.deepEqual(broken, []);
});

// Last: the checker started at load time and ran while the browser tests did.
test('the seed page, the index and the name pages are valid HTML5 (W3C Nu Html Checker)', async () => {
  const errors = (await vnuMessages).filter((m) => m.type === 'error' || m.subType === 'fatal');
  assert.deepEqual(errors.map((m) => `${path.basename(m.url || '')}:${m.lastLine}: ${m.message}`), []);
});
