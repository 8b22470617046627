import type { Gender } from '../types.ts';

/** Third-person pronouns that can be the subject of a speech verb, with the gender they imply. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, Gender | 'plural' | 'neuter' | 'first'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
  ['it', 'neuter'],
  ['i', 'first'],
  ['we', 'first'],
]);

/** Pronouns whose gender says who a name refers to ("Kim wrote on her story" makes Kim female). */
export const GENDERED_PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['himself', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['hers', 'female'],
  ['herself', 'female'],
]);
