import type { Result } from '../../schema/extraction.js';
import type { CreateWriter } from '../types.js';
import { buildOverview, type ReportDoc } from './model.js';
import { renderPage } from './page.js';

export { buildOverview } from './model.js';
export { renderPage, scriptSafeJson } from './page.js';

// The page needs every result before it can count or cross-reference them, so the writer only collects
// and writes the whole file at the end. One input gives an article page, several an overview with each
// article's page a click away. Inputs keep their text: the spans are highlighted in it.
export const createHtmlWriter: CreateWriter = (write) => {
  const docs: ReportDoc[] = [];
  const add = (result: Result, text?: string): void => {
    docs.push({ result, text: text === undefined ? null : text.charCodeAt(0) === 0xfeff ? text.slice(1) : text });
  };
  return {
    encoding: 'compact',
    needsText: true,
    write: add,
    writeEncoded: (encoded, text) => add(JSON.parse(encoded) as Result, text),
    end() {
      write(renderPage({ docs, overview: buildOverview(docs) }));
    },
  };
};
