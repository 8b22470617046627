import { wordSet } from './words.ts';

/**
 * Reporting verbs that take a content clause with or without "that": "He said the tour would be his last",
 * "Kanye claimed that his wife ...". Written in lower case, every form a news story uses. Forms that are
 * mostly nouns are left out ("states", "remarks", "worries", "report", "claim" needs its subject right
 * before it), as are words whose uses on PolNeAR train were attributions less than half the time
 * ("appears", "seemed", "thought", "feel"). "know", "knows", "knew" are here and in THAT_VERBS: with a
 * clause they report ("Clinton knows Sanders will run"), with a noun they do not ("knew Ali for decades").
 * Beliefs PolNeAR annotates ("fear", "worry", "doubt", "suspect", "assume") were kept where more than half
 * of their statements on PolNeAR train matched an attribution.
 */
export const CLAUSE_VERBS = wordSet(`
  decided disputes disputed say says said claim claims claimed argue argues argued insist insists insisted
  maintain maintains maintained contend contends contended assert asserts asserted add adds added note
  notes noted suggest suggests suggested acknowledge acknowledges acknowledged admit admits admitted
  concede concedes conceded warn warns warned predict predicts predicted believe believes believed think
  thinks felt hope hopes hoped feared worried estimate estimates estimated allege alleges alleged charged
  explain explains explained stress stresses stressed emphasize emphasizes emphasized emphasised repeat
  repeats repeated reiterate reiterates reiterated write writes wrote tweets tweeted posts posted testify
  testifies testified stated declare declares declared recall recalls recalled complain complains
  complained boast boasts boasted countered speculate speculates speculated agree agrees agreed conclude
  concludes concluded promise promises promised vow vows vowed pledge pledges pledged swear swears swore
  confirm confirms confirmed announce announces announced reports reported reveal reveals revealed indicate
  indicates indicated expect expects expected guess guessed figured reckon reckons reasoned observe
  observes observed remarked joked quipped concede deny denies denied disclose discloses disclosed caution
  cautions cautioned know knows knew fear fears worry worries doubt doubted suspect suspects suspected
  assume bragged brags lamented acknowledging insisting see sees understands realized argue argues wonder
  wondered insists
`);

/**
 * Reporting verbs that make a statement only before an explicit "that": "The study found that ...",
 * "Polls show that ..." (without it they take a noun: "found the keys", "show the way").
 */
export const THAT_VERBS = wordSet(`
  find finds found show shows showed shown know knows knew learn learns learned learnt understand
  understands understood realize realizes realized recognize recognizes recognized demonstrate demonstrates
  demonstrated prove proves proved imply implies implied signal signals signaled mention mentions mentioned
  reply replies replied respond responds responded ruled rules answer answered
`);

/** Verbs whose hearer comes between verb and clause: "told reporters that ...", "assured voters he ...". */
export const OBJECT_VERBS = wordSet(`
  tell tells told telling assure assures assured reminding remind reminds reminded inform informs informed warn warns warned
  convince convinces convinced persuade persuaded promise promises promised advise advises advised notify
  notified caution cautioned
`);

/** Gerunds that report for the subject of their sentence: "..., saying the plan would fail". */
export const REPORTING_GERUNDS = wordSet(`
  saying adding arguing noting claiming insisting warning suggesting explaining telling writing contending
  asserting stressing acknowledging predicting confirming denying reporting revealing emphasizing disputing
  stating declaring implying mentioning tweeting reminding
`);

/**
 * Nouns that head a non-person source phrase, besides the parser's SOURCE_NOUNS (lexicon/roles.ts):
 * "a campaign official", "the newspaper", "new filings".
 */
export const SOURCE_HEADS = wordSet(`
  official officials source sources spokesperson spokesman spokeswoman spokespeople company campaign poll
  polls survey surveys study studies data figures analysis report reports newspaper paper network website
  site magazine outlet outlets agency ministry department government administration police military army
  committee panel court judge jury commission council board firm bank group groups organization
  organisation union party authorities officers investigators prosecutors lawmakers critics supporters
  opponents experts analysts economists scientists researchers observers aides allies advisers advisors
  insiders people person filings filing records documents memo estimates statement release officer aide
  lawyer lawyers attorney attorneys representatives representative campaigns team staff family friends
  friend relatives neighbors residents witnesses voters members leaders percent majority half third thirds quarter
  quarters plurality minority respondents women men
`);

