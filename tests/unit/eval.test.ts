/** The scoring rules of scripts/eval.ts on small hand-made articles, so the figures mean what they say. */
import { describe, expect, test } from 'vitest';
import type { Analysis, Span, Statement } from '../../lib/index.ts';
import {
  goldSource,
  namesMatch,
  normalize,
  overlap,
  prf,
  quotedRanges,
  scoreArticle,
  size,
  type Article,
  type GoldAttribution,
} from '../../scripts/eval.ts';

/** The span of the `nth` occurrence of `part` in `text`. */
function at(text: string, part: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(part, start + 1);
  if (start < 0) throw new Error(`${JSON.stringify(part)} not in text`);
  return { start, end: start + part.length, text: part };
}

/** The quoted characters of `part` within `text`, as the strings they cover. */
function quotedTexts(text: string, part: string): string[] {
  return quotedRanges(text, at(text, part)).map(([s, e]) => text.slice(s, e));
}

describe('quoted characters of a gold content span', () => {
  test.each([
    ['curly quotes', '“We will win,” she said.', '“We will win,”', ['We will win,']],
    ['straight quotes', 'He said "no way" twice.', 'said "no way" twice', ['no way']],
    ['two quotes with text between', 'a "b c" d "e"', 'a "b c" d "e"', ['b c', 'e']],
    [
      'unquoted text around',
      'Trump called her “a disaster” on Monday.',
      'her “a disaster” on',
      ['a disaster'],
    ],
    [
      'an unclosed quote runs to the span end',
      '“First paragraph.\n\n“Second.”',
      '“First paragraph.',
      ['First paragraph.'],
    ],
    [
      'a first closing mark counts from the start',
      '“One.\n\nThese are not whistles.”',
      'These are not whistles.”',
      ['These are not whistles.'],
    ],
    [
      'nested single quotes stay inside',
      '“You say ‘accept it,’ then.”',
      '“You say ‘accept it,’ then.”',
      ['You say ‘accept it,’ then.'],
    ],
    [
      'straight quote reopened in a new paragraph',
      '"In 2012, 43 percent. "Without it, we lose."',
      '"In 2012, 43 percent. "Without it, we lose."',
      ['In 2012, 43 percent. "Without it, we lose.'],
    ],
    [
      "New York Times ''…''",
      "''This isn't reform,'' said Mr. Cole.",
      "''This isn't reform,''",
      ["This isn't reform,"],
    ],
    [
      'an apostrophe is not a mark',
      "He said ''it's the players' turn.''",
      "''it's the players' turn.''",
      ["it's the players' turn."],
    ],
    ['no quote marks', 'He said that it was fine.', 'it was fine', []],
  ])('%s', (_name, text, part, expected) => {
    expect(quotedTexts(text, part)).toEqual(expected);
  });
});

describe('names', () => {
  test.each([
    ['Tom Clarke', 'Mr. Clarke'],
    ['Michael Mulgrew', 'Mulgrew'],
    ['Donald Trump', 'Donald Trump’s'],
    ['Hillary Clinton', 'Rival Hillary Clinton'],
    ['the airline', 'The airline'],
    ['Barack Obama', 'President Obama'],
  ])('%s matches %s', (a, b) => {
    expect(namesMatch(a, b)).toBe(true);
  });

  test.each([
    ['Tom Clarke', 'Tom Cruise Clarkeson'],
    ['Kim', 'Kimberly'],
    ['Mr.', 'Mr. Smith'],
    ['Jessica Ditto', 'Jessica Alba'],
  ])('%s does not match %s', (a, b) => {
    expect(namesMatch(a, b)).toBe(false);
  });

  test('a swapped source and cue are swapped back', () => {
    const text = '“We’ll fight,” said Mulgrew.';
    const gold = {
      id: 'E1',
      source: [at(text, 'said')],
      cue: [at(text, 'Mulgrew')],
      content: [],
      quoted: true,
    };
    expect(goldSource(gold)).toEqual([at(text, 'Mulgrew')]);
    expect(goldSource({ ...gold, source: [at(text, 'Mulgrew')], cue: [at(text, 'said')] })).toEqual([
      at(text, 'Mulgrew'),
    ]);
  });
});

