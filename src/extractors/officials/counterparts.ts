import { loadOfficialsLexicon, type Portfolio } from '../../lexicon/officials.js';
import { officeClassOf, officeIn } from '../../lexicon/office-equivalents.js';
import type { OfficialMention } from '../types.js';

// "her Brazilian counterpart Mauro Vieira": whose counterpart, and which office the counterpart holds.
// The possessor is the subject the pronoun refers to, not simply the last official named: in the
// counterpart's own sentence the nearest official before it ("B, who met her counterpart"), else the
// first official of the nearest sentence before (its subject); never one of the counterpart's own
// state, never one the pronoun's gender rules out. The counterpart holds the possessor's office under
// its own state's name (office-equivalents.json): a finance minister's American counterpart is the
// Treasury Secretary, a German chancellor's British counterpart the Prime Minister.

/** what the counterpart rules read of an official record */
export interface OfficeHolder {
  title: string | null;
  head: string | null;
  portfolio: Portfolio | null;
  country: string | null;
  mentions: OfficialMention[];
}

/** The office borrowed from `owner` by their counterpart from `country`. */
export interface BorrowedOffice {
  title: string | null;
  head: string | null;
  portfolio: Portfolio | null;
}

const portfolioNamed = (name: string | null): Portfolio | null => (name ? (loadOfficialsLexicon().portfolios.find((p) => p.name === name) ?? null) : null);

/**
 * The owner of the counterpart phrase starting at `start` in sentence `sentence`, looking back two
 * sentences; `possessive` is "his", "her", "their"...; null when no titled official fits.
 */
export function counterpartOwner<R extends OfficeHolder>(
  recs: readonly R[],
  at: { sentence: number; start: number },
  country: string | null,
  possessive: string,
  genderOf: (r: R) => 'm' | 'f' | null,
  useSubject: boolean,
): R | undefined {
  const ruledOut = (r: R): boolean => {
    if (!r.title) return true;
    if (!useSubject) return false;
    if (country && r.country === country) return true;
    const g = genderOf(r);
    return (possessive === 'his' && g === 'f') || (possessive === 'her' && g === 'm');
  };
  let best: { r: R; sentence: number; start: number } | undefined;
  for (const r of recs) {
    if (ruledOut(r)) continue;
    for (const m of r.mentions) {
      if (m.start >= at.start || at.sentence - m.sentence > 2) continue;
      // the last mention before (the old reading), or the first mention of the nearest sentence (its subject)
      // (in the counterpart's own sentence the nearest official before it: "B, who met her counterpart")
      const nearest = !best || m.start > best.start;
      const subject = !best || m.sentence > best.sentence || (m.sentence === best.sentence && (m.sentence === at.sentence ? m.start > best.start : m.start < best.start));
      const better = useSubject ? subject : nearest;
      if (better) best = { r, sentence: m.sentence, start: m.start };
    }
  }
  return best?.r;
}

/** The owner's office as the counterpart's state names it; the owner's own title when no class is known. */
export function borrowedOffice(owner: OfficeHolder, country: string | null, byState: boolean): BorrowedOffice {
  const same: BorrowedOffice = { title: owner.title, head: owner.head, portfolio: owner.portfolio };
  if (!country || country === owner.country) return same;
  const cls = byState ? officeClassOf(owner.head, owner.portfolio?.name ?? null, owner.country) : null;
  if (!cls) {
    // the old reading: a portfolio gives "<Portfolio> Minister"
    return owner.portfolio ? { title: `${owner.portfolio.titleWord} Minister`, head: 'minister', portfolio: owner.portfolio } : same;
  }
  const office = officeIn(cls, country);
  return { title: office.title, head: office.head, portfolio: owner.portfolio ?? portfolioNamed(cls.portfolio) };
}

/**
 * "his Tanzanian counterpart", named later as "the Tanzanian minister, Ali Juma": a record fits the
 * borrowed office when its head is the same and its portfolio is the same or not given.
 */
export function fitsBorrowedOffice(r: OfficeHolder, office: BorrowedOffice): boolean {
  if (!r.head || r.head !== office.head) return false;
  return !r.portfolio || !office.portfolio || r.portfolio.name === office.portfolio.name;
}
