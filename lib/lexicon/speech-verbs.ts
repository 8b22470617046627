import { wordSet } from './words.ts';

/**
 * Verbs that attribute words to a speaker, in every form a news story uses them ("said", "says", "saying").
 * A quote next to one of these, with a subject or an inverted subject ("said Kim"), has a speaker.
 */
export const SPEECH_VERBS = wordSet(`
  say says said saying tell tells told telling add adds added adding ask asks asked asking
  write writes wrote writing written tweet tweets tweeted tweeting post posts posted posting
  continue continues continued continuing explain explains explained explaining note notes noted noting
  state states stated declare declares declared declaring claim claims claimed claiming
  argue argues argued arguing insist insists insisted insisting reply replies replied replying
  respond responds responded responding answer answers answered recall recalls recalled recalling
  warn warns warned warning announce announces announced acknowledge acknowledges acknowledged
  admit admits admitted admitting suggest suggests suggested suggesting concede concedes conceded
  observe observes observed remark remarks remarked joke jokes joked joking quip quips quipped
  shout shouts shouted yell yells yelled exclaim exclaimed whisper whispered caution cautioned
  counter counters countered contend contends contended maintain maintains maintained
  emphasize emphasizes emphasized emphasised stress stresses stressed predict predicts predicted
  promise promises promised vow vows vowed pledge pledged urge urges urged complain complains complained
  lament lamented boast boasts boasted brag bragged confirm confirms confirmed deny denies denied
  report reports reported testify testified conclude concludes concluded reiterate reiterated
  assert asserts asserted allege alleges alleged charge charged mused muse muses sighed
  describe describes described call calls called blast blasted slam slams slammed mock mocked
  praise praised criticize criticized criticised accuse accused demand demanded demands
  tout touted agree agreed agrees disagree disagreed retort retorted chimed interject interjected
  begin began begins end ended ends opine opined reason reasoned recount recounted read reads
  scoff scoffed snap snapped thunder thundered proclaim proclaimed concur concurred
  caption captioned captions message messaged text texted email emailed surmise surmised surmises
  retaliate retaliated boom boomed tout touts protest protested protests command commanded yell yelling
  shouting shouted chant chanted chants cry cried cries plead pleaded pleads beg begged wonder wondered
  wonders marvel marveled marvelled insist quote quoted quotes explain acknowledge acknowledging
  echo echoed echoes add concede conceding predict predicting promise promising vowing pledging
  announcing admit reply replied elaborate elaborated elaborates clarify clarified recall recalling
  point pointed points write reiterates reiterating summarize summarized lecture lectured preach preached
  gush gushed rave raved rage raged fume fumed grumble grumbled groan groaned laugh laughed laughs
  declared told remarked observing noting stating
`);

/** Gerunds that attach a quote to the subject of the sentence before them (", saying “...”"). */
export const SPEECH_GERUNDS = wordSet(`
  saying adding writing telling asking noting explaining calling declaring claiming arguing insisting
  warning tweeting posting continuing responding replying stating
`);

/** Verbs that only attribute a quote when it follows them closely (She called it “a disaster.”). */
export const WEAK_SPEECH_VERBS = wordSet(
  `call calls called describe describes described read reads begin began begins end ended ends`,
);

/**
 * Words that may sit between a subject and its speech verb without breaking the link
 * ("Kim also said", "he has repeatedly said", "she would later write").
 */
export const VERB_PRECEDERS = wordSet(`
  also later then has had have was were is are would will could did does do had once again first
  previously recently still further simply just earlier subsequently reportedly famously never
  often frequently separately privately publicly initially finally quickly immediately even
`);
