import type { EventDrafts, ExtractContext } from './types.js';

// Filled in by the events issue (#4): agreements, commitments, meetings and quotes.
export function extractEvents(_ctx: ExtractContext): EventDrafts {
  return { agreements: [], commitments: [], meetings: [], quotes: [] };
}
