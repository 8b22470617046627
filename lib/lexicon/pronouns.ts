import type { Gender } from '../types.ts';

/** Contracted auxiliaries a subject pronoun carries ("he’s predicting", "she’d said", "they’re saying"). */
const CONTRACTIONS = ['’s', "'s", '’d', "'d", '’ll', "'ll", '’re', "'re", '’ve', "'ve"];

/**
 * Third-person pronouns that can be the subject of a speech verb, with the gender they imply, also with a
 * contracted auxiliary ("he’s", "they’re"; not "it’s", which is mostly "it is" before a predicate).
 */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, Gender | 'plural' | 'neuter' | 'first'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
  ['it', 'neuter'],
  ['i', 'first'],
  ['we', 'first'],
  ...(['he', 'she', 'they'] as const).flatMap((p) =>
    CONTRACTIONS.map((c): [string, Gender | 'plural'] => [
      p + c,
      p === 'he' ? 'male' : p === 'she' ? 'female' : 'plural',
    ]),
  ),
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
