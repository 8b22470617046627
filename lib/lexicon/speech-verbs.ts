import { wordSet } from './words.ts';

/**
 * Verbs that attribute words to a speaker, in every form a news story uses them ("said", "says", "saying").
 * A quote next to one of these, with a subject or an inverted subject ("said Kim"), has a speaker.
 */
export const SPEECH_VERBS = wordSet(`
  calling describing chanting chanted singing sang sung shouting screaming screamed
  say says said saying tell tells told telling add adds added adding ask asks asked asking write writes wrote
  writing written tweeted tweeting posted posting continue continues continued continuing explain explains
  explained explaining notes noted noting stated declare declares declared declaring claims claimed claiming
  argue argues argued arguing insists insisted insisting replies replied replying respond responds responded
  responding answers answered recall recalls recalled recalling warn warns warned announce announces
  announced acknowledge acknowledges acknowledged admit admits admitted admitting suggest suggests suggested
  suggesting concede concedes conceded observe observes observed remark remarks remarked joke jokes joked
  joking quip quips quipped shout shouts shouted yells yelled exclaim exclaimed whisper whispered caution
  cautioned countered contend contends contended maintain maintains maintained emphasize emphasizes
  emphasized emphasised stress stresses stressed predict predicts predicted promises promised vow vows vowed
  pledge pledged urge urges urged complain complains complained lament lamented boast boasts boasted brag
  bragged confirm confirms confirmed deny denies denied reports reported testify testified conclude concludes
  concluded reiterate reiterated assert asserts asserted allege alleges alleged charged mused muse muses
  sighed described called blast blasted slam slams slammed mock mocked praised criticize criticized
  criticised accuse accused demanded touted agree agreed agrees disagree disagreed retort retorted chimed
  interject interjected began begins ended opine opined reason reasoned recount recounted scoff scoffed snap
  snapped thunder thundered proclaim proclaimed concur concurred captioned messaged texted emailed surmise
  surmised surmises retaliate retaliated boomed touts protested commanded yelling shouting chanted cried
  plead pleaded pleads beg begged wonder wondered wonders marvel marveled marvelled quoted acknowledging
  echoed conceding predicting promising vowing pledging announcing elaborate elaborated elaborates clarify
  clarified pointed reiterates reiterating summarize summarized lecture lectured preach preached gush gushed
  rave raved raged fume fumed grumble grumbled groan groaned laughed observing stating
  commented commenting speculated speculates confided confides confessed confesses assured
  assures blurted muttered murmured advised advises implored crowed exulted tweets
`);

/** Gerunds that attach a quote to the subject of the sentence before them (", saying “...”"). */
export const SPEECH_GERUNDS = wordSet(`
  saying adding writing telling asking noting explaining calling declaring claiming arguing insisting
  warning tweeting posting continuing responding replying stating promising vowing pledging predicting
  suggesting acknowledging conceding admitting joking announcing recalling singing
`);

/** Verbs that only attribute a quote when it follows them closely (She called it “a disaster.”). */
export const WEAK_SPEECH_VERBS = wordSet(`called calling described describing began ended`);

/**
 * Words that may sit between a subject and its speech verb without breaking the link
 * ("Kim also said", "he has repeatedly said", "she would later write").
 */
export const VERB_PRECEDERS = wordSet(`
  also later then has had have was were is are would will could did does do had once again first
  previously recently still further simply just earlier subsequently reportedly famously never
  often frequently separately privately publicly initially finally quickly immediately even
`);

/** The end of a helping verb negated by a contraction ("didn't", "hasn’t", "Don't"). */
export const NEGATED_CONTRACTION = /n[’']t$/;

/**
 * Whether `word` may sit between a subject and its speech verb: one of VERB_PRECEDERS, or an adverb in -ly
 * of five letters or more written in lower case ("Cruz openly admitted", "she half-heartedly agreed"). The
 * attribution rules and the people finder both skip these on the way to the verb.
 */
export function isVerbHelper(word: string): boolean {
  return VERB_PRECEDERS.has(word) || isLyAdverb(word);
}

/** An adverb in -ly of five letters or more written in lower case ("openly", "reasonably"). */
export function isLyAdverb(word: string): boolean {
  const n = word.length;
  // (-ly by char codes first: most words are not, and lower-casing a word can cost more than the rest.)
  return (
    n > 4 && word.charCodeAt(n - 1) === 121 && word.charCodeAt(n - 2) === 108 && word === word.toLowerCase()
  );
}

/**
 * Verbs that are cues only right after a quote, where they cannot be nouns: “...,” the statement read. /
 * “...,” the document states. / “...,” the caption reads.
 */
export const AFTER_QUOTE_VERBS = wordSet(
  `read reads state states note notes post posts tweet tweets repeated`,
);
