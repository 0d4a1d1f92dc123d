import { describe, expect, it } from 'vitest';
import { buildOffsetMap, normaliseText, stripBom } from '../src/document/normalise.js';

describe('normaliseText', () => {
  it.each([
    ['CRLF line ends', 'One.\r\nTwo.\r\n'],
    ['lone CR', 'One.\rTwo.'],
    ['HTML debris', 'Israel #39;s leader met &lt;b&gt;Bush&lt;/b&gt; &amp; aides.'],
    ['tokenised clitics', "Russia 's army and Turkey 's navy"],
    ['emoji and accents', 'Türkiye 🇹🇷 and the café’s owner'],
  ])('keeps the UTF-16 length: %s', (_name, input) => {
    expect(normaliseText(input)).toHaveLength(input.length);
  });

  it('turns CRLF into a space and a newline', () => {
    expect(normaliseText('a\r\nb')).toBe('a \nb');
  });

  it('repairs HTML-escaped possessives', () => {
    expect(normaliseText('Israel #39;s leader')).toMatch(/^Israel's +leader$/);
  });

  it('joins hard-wrapped lines but keeps paragraph and bullet breaks', () => {
    const wrapped = [
      'LONDON, March 26 - The finance minister discussed the need to control',
      'public spending in talks here today with his counterpart from France, a',
      'Treasury spokesman said after the meeting ended in the early evening.',
      '    The spokesman said the ministers reviewed their economies and their',
      'plans for the coming year in some detail before the lunch.',
    ].join('\n');
    const out = normaliseText(wrapped).split('\n');
    expect(out).toHaveLength(2);
  });

  it('leaves text with sentence-final lines alone', () => {
    const text = 'Headline here\n• A bullet point\nISLAMABAD: The minister spoke today.\nHe left.';
    expect(normaliseText(text)).toBe(text);
  });
});

describe('offsets', () => {
  it('strips a BOM', () => {
    expect(stripBom('\ufeffabc')).toBe('abc');
  });

  it('maps UTF-16 indices to code points past astral characters', () => {
    const text = 'a😀b𝐀c';
    const map = buildOffsetMap(text);
    expect(map.toCodePoint(text.indexOf('b'))).toBe(2);
    expect(map.toCodePoint(text.indexOf('c'))).toBe(4);
    expect(map.toCodePoint(text.length)).toBe([...text].length);
  });
});
