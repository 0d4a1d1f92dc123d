import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline/extract.js';
import { eventConstraints as stateConstraints } from '../src/rules/event-constraints.js';
import { eventModalConstraints } from '../src/rules/event-modal-constraints.js';
import { eventOwnerConstraints } from '../src/rules/event-owner-constraints.js';
import { eventPartyConstraints } from '../src/rules/event-party-constraints.js';

// one tester for every event constraint unit: the state-actor ones and the mood ones (senses, modality,
// nesting, background), the owner and commercial-sense ones and the party-politics ones
const eventConstraints = [...stateConstraints, ...eventModalConstraints, ...eventOwnerConstraints, ...eventPartyConstraints];

const KEY = { agreement: 'agreements', commitment: 'commitments', meeting: 'meetings' } as const;

const count = (text: string, kind: keyof typeof KEY): number => extract(text)[KEY[kind]].filter((e) => !e.negated).length;

describe('event constraints', () => {
  it('every constraint has at least two fire and two quiet examples', () => {
    for (const c of eventConstraints) {
      expect(c.examples.fire.length, c.id).toBeGreaterThanOrEqual(2);
      expect(c.examples.quiet.length, c.id).toBeGreaterThanOrEqual(2);
    }
  });
  describe.each(eventConstraints.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    it.each(c.examples.fire.map((t) => [t]))('lets an event through in %j', (text) => {
      expect(count(text, c.kind)).toBeGreaterThan(0);
    });
    it.each(c.examples.quiet.map((t) => [t]))('stops every event in %j', (text) => {
      expect(count(text, c.kind)).toBe(0);
    });
  });
});
