import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../src/rules/registry.js';
import { binPath, fixturesDir, listFixtures, root } from './helpers.js';

const run = (args: string[]) => spawnSync(process.execPath, [binPath, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

const idsIn = (ndjson: string): Set<string> => {
  const ids = new Set<string>();
  for (const line of ndjson.split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    for (const o of r.officials) for (const id of o.ruleIds) ids.add(id);
    for (const e of [...r.agreements, ...r.commitments, ...r.meetings]) ids.add(e.ruleId);
  }
  return ids;
};

describe('extract rules', () => {
  it('lists every rule of the registry as JSON, with its examples', () => {
    const r = run(['rules', '--format', 'json']);
    expect(r.status).toBe(0);
    const listed = JSON.parse(r.stdout) as Array<{ id: string; kind: string; description: string; examples: { fire: string[]; quiet: string[] } }>;
    expect(listed.map((x) => x.id)).toEqual(rules.map((x) => x.id));
    expect(listed.find((x) => x.id === 'meeting/talks')?.examples.fire.length).toBeGreaterThanOrEqual(2);
  });

  it('lists every ruleId the fixtures produce', () => {
    const listed = new Set((JSON.parse(run(['rules', '-f', 'json']).stdout) as Array<{ id: string }>).map((x) => x.id));
    const seen = idsIn(run([fixturesDir, '-f', 'ndjson', '-q']).stdout);
    expect(seen.size).toBeGreaterThan(5);
    expect([...seen].filter((id) => !listed.has(id))).toEqual([]);
  });

  it('prints a table, and refuses a bad format with exit 2', () => {
    const table = run(['rules', '--format', 'table']);
    expect(table.stdout).toMatch(/^official\/title-name +official +An office title/m);
    expect(table.stdout).toMatch(/^ {4}fires {2}Foreign Minister Ana Ruiz/m);
    const bad = run(['rules', '--format', 'xml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/table or json/);
  });
});

describe('--disable', () => {
  const fixture = path.join(fixturesDir, 'signing-ceremony-kenya-japan.txt');
  const other = path.join(fixturesDir, 'phone-call-readout-canada-mexico.txt');

  it.each([['1'], ['2']])('turns rules off in-process and in workers (--jobs %s)', (jobs) => {
    const on = idsIn(run([fixture, other, '-f', 'ndjson', '-q', '--jobs', jobs]).stdout);
    expect(on).toContain('official/title-name');
    const off = run([fixture, other, '-f', 'ndjson', '-q', '--jobs', jobs, '--disable', 'official/title-name', '--disable', 'meeting/talks,agreement/sign']);
    expect(off.status).toBe(0);
    const left = idsIn(off.stdout);
    for (const id of ['official/title-name', 'meeting/talks', 'agreement/sign']) expect(left).not.toContain(id);
    expect(left.size).toBeGreaterThan(0);
  });

  it('rejects an unknown rule id with exit 2', () => {
    const r = run([fixture, '--disable', 'meeting/nope']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no rule "meeting\/nope"/);
    expect(r.stdout).toBe('');
  });
});

// The README's "Rules" section: its shell lines run as written (extract → this checkout's bin), in a
// folder holding the fixtures as clippings/. CI installs jq (.ci/run); a developer without jq or less
// skips those lines rather than fail.
describe('README: Rules', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const from = readme.indexOf('\n## Rules\n');
  const section = readme.slice(from, readme.indexOf('\n## ', from + 3));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const lines = block.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter(Boolean);
  const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
  let dir: string;
  const sh = (line: string) =>
    spawnSync('sh', ['-c', line.replace(/^extract /, `'${process.execPath}' '${binPath}' `)], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'extract-rules-readme-'));
    mkdirSync(path.join(dir, 'clippings'));
    for (const f of listFixtures()) copyFileSync(path.join(fixturesDir, f), path.join(dir, 'clippings', f));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has the three lines this test knows', () => {
    expect(lines).toHaveLength(3);
    // a pipe gets JSON unless the table is asked for (as for records), so the paged line asks for it
    expect(lines[0]).toMatch(/^extract rules --format table \| less$/);
    expect(lines[1]).toMatch(/^extract rules --format json \| jq /);
    expect(lines[2]).toMatch(/^extract clippings\/ --disable /);
  });

  it('pages the rule table (less on a pipe prints it)', () => {
    if (!has('less') && !process.env.CI) return;
    const r = sh(`${lines[0]} | cat`);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^official\/country-dateline +official +.+dateline/m);
    expect(r.stdout).toMatch(/^ {4}fires {2}/m);
  });

  it('lists the meeting rules with jq', () => {
    if (!has('jq') && !process.env.CI) return;
    const r = sh(lines[1]!);
    expect(r.status, r.stderr).toBe(0);
    const ids = r.stdout.trim().split('\n');
    expect(ids).toEqual(rules.filter((x) => x.kind === 'meeting').map((x) => x.id));
  });

  it('runs a folder with rules disabled: the disabled ids are gone, and were there without --disable', () => {
    const off = sh(lines[2]!);
    expect(off.status, off.stderr).toBe(0);
    const disabled = [...lines[2]!.matchAll(/--disable (\S+)/g)].map((m) => m[1]!);
    expect(disabled).toContain('meeting/visit');
    const left = idsIn(off.stdout);
    expect(left.size).toBeGreaterThan(5);
    for (const id of disabled) expect(left).not.toContain(id);
    const on = idsIn(sh(lines[2]!.replace(/ --disable \S+/g, '')).stdout);
    expect(on).toContain('meeting/visit');
  });
});
