import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline/extract.js';
import { rules } from '../src/rules/registry.js';
import type { Extraction } from '../src/schema/extraction.js';
import type { Rule } from '../src/rules/types.js';

// The rule tester (in the manner of textlint's): every rule's own examples run through the whole pipeline;
// `fire` texts (textlint's "invalid") must produce a record carrying the rule's id, `quiet` texts ("valid")
// must not. Each fire text is also run with the rule disabled, which must silence it.

function firedIds(x: Extraction): Set<string> {
  const ids = new Set<string>();
  for (const o of x.officials) for (const id of o.ruleIds) ids.add(id);
  for (const e of [...x.agreements, ...x.commitments, ...x.meetings]) ids.add(e.ruleId);
  return ids;
}

const fired = (text: string, disable?: string[]): string[] => [...firedIds(extract(text, { disable }))].sort();

describe('rule tester', () => {
  it('every rule has at least two fire and two quiet examples', () => {
    const short = rules.filter((r) => r.examples.fire.length < 2 || r.examples.quiet.length < 2).map((r) => r.id);
    expect(short).toEqual([]);
  });

  describe.each(rules.map((r): [string, Rule] => [r.id, r]))('%s', (id, rule) => {
    it.each(rule.examples.fire.map((t) => [t]))('fires on %j', (text) => {
      expect(fired(text)).toContain(id);
    });
    it.each(rule.examples.quiet.map((t) => [t]))('stays quiet on %j', (text) => {
      expect(fired(text)).not.toContain(id);
    });
    it('is silenced by disable', () => {
      for (const text of rule.examples.fire) expect(fired(text, [id])).not.toContain(id);
    });
  });
});