describe('character sets', () => {
  test('merge and overlap', () => {
    const a = normalize([
      [5, 10],
      [0, 3],
      [8, 12],
    ]);
    expect(a).toEqual([
      [0, 3],
      [5, 12],
    ]);
    expect(size(a)).toBe(10);
    expect(overlap(a, [[2, 6]])).toBe(2);
  });

  test('precision, recall and F1', () => {
    expect(prf(3, 4, 3, 6)).toEqual({ precision: 0.75, recall: 0.5, f1: 0.6 });
    expect(prf(0, 0, 0, 5)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('scoring one article', () => {
  const text = [
    '“We will win the vote,” Kim Kardashian said on Monday.',
    'Her rival, Mr. Smith, said the plan was “a disaster for the city.”',
    'Officials said the vote would go ahead. She saw the film “Get Out” twice.',
  ].join('\n');
  const attribution = (id: string, source: string, content: string, quoted: boolean): GoldAttribution => ({
    id,
    source: [at(text, source)],
    cue: [at(text, 'said', Number(id.slice(1)) - 1)],
    content: [at(text, content)],
    quoted,
  });
  const article: Article = {
    id: 'a1',
    split: 'dev',
    publisher: 'test',
    date: '2016-09-01',
    title: 't',
    text,
    attributions: [
      attribution('E1', 'Kim Kardashian', '“We will win the vote,”', true),
      attribution('E2', 'Mr. Smith', 'the plan was “a disaster for the city.”', true),
      attribution('E3', 'Officials', 'the vote would go ahead', false),
    ],
    chains: [[at(text, 'Mr. Smith'), at(text, 'Her')]],
  };
  const statement = (
    id: string,
    kind: Statement['kind'],
    words: string,
    speaker: Statement['speaker'],
  ): Statement => ({
    id,
    kind,
    text: words,
    spans: [at(text, words)],
    speaker,
    cue: null,
  });

  test('found quotes, false positives, speakers and indirect statements', () => {
    const analysis: Analysis = {
      people: [],
      statements: [
        // Found, speaker right by its mention.
        statement('s1', 'direct', 'We will win the vote,', { name: 'Kim', mention: at(text, 'Kim') }),
        // Found (covers more than half of the quoted characters), speaker wrong.
        statement('s2', 'partial', 'a disaster for', { name: 'Kim Kardashian' }),
        // A title, not a quote: a false positive.
        statement('s3', 'partial', 'Get Out', null),
        // Matches the gold indirect content exactly.
        statement('s4', 'indirect', 'the vote would go ahead', { name: 'Officials' }),
        // Indirect, but not gold.
        statement('s5', 'indirect', 'She saw the film', null),
      ],
    };
    const score = scoreArticle(article, analysis);
    expect(score.quote).toEqual({ gold: 2, found: 2, predicted: 3, correct: 2 });
    expect(score.falseQuotes.map((s) => s.id)).toEqual(['s3']);
    expect(score.speaker).toEqual({ judged: 2, right: 1, missing: 0 });
    expect(score.wrongSpeakers.map((w) => w.statement.id)).toEqual(['s2']);
    expect(score.indirect).toEqual({ gold: 1, found: 1, predicted: 2, correct: 1, matchedQuoted: 0 });
  });

  test('a false indirect statement that matches a quoted gold attribution is counted beside', () => {
    const analysis: Analysis = {
      people: [],
      statements: [
        // Reported speech holding a scare quote: indirect for the parser, quoted for PolNeAR (E2).
        statement('s1', 'indirect', 'the plan was “a disaster for the city.”', { name: 'Mr. Smith' }),
      ],
    };
    const score = scoreArticle(article, analysis);
    expect(score.indirect).toEqual({ gold: 1, found: 0, predicted: 1, correct: 0, matchedQuoted: 1 });
    expect(score.falseIndirect.map((s) => s.id)).toEqual(['s1']);
  });

  test('a short piece of a quote is not a find; a speaker named through the chain is right', () => {
    const analysis: Analysis = {
      people: [],
      statements: [
        statement('s1', 'partial', 'We will', null),
        statement('s2', 'partial', 'a disaster for the city.', { name: 'Smith' }),
      ],
    };
    const score = scoreArticle(article, analysis);
    expect(score.quote).toEqual({ gold: 2, found: 1, predicted: 2, correct: 2 });
    expect(score.missedQuotes.map((m) => m.gold.id)).toEqual(['E1']);
    expect(score.speaker).toEqual({ judged: 1, right: 1, missing: 0 });
  });

  test('a he/she speaker is judged by the person it is resolved to', () => {
    /** "<subject> spoke. He said the plan was dead.", the gold chain [subject, He], the speaker named so. */
    const judged = (subject: string, speaker: string, pronoun = 'He') => {
      const text = `${subject} spoke. He said the plan was dead.`;
      const gold: Article = {
        ...article,
        text,
        attributions: [
          {
            id: 'E1',
            source: [at(text, 'He')],
            cue: [at(text, 'said')],
            content: [at(text, 'the plan was dead')],
            quoted: false,
          },
        ],
        chains: [[at(text, subject), at(text, 'He')]],
      };
      const analysis: Analysis = {
        people: [],
        statements: [
          {
            id: 's1',
            kind: 'indirect',
            text: 'the plan was dead',
            spans: [at(text, 'the plan was dead')],
            speaker: { name: speaker, mention: at(text, pronoun) },
            cue: null,
          },
        ],
      };
      return scoreArticle(gold, analysis).pronoun;
    };
    expect(judged('Tom Reyes', 'Tom Reyes')).toEqual({ judged: 1, right: 1 });
    expect(judged('Tom Reyes', 'Dan Cole')).toEqual({ judged: 1, right: 0 });
    expect(judged('Tom Reyes', 'He')).toEqual({ judged: 1, right: 0 });
    // Not a he/she speaker: not judged.
    expect(judged('Tom Reyes', 'Tom Reyes', 'Tom Reyes')).toEqual({ judged: 0, right: 0 });
    // A chain that only describes ("The senator") names no one to judge by; with a name in it, it does.
    expect(judged('The Senator from Ohio', 'Tom Reyes')).toEqual({ judged: 0, right: 0 });
    expect(judged('Sen. Tom Reyes', 'Tom Reyes')).toEqual({ judged: 1, right: 1 });
  });

  test('a pronoun speaker counts only by its mention', () => {
    const analysis: Analysis = {
      people: [],
      statements: [statement('s2', 'partial', 'a disaster for the city.', { name: 'her' })],
    };
    expect(scoreArticle(article, analysis).speaker).toEqual({ judged: 1, right: 0, missing: 0 });
    const byMention: Analysis = {
      people: [],
      statements: [
        statement('s2', 'partial', 'a disaster for the city.', {
          name: 'her',
          mention: at(text, 'Mr. Smith'),
        }),
      ],
    };
    expect(scoreArticle(article, byMention).speaker).toEqual({ judged: 1, right: 1, missing: 0 });
  });
});
