import type { ExtractContext, OfficialDraft } from './types.js';

// Filled in by the officials issue (#3): title-anchored names, resolution across the article.
export function extractOfficials(_ctx: ExtractContext): OfficialDraft[] {
  return [];
}
