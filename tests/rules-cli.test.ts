import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/registry.js';
import { binPath, fixturesDir, root } from './helpers.js';

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