/**
 * Heads of phrases that look like sources but are texts without a speaker: laws and documents quoted
 * by the writer ("The law says that ...", "Section 4 states that ..."). They make no statement.
 */
export const DOCUMENT_HEADS = wordSet(`
  law laws statute statutes constitution amendment bill act section clause article rule rules regulation
  regulations code sign signs label labels headline headlines caption verse passage dictionary definition
  text wording order treaty charter provision provisions ordinance
`);

/**
 * Words right before a cue word that make it something else: "the said agreement", "all told",
 * "truth be told", "needless to say", "That said, ...", "having said that".
 */
export const NOT_CUE_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'said',
    wordSet(`
  the a an this that these those such having be is was were been being it's
`),
  ],
  [
    'told',
    wordSet(`
  all be is was were been being get gets got getting
`),
  ],
  [
    'say',
    wordSet(`
  to
`),
  ],
  [
    'found',
    wordSet(`
  be is was were been being
`),
  ],
  [
    'shown',
    wordSet(`
  be is was were been being
`),
  ],
  [
    'thought',
    wordSet(`
  be is was were been being the a an second
`),
  ],
  [
    'reported',
    wordSet(`
  be is was were been being the a an
`),
  ],
  [
    'alleged',
    wordSet(`
  the a an his her their its be is was were
`),
  ],
  [
    'expected',
    wordSet(`
  be is was were been being the a an
`),
  ],
  [
    'estimated',
    wordSet(`
  be is was were been being an
`),
  ],
  [
    'stated',
    wordSet(`
  the a an its his her their be is was were
`),
  ],
  [
    'charged',
    wordSet(`
  be is was were been being
`),
  ],
  [
    'posted',
    wordSet(`
  be is was were been being
`),
  ],
]);

/**
 * Words that, as the first word after a cue, show it takes no clause: "said goodbye", "thought about",
 * "believes in", "warned against", "added to".
 */
export const NOT_CLAUSE_AFTER = wordSet(`
  about of in for to against with by so yes little as aboard twice again during inside outside near under
  behind upon goodbye hello sorry thanks them him me us
`);

/** Subjects of a clause: these may open a content clause written without "that". */
export const CLAUSE_OPENERS = wordSet(`
  he she they it we i you there this these those the a an his her their its our my your some many most no
  every all both each any another one two three four five six seven eight nine ten several few nobody
  everyone everybody someone somebody nothing everything something people too more only nearly almost just
  even
`);

/**
 * Words that show a finite verb (modals, be/have/do): a phrase after a cue holding one reads as a clause
 * ("said the tour would be his last"), one without one as a noun ("said the same thing").
 */
export const FINITE_HINTS = wordSet(`
  will would could can should may might must shall won't wouldn't can't couldn't shouldn't cannot is are
  was were be been isn't aren't wasn't weren't has have had hasn't haven't hadn't does do did doesn't don't
  didn't need needs wants wanted plans planned intends intended went came made took got gave knew saw found
  left lost won ran paid met kept held brought began became fell felt meant sent spent stood understood
  wrote told said thought tried want say think believe know support oppose feel expect agree plan hope see
  like
`);

/**
 * Words after ", and" / ", but" that open a new clause of the writer's, ending the reported one
 * (", and he compared ...").
 */
export const NEW_CLAUSE_SUBJECTS = wordSet(`
  he she they i we it
`);

/** Coordinators that end a reported clause when a new subject or a new verb of the writer's follows. */
export const CLAUSE_COORDINATORS = wordSet(`
  and but while yet so whereas
`);

/** Words after a comma that open a relative or comparison clause of the writer's ("..., in which ..."). */
export const CLAUSE_ENDERS_AFTER_COMMA = wordSet(`
  compared according
`);

/** Time words that may sit between a cue and its clause: "said Tuesday that", "said last week the". */
export const TIME_WORDS = wordSet(`
  monday tuesday wednesday thursday friday saturday sunday yesterday today tonight earlier later last this
  next week month year morning afternoon evening night recently previously again also repeatedly publicly
  privately once often then now separately
`);

/** Prepositions that open an adjunct between a cue and "that": "said in a statement that ...". */
export const ADJUNCT_PREPOSITIONS = wordSet(
  `
  on in at during after before while from with for via over through to
`,
);

