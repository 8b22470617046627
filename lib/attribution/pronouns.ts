import type { Gender, Person } from '../types.ts';

/** A point where a person was named or spoke, outside quotations: the history pronouns look back on. */
export interface Sighting {
  at: number;
  para: number;
  person: number;
  /** True when the person spoke here (a statement's speaker), not just named. */
  spoke?: boolean;
}

/**
 * The person a third-person pronoun ("she", "he") refers to: the latest person sighted before `at` whose
 * gender matches; failing that, the last speaker of unknown gender within two paragraphs, then the latest
 * person of unknown gender within two paragraphs. `history` is sorted by `at`. Returns an index into
 * `people`, or -1.
 */
export function resolvePronoun(
  history: readonly Sighting[],
  people: readonly Person[],
  at: number,
  para: number,
  gender: Gender,
): number {
  let lo = 0;
  let hi = history.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((history[mid] as Sighting).at < at) lo = mid + 1;
    else hi = mid;
  }
  let speaker = -1;
  let named = -1;
  for (let k = lo - 1; k >= 0; k--) {
    const s = history[k] as Sighting;
    if (para - s.para > 8) break;
    const g = people[s.person]?.gender;
    if (g === gender) return s.person;
    if (g !== undefined || para - s.para > 2) continue;
    if (s.spoke && speaker < 0) speaker = s.person;
    if (named < 0) named = s.person;
  }
  return speaker >= 0 ? speaker : named;
}
