import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChalk } from '../src/cli/color.js';
import { extract } from '../src/index.js';
import { buildOverview, scriptSafeJson } from '../src/render/html/index.js';
import type { ReportData } from '../src/render/html/model.js';
import { renderers } from '../src/render/index.js';
import type { Result } from '../src/schema/extraction.js';
import { binPath, root } from './helpers.js';

const failure: Result = { schemaVersion: '1.1.0', source: { path: 'gone.txt' }, error: { code: 'not-found', message: 'no such file' } };

function renderHtml(items: Array<{ result: Result; text?: string }>): string {
  let out = '';
  const w = renderers.html((s) => (out += s), { chalk: createChalk(0) });
  items.forEach(({ result, text }) => w.write(result, text));
  w.end();
  return out;
}

/** The JSON the page embeds, read back the way the page reads it. */
function embedded(html: string): ReportData {
  const m = /<script type="application\/json" id="extract-data">([^<]*)<\/script>/.exec(html);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]!) as ReportData;
}

describe('html report: embedding', () => {
  it('scriptSafeJson leaves no <, >, & or line separators and round-trips, lone surrogates included', () => {
    const value = { a: '</script><!-- x & y > z', b: '\u2028\u2029', c: 'lone \ud800 and \udfff, pair \ud83d\ude00' };
    const text = scriptSafeJson(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\ud800');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('writes article text only inside the JSON block, and only the page script is allowed to run', () => {
    const text = 'Kenya and Japan agreed <script>window.__pwned=1</script> to expand trade </textarea></script>.';
    const html = renderHtml([{ result: extract(text, { path: '<img src=x onerror=alert(1)>.txt' }), text }]);
    expect(html).not.toContain('window.__pwned=1</script>');
    expect(html).not.toContain('<img src=x');
    expect(html.match(/<script/g)).toHaveLength(2); // the data block and the page's own script
    const csp = /content="([^"]+)"/.exec(html)![1]!;
    const script = /<script>([\s\S]*)<\/script>\s*<\/body>/.exec(html)![1]!;
    expect(csp).toContain(`script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(csp).toContain("default-src 'none'");
    const data = embedded(html);
    expect(data.docs[0]!.text).toBe(text);
    expect(data.docs[0]!.result).toMatchObject({ source: { path: '<img src=x onerror=alert(1)>.txt' } });
  });

  it('drops a byte order mark so that spans index the text the page shows', () => {
    const text = '\ufeffKenya and Japan agreed to expand trade.';
    const data = embedded(renderHtml([{ result: extract(text, { path: 'bom.txt' }), text }]));
    const doc = data.docs[0]!;
    const r = doc.result as Extract<Result, { countries: unknown }>;
    expect(r.countries.length).toBeGreaterThan(0);
    for (const c of r.countries) for (const m of c.mentions) expect([...doc.text!].slice(m.start, m.end).join('')).toBe(m.text);
  });
});

describe('html report: overview', () => {
  const a = 'Kenya and Japan agreed to expand trade.\nForeign Minister Amina Otieno of Kenya met Japanese Foreign Minister Kenji Sato in Tokyo.';
  const b = 'Foreign Minister Amina Otieno of Kenya held talks with Peru in Lima.\nPeru pledged support to Kenya.';
  const docs = [
    { result: extract(a, { path: 'a.txt' }), text: a },
    { result: extract(b, { path: 'b.txt' }), text: b },
    { result: failure, text: null },
  ];
  const ov = buildOverview(docs);

  it('counts every record kind as the JSON output has them, failures apart', () => {
    const ok = docs.map((d) => d.result).filter((r): r is Extract<Result, { countries: unknown }> => !('error' in r));
    expect(ov.counts.documents).toBe(3);
    expect(ov.counts.failed).toBe(1);
    for (const k of ['countries', 'officials', 'agreements', 'commitments', 'meetings', 'quotes'] as const) {
      expect(ov.counts[k]).toBe(ok.reduce((n, r) => n + r[k].length, 0));
    }
    expect(ov.counts.agreements + ov.counts.meetings + ov.counts.commitments).toBeGreaterThan(2);
  });

  it('joins one person across documents and lists the events they are party to', () => {
    const otieno = ov.people.find((p) => p.name === 'Amina Otieno');
    expect(otieno).toMatchObject({ country: 'KE', docs: [0, 1] });
    expect(otieno!.offices).toContain('Foreign Minister');
    expect(otieno!.events.length).toBeGreaterThan(0);
    for (const [d, id] of otieno!.events) {
      const r = docs[d]!.result as Extract<Result, { meetings: unknown }>;
      const ev = [...r.agreements, ...r.commitments, ...r.meetings].find((e) => e.id === id)!;
      const ids = r.officials.filter((o) => o.name === 'Amina Otieno').map((o) => o.id);
      expect(ev.officials.some((o) => ids.includes(o))).toBe(true);
    }
  });

  it('counts each event once per pair of its countries, and puts undated articles last on the timeline', () => {
    const ke = ov.pairs.find((p) => p.a === 'JP' && p.b === 'KE');
    expect(ke).toBeDefined();
    expect(ke!.events).toHaveLength(ke!.agreement + ke!.commitment + ke!.meeting);
    const total = ov.timeline.reduce((n, t) => n + t.events.length, 0);
    expect(total).toBe(ov.counts.agreements + ov.counts.commitments + ov.counts.meetings);
    const dated = buildOverview([{ result: { ...(docs[0]!.result as Extract<Result, { article: unknown }>), article: { ...(docs[0]!.result as Extract<Result, { article: unknown }>).article, published: '2024-03-09' } }, text: a }, docs[1]!]);
    expect(dated.timeline.map((t) => t.month)).toEqual(['2024-03', '']);
  });
});

describe('html report: CLI', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [binPath, ...args], { cwd: root, encoding: 'utf8', input: '' });

  it('--out writes the report to a file (format from its name), nothing on stdout; every input keeps its text with --jobs 2', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'extract-html-'));
    const out = path.join(dir, 'report.html');
    const r = run(['fixtures', '--jobs', '2', '--out', out, '--quiet']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const data = embedded(readFileSync(out, 'utf8'));
    expect(data.docs.length).toBeGreaterThan(5);
    for (const d of data.docs) expect(d.text).toBe(readFileSync(path.join(root, d.result.source.path), 'utf8').replace(/^\ufeff/, ''));
  });

  it('refuses --out with --out-dir, and an --out folder that does not exist, with a usage error', () => {
    const both = run(['fixtures/html/injection.fixture', '--out', 'x.html', '--out-dir', 'y']);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('--out and --out-dir');
    const missing = run(['fixtures/html/injection.fixture', '--out', '/nonexistent-folder/r.html']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot write --out .*no such folder/);
    expect(existsSync('/nonexistent-folder')).toBe(false);
  });
});