/**
 * Verbs whose object is what the source said, asked for or stood by: "Clinton cited derogatory comments ...",
 * "Trump urged supporters to monitor polling places", "Sanders has called for a ban ...". The object (to the
 * end of its clause) is the content. Chosen from PolNeAR train, where most uses of these words are
 * attributions ("focused on", "voted for", "unveiled", "questions" were tried and left out: their
 * statements matched an attribution less than half the time).
 */
export const OBJECT_CONTENT_VERBS = wordSet(`
  criticized criticised criticizes criticize defended defends defend praised praises praise cited cites
  cite questioned rejected rejects reject accused accuses accuse urged urges urge demanded demanding
  proposed proposes propose mentioned mentions described describes expressed expresses blamed blames
  welcomed welcomes condemned condemns denounced denounces dismissed dismisses highlighted highlights
  slammed slams blasted blasts supported opposed opposes announced announces recalled recalls acknowledged
  acknowledges revealed reveals confirmed confirms denied denies defending criticizing questioning
  demanding urging praising mocked mocks blasting discussed discusses championed champions listed lists
  thanked thanks assailed assails echoed echoes decried decries portrayed portrays applauded voiced voices
  recommended recommends ordered orders forecast projected invoked lambasted hailed hails attacked attacks
  endorsed endorses backed backs encouraging encouraged encourages promoting blaming rejecting denying
  dismissing welcoming condemning endorsing citing accusing touting denouncing highlighting thanking
  describing announcing recalling proposing alleging blasting mocking attacking slamming discuss
  discussing backing endorse extolled extols touted touts mention offered offering details challenged
  consider considers prefer prefers preferred oppose blame describe promote referenced likened expressing
`);

/** Particles a content-object verb takes before its object: "called for", "pointed to", "warned of". */
export const CONTENT_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['called', wordSet('for on')],
  ['calls', wordSet('for on')],
  ['calling', wordSet('for on')],
  ['pointed', wordSet('to out')],
  ['points', wordSet('to out')],
  ['warned', wordSet('of about against')],
  ['warns', wordSet('of about against')],
  ['complained', wordSet('about of')],
  ['insisted', wordSet('on')],
  ['talked', wordSet('about')],
  ['asked', wordSet('for about whether if')],
  ['asking', wordSet('for about whether if')],
  ['railed', wordSet('against')],
  ['pointing', wordSet('to out')],
  ['pleaded', wordSet('with for')],
  ['referring', wordSet('to')],
  ['refers', wordSet('to')],
  ['call', wordSet('for on')],
  ['talks', wordSet('about')],
  ['pushed', wordSet('for')],
  ['pushing', wordSet('for')],
  ['argued', wordSet('for against')],
  ['point', wordSet('to out')],
  ['laid', wordSet('out')],
  ['lays', wordSet('out')],
  ['weighed', wordSet('in')],
  ['spoke', wordSet('about of out')],
  ['lashed', wordSet('out')],
  ['balked', wordSet('at')],
  ['apologized', wordSet('for')],
]);

/** Words that open an adverbial clause of the writer's and so end an object ("... because ...", "... when ..."). */
export const SUBORDINATORS = wordSet(`
  because when while after before since although though if despite until unless whereas once
`);

/**
 * Verbs whose content is a to-infinitive, "to" included: "Trump vowed to repeal the law", "She declined to
 * comment on the case". With a noun instead ("promised the site to a film company") they report nothing.
 */
export const TO_VERBS = wordSet(`
  promised promises vowed vows pledged pledges refused refuses declined declines threatened threatens
  offered offers plans plan planned hopes hope hoped intends intend intended decided decides promising
  hoping refusing threatening wants want wanted sought seeks seek vowing pledging planning seeking agreed
  agrees agree
`);

/**
 * Verbs that report what a poll, a study or a video shows when their subject is one of EVIDENCE_HEADS:
 * "Polls show a close contest in the state", "one study found Trump would raise taxes".
 */
export const EVIDENCE_VERBS = wordSet(`
  show shows showed shown find finds found suggest suggests suggested
`);

/** Heads of non-person sources that show or find things: "a USA TODAY analysis", "Video of the incident". */
export const EVIDENCE_HEADS = wordSet(`
  poll polls survey surveys study studies analysis analyses data figures numbers video videos footage
  report reports records documents filings average averages research review audit tally estimates results
  census model models transcript photos images polling emails records polls panel court judge jury
  committee investigation inquiry probe
`);
