import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { collectSpans, spanHolds } from './helpers.js';

const texts: Array<[string, string]> = [
  ['emoji before names', '🇵🇰🤝 Pakistan and 😀 Turkiye agreed. The Turkish minister 👍 met Pakistani officials.'],
  ['CJK and accents', '中国 和 日本. China’s envoy met Japan’s José Martínez in Türkiye.'],
  ['combining accents', 'Jose\u0301 visited Peru\u0301 and Peru today. France’s minister agreed.'],
  ['CRLF', 'Kenya and Japan\r\nsigned a deal.\r\n\r\nJapanese officials met Kenyan ones.\r\n'],
  ['lone CR', 'Kenya\rJapan\rChina'],
  ['BOM', '\ufeffIndia and Pakistan held talks.'],
  ['astral letters', '𝐈𝐧𝐝𝐢𝐚 and India, then 𝒻 Pakistan.'],
];

describe('span invariant', () => {
  it.each(texts)('%s', (_name, input) => {
    const result = extract(input);
    const spans = collectSpans(result);
    expect(spans.length).toBeGreaterThan(0);
    for (const { path, span } of spans) expect(spanHolds(input, span), `${path} ${JSON.stringify(span)}`).toBe(true);
  });

  it('counts chars in code points', () => {
    expect(extract('a😀b').source.chars).toBe(3);
  });
});
