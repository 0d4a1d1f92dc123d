import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const dateline = (text: string): string | null | undefined => extract(text).article.dateline?.country;
const countryOf = (text: string, name: string): string | null | undefined => extract(text).officials.find((o) => o.name === name)?.country;

describe('dateline naming its state after the city', () => {
  it('takes the state named after the city over the city lexicon', () => {
    expect(dateline('GEORGE TOWN, Malaysia, May 5, 2025 - Chief Minister Ravi Kumar met investors.')).toBe('MY');
    expect(dateline('KRYNICA, Poland (Reuters) - Prime Minister Jan Nowak spoke.')).toBe('PL');
  });
  it('keeps the city reading when no state follows', () => {
    expect(dateline('GEORGE TOWN, May 5, 2025 - The governor met investors.')).toBe('KY');
    expect(dateline('LONDON, May 5, 2025 - Ministers met investors.')).toBe('GB');
  });
});

describe('state cues before the dateline', () => {
  it('a foreign official speaking for their capital is not given the dateline', () => {
    const text = 'NAIROBI, May 5, 2025 - Canberra would provide $20 million for clinics, Foreign Minister Dan Crow said on Monday.';
    expect(countryOf(text, 'Dan Crow')).toBe('AU');
  });
  it('an accused or threatened state is not the speaker\'s', () => {
    const text = 'NAIROBI, May 5, 2025 - Foreign Minister Dan Crow said Moscow would face new sanctions.';
    expect(countryOf(text, 'Dan Crow')).toBe('KE');
  });
  it('a parenthetical say-verb between the state and its verb', () => {
    const text = 'Sketch: question time\n\nThe minister, Ana Vale, took four minutes. Australia, she told the House, would provide $40 million to the islands of Fiji.';
    expect(countryOf(text, 'Ana Vale')).toBe('AU');
  });
  it('an office one state uses places an official under another dateline', () => {
    expect(countryOf('BERLIN, March 3, 2025 - The chancellor of the exchequer, Maria Holt, arrived for talks.', 'Maria Holt')).toBe('GB');
    expect(countryOf('NEW DELHI, March 3, 2025 - Foreign Secretary Arvind Rao met envoys.', 'Arvind Rao')).toBe('IN');
  });
});
