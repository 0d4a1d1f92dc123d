// The HTML report in a real browser: headless Chromium (Debian's `chromium`) driven by playwright-core.
// Slow (a browser start and a few CLI runs), so it lives apart from the unit tests. When no Chromium is
// on PATH the suite fails with a message saying how to install one; it never passes without a browser.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction, Result } from '../src/schema/extraction.js';
import { findChromium, launchChromium, MISSING_BROWSER } from './support/browser.js';
import { binPath, collectSpans, root } from './helpers.js';

const SAMPLE = 'fixtures/dawn-2025-11-07-pakistan-turkiye.txt';
const SCREENSHOT = path.join(root, 'tests', '.output', 'html-report-sample.png');
const dir = mkdtempSync(path.join(tmpdir(), 'extract-html-browser-'));

function extractTo(args: string[], file: string): string {
  const r = spawnSync(process.execPath, [binPath, ...args, '--quiet'], { cwd: root, encoding: 'utf8', input: '', maxBuffer: 1e9 });
  if (r.status !== 0) throw new Error(`extract ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const out = path.join(dir, file);
  writeFileSync(out, r.stdout);
  return out;
}

interface Session {
  page: Page;
  problems: string[];
  requests: string[];
}

let browser: Browser | undefined;

async function open(file: string, hash = ''): Promise<Session> {
  const page = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' || m.type() === 'warning' ? problems.push(`console ${m.type()}: ${m.text()}`) : null));
  page.on('pageerror', (e) => void problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => void requests.push(r.url()));
  const url = pathToFileURL(file).href;
  await page.goto(url + hash);
  await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 15_000 }).catch((e: Error) => {
    throw new Error(`the page never finished rendering (${e.message.split('\n')[0]}); ${problems.join('; ') || 'no errors reported'}`);
  });
  return { page, problems, requests };
}

/** Each highlight's text, put back together from the pieces the page cut it into, keyed by span id. */
function highlightTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const byId = new Map<string, string>();
    for (const node of document.querySelectorAll('.text [data-ids]')) {
      for (const id of node.getAttribute('data-ids')!.split(' ')) byId.set(id, (byId.get(id) ?? '') + node.textContent);
    }
    return [...byId.values()];
  });
}

function expectClean(s: Session, file: string): void {
  expect(s.problems).toEqual([]);
  expect(s.requests.every((u) => u.startsWith(pathToFileURL(file).href))).toBe(true);
}

describe('HTML report in headless Chromium', () => {
  let sample: string;
  let sampleJson: Extraction;

  beforeAll(async () => {
    if (!findChromium()) throw new Error(MISSING_BROWSER);
    browser = await launchChromium();
    sample = extractTo([SAMPLE, '--format', 'html'], 'sample.html');
    sampleJson = JSON.parse(spawnSync(process.execPath, [binPath, SAMPLE, '--format', 'json'], { cwd: root, encoding: 'utf8' }).stdout) as Extraction;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('highlights every span of the JSON output, each with exactly its text, and saves a screenshot', async () => {
    const s = await open(sample);
    const spans = collectSpans(sampleJson).map((x) => x.span.text);
    expect(spans.length).toBeGreaterThan(50);
    const got = await highlightTexts(s.page);
    expect(got).toHaveLength(spans.length);
    expect([...got].sort()).toEqual([...spans].sort());
    expect(await s.page.locator('h1').textContent()).toBe(sampleJson.article.headline!.text);
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await s.page.screenshot({ path: SCREENSHOT });
    expectClean(s, sample);
  });

  it('clicking a record marks its evidence; hovering a mark shows its record', async () => {
    const s = await open(sample);
    for (const e of [sampleJson.agreements[1]!, sampleJson.commitments[2]!, sampleJson.meetings[0]!]) {
      await s.page.locator(`.rec[data-key="${e.id}"]`).click();
      const marked = await s.page.$$eval('.text .hl.active', (ns) => ns.map((n) => n.textContent).join(''));
      expect(marked).toBe(e.evidence.text);
      expect(await s.page.locator(`.rec.active[data-key="${e.id}"]`).count()).toBe(1);
    }
    const official = sampleJson.officials[0]!;
    await s.page.locator('.text .hl.k-official', { hasText: official.mentions[0]!.text }).first().hover();
    await s.page.locator('#tip').waitFor({ state: 'visible' });
    expect(await s.page.locator('#tip').textContent()).toContain(official.name);
    // the picture in the README (docs/html-report.png) is this state: a record clicked, a mark hovered
    await s.page.screenshot({ path: SCREENSHOT.replace(/\.png$/, '-click.png') });
    expectClean(s, sample);
  });

  it('filters by kind and restores', async () => {
    const s = await open(sample);
    const countries = s.page.locator('.text .hl.k-country');
    expect(await countries.count()).toBeGreaterThan(0);
    await s.page.locator('input[data-kind="country"]').uncheck();
    expect(await countries.count()).toBe(0);
    expect(await s.page.locator('.rec.k-country').count()).toBe(0);
    expect(await s.page.locator('.text .hl.k-official').count()).toBeGreaterThan(0);
    await s.page.locator('input[data-kind="country"]').check();
    expect(await countries.count()).toBeGreaterThan(0);
    expectClean(s, sample);
  });

  it('renders an article full of markup and javascript: links as text and runs none of it', async () => {
    const file = extractTo(['fixtures/html/injection.fixture', '--format', 'html'], 'injection.html');
    const s = await open(file);
    const text = await s.page.locator('.text').textContent();
    expect(text).toContain('<script>window.__pwned = 1; alert(1)</script>');
    expect(text).toContain('<a href="javascript:window.__pwned=4">click</a>');
    expect(await s.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await s.page.locator('script').count()).toBe(2);
    expect(await s.page.locator('img, iframe, svg, a[href]').count()).toBe(0);
    expect(await s.page.locator('style').count()).toBe(1);
    // the marks still add up inside hostile text
    const json = JSON.parse(spawnSync(process.execPath, [binPath, 'fixtures/html/injection.fixture', '-f', 'json'], { cwd: root, encoding: 'utf8' }).stdout) as Result;
    expect(await highlightTexts(s.page)).toHaveLength(collectSpans(json).length);
    expectClean(s, file);
  });

  it('shows ids and texts with markup and lone surrogates as text in a folder report, running nothing', async () => {
    const file = extractTo(['--input', 'ndjson', 'fixtures/html/injection.ndjson', '--format', 'html'], 'injection-ndjson.html');
    const s = await open(file);
    expect(await s.page.locator('.card[data-kind="documents"]').getAttribute('data-count')).toBe('2');
    await s.page.locator('button', { hasText: '<script>window.__pwned=5</script>' }).click();
    await s.page.locator('.doc h1').waitFor();
    expect(await s.page.locator('h1').textContent()).toContain('<script>window.__pwned=5</script>');
    const shown = await s.page.locator('.text').evaluate((n) => n.textContent!);
    expect(shown).toContain('\ud800 and \udfff and a pair \ud83d\ude00');
    await s.page.goto(`${pathToFileURL(file).href}#doc=1`);
    await s.page.locator('.doc[data-doc="1"]').waitFor();
    expect(await s.page.locator('.meta').textContent()).toContain('javascript:window.__pwned=7');
    expect(await s.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await s.page.locator('img, iframe, svg, a[href]').count()).toBe(0);
    expectClean(s, file);
  });

  it('folder report: counts equal the NDJSON output, and a person leads to the evidence of their events', async () => {
    const file = extractTo(['fixtures', '--format', 'html', '--jobs', '2'], 'folder.html');
    const nd = spawnSync(process.execPath, [binPath, 'fixtures', '--format', 'ndjson', '--jobs', '2', '--quiet'], { cwd: root, encoding: 'utf8' });
    const results = nd.stdout.trim().split('\n').map((l) => JSON.parse(l) as Result);
    const ok = results.filter((r): r is Extraction => !('error' in r));
    const s = await open(file);
    const counts = await s.page.$$eval('.card[data-kind]', (ns) => Object.fromEntries(ns.map((n) => [n.getAttribute('data-kind'), Number(n.getAttribute('data-count'))])));
    expect(counts.documents).toBe(results.length);
    for (const k of ['countries', 'officials', 'agreements', 'commitments', 'meetings', 'quotes'] as const) {
      expect(counts[k]).toBe(ok.reduce((n, r) => n + r[k].length, 0));
    }
    // the busiest person: their events list, then one event's evidence marked in its article
    await s.page.locator('table button[title^="events with"]').first().click();
    const events = s.page.locator('ol.events li');
    await events.first().waitFor();
    const quoted = await events.first().locator('q').textContent();
    await events.first().locator('button').click();
    await s.page.locator('.text .hl.active').first().waitFor();
    expect(await s.page.$$eval('.text .hl.active', (ns) => ns.map((n) => n.textContent).join(''))).toBe(quoted);
    // a country pair from the matrix lists events naming both countries
    await s.page.goto(pathToFileURL(file).href);
    await s.page.locator('.matrix td button').first().click();
    await s.page.locator('ol.events li').first().waitFor();
    expectClean(s, file);
  });
});
