import { loadOfficialsLexicon } from '../../lexicon/officials.js';
import { splitPhrase } from '../../lexicon/fold.js';
import { longestMatch } from '../../lexicon/trie.js';

// Which of the titles a text gives one person is their office. A military rank ("Gen Pervez Musharraf")
// says what they are in the army, an office ("President Musharraf") what they hold: given both, the
// office is the title (official/office-over-rank).

/** true when the title head (a lexicon phrase such as "general" or "lt col") is a military rank */
export function isMilitaryRank(head: string | null): boolean {
  if (!head) return false;
  const words = splitPhrase(head);
  const m = longestMatch(loadOfficialsLexicon().trie, 0, (k) => words[k]);
  return !!m && m.length === words.length && m.value.kind === 'head' && !!m.value.head?.militaryRank;
}

/** The titled mentions that name an office, when some do and others give only a rank; else all of them. */
export function preferOffices<T extends { head: string | null }>(titled: T[], ruleIds: Set<string>, on: boolean): T[] {
  if (!on) return titled;
  const offices = titled.filter((a) => !isMilitaryRank(a.head));
  if (offices.length === 0 || offices.length === titled.length) return titled;
  ruleIds.add('official/office-over-rank');
  return offices;
}
