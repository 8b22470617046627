/**
 * The popup's pure parts: attribution text in every copy format, exports, filters. Expected strings are written
 * by hand from the statement and source below.
 */
import { describe, expect, test } from 'vitest';
import type { Analysis, Statement } from '../../lib/types.ts';
import type { AnalysisReply } from '../../protocol/messages.ts';
import {
  citation,
  formatDate,
  formatStatement,
  formatStatements,
  markdownAttribution,
  plainAttribution,
  quoteBody,
  sourceOf,
  standaloneBody,
  statementWords,
  type Source,
} from '../../protocol/attribution.ts';
import {
  csvCell,
  exportFileName,
  groupBySpeaker,
  peopleNotQuoted,
  toCsv,
  toJson,
  toMarkdown,
} from '../../entrypoints/popup/exports.ts';
import { matchesFilter, searchKey, NO_FILTER } from '../../entrypoints/popup/filter.ts';
import { selectionStatement } from '../../entrypoints/background/context-menu.ts';
import { isAnalysisReply } from '../../entrypoints/popup/target.ts';
import { badgeText } from '../../entrypoints/background/badge.ts';

const TEXT =
  '“We will win,” Mayor Dana Ortiz said. Lee Park said the plan was dead. Park called it “a fantasy budget.” ' +
  'Hanna Berg watched.';

function span(text: string, from = 0) {
  const start = TEXT.indexOf(text, from);
  if (start < 0) throw new Error(`not in TEXT: ${text}`);
  return { start, end: start + text.length, text };
}

const WIN: Statement = {
  id: 's1',
  kind: 'direct',
  text: 'We will win,',
  spans: [span('We will win,')],
  speaker: { name: 'Dana Ortiz', personId: 'p1', mention: span('Dana Ortiz') },
  cue: span('said'),
};
const DEAD: Statement = {
  id: 's2',
  kind: 'indirect',
  text: 'the plan was dead',
  spans: [span('the plan was dead')],
  speaker: { name: 'Lee Park', personId: 'p2', mention: span('Lee Park') },
  cue: span('said', TEXT.indexOf('Lee Park')),
};
const FANTASY: Statement = {
  id: 's3',
  kind: 'partial',
  text: 'a fantasy budget.',
  spans: [span('a fantasy budget.')],
  speaker: null,
  cue: span('called'),
};
const ANALYSIS: Analysis = {
  people: [
    { id: 'p1', name: 'Dana Ortiz', mentions: [span('Dana Ortiz')] },
    { id: 'p2', name: 'Lee Park', mentions: [span('Lee Park'), span('Park', TEXT.indexOf('Park called'))] },
    { id: 'p3', name: 'Hanna Berg', mentions: [span('Hanna Berg')] },
  ],
  statements: [WIN, DEAD, FANTASY],
};
const REPLY: AnalysisReply = {
  url: 'http://127.0.0.1:8000/budget.html?utm=1',
  title: 'Budget | The Harbor Ledger',
  analysis: ANALYSIS,
  timings: { totalMs: 4 },
  metadata: {
    title: 'Council passes the harbor budget',
    siteName: 'The Harbor Ledger',
    byline: 'By Sam Reyes',
    published: '2026-03-14T23:30:00-05:00',
    url: 'https://ledger.example/harbor-budget',
  },
};
const SOURCE: Source = sourceOf(REPLY);

describe('source', () => {
  test('metadata comes first, a leading "By" goes, the date is the one the page wrote', () => {
    expect(SOURCE).toEqual({
      title: 'Council passes the harbor budget',
      url: 'https://ledger.example/harbor-budget',
      site: 'The Harbor Ledger',
      byline: 'Sam Reyes',
      date: 'March 14, 2026',
    });
  });

  test('without metadata: the reply title and URL, the hostname as site', () => {
    expect(sourceOf({ title: 'Budget', url: 'https://www.ledger.example/a' })).toEqual({
      title: 'Budget',
      url: 'https://www.ledger.example/a',
      site: 'ledger.example',
    });
  });

  test.each([
    ['2026-01-02', 'January 2, 2026'],
    ['2025-12-31T23:59:59Z', 'December 31, 2025'],
    ['14 March 2026', undefined],
    ['2026-13-01', undefined],
    [undefined, undefined],
  ])('formatDate(%s) = %s', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });
});

describe('copy formats', () => {
  test.each([
    ['plain', WIN, '“We will win.” — Dana Ortiz, via The Harbor Ledger, March 14, 2026'],
    ['plain', DEAD, 'the plan was dead — Lee Park (reported), via The Harbor Ledger, March 14, 2026'],
    ['plain', FANTASY, '“a fantasy budget.”, via The Harbor Ledger, March 14, 2026'],
    [
      'markdown',
      WIN,
      '> We will win.\n>\n> — Dana Ortiz, in [Council passes the harbor budget](https://ledger.example/harbor-budget) ' +
        '(The Harbor Ledger, March 14, 2026)',
    ],
    [
      'markdown',
      DEAD,
      'the plan was dead — Lee Park (reported), in [Council passes the harbor budget](https://ledger.example/harbor-budget) ' +
        '(The Harbor Ledger, March 14, 2026)',
    ],
    [
      'citation',
      WIN,
      '“We will win.” Dana Ortiz, quoted in Sam Reyes, “Council passes the harbor budget,” The Harbor Ledger, ' +
        'March 14, 2026, https://ledger.example/harbor-budget.',
    ],
    [
      'citation',
      FANTASY,
      '“a fantasy budget.” Quoted in Sam Reyes, “Council passes the harbor budget,” The Harbor Ledger, ' +
        'March 14, 2026, https://ledger.example/harbor-budget.',
    ],
  ] as const)('%s: %s', (format, statement, expected) => {
    expect(formatStatement(statement, SOURCE, format)).toBe(expected);
  });

  test('several statements are separated by a blank line', () => {
    expect(formatStatements([WIN, WIN], { title: 'T', url: 'https://x.example/', site: '' }, 'plain')).toBe(
      '“We will win.” — Dana Ortiz\n\n“We will win.” — Dana Ortiz',
    );
  });

  test('plain without a source is the bare attribution', () => {
    expect(plainAttribution(WIN)).toBe('“We will win.” — Dana Ortiz');
  });

  test.each([
    [['We will win', 'We always do.'], 'We will win. We always do.'],
    [['We will win,', 'We always do.'], 'We will win. We always do.'],
    [['Why?', 'Because.'], 'Why? Because.'],
    [['We will win, and we will', 'win big.'], 'We will win, and we will win big.'],
    [['It ended', '“badly.”'], 'It ended ‘badly.’'],
  ])('a quote split around its cue: %j -> %j', (parts, expected) => {
    const spans = parts.map((text, i) => ({ start: i * 100, end: i * 100 + text.length, text }));
    expect(statementWords({ ...WIN, text: parts.join(' '), spans })).toBe(expected);
  });

  test('one span: the statement text', () => {
    expect(statementWords(WIN)).toBe('We will win,');
  });

  test('inner double quotes become single, line breaks one space', () => {
    expect(quoteBody('He said “no”\n\ntwice and "never" again')).toBe('He said ‘no’ twice and ‘never’ again');
  });

  test.each([
    ['direct', 'We will win,', 'We will win.'],
    ['direct', 'We will win', 'We will win'],
    ['partial', 'a fantasy,', 'a fantasy'],
    ['direct', 'Why not?', 'Why not?'],
  ] as const)('standalone %s %j -> %j', (kind, text, expected) => {
    expect(standaloneBody({ ...WIN, kind, text })).toBe(expected);
  });

  test('Markdown in page text is escaped', () => {
    const statement = { ...WIN, text: 'Use *bold* and [links](x)' };
    const source = { ...SOURCE, title: 'A [title]', date: undefined };
    expect(markdownAttribution(statement, source)).toBe(
      '> Use \\*bold\\* and \\[links\\](x)\n>\n> — Dana Ortiz, in [A \\[title\\]](https://ledger.example/harbor-budget) ' +
        '(The Harbor Ledger)',
    );
  });

  test('a citation whose title ends in a question mark gets no comma', () => {
    const source = { title: 'Will it open?', url: 'https://x.example/a', site: 'X' };
    expect(citation(WIN, source)).toBe(
      '“We will win.” Dana Ortiz, quoted in “Will it open?” X, https://x.example/a.',
    );
  });
});

describe('exports', () => {
  test('Markdown groups by speaker and lists the people not quoted', () => {
    expect(toMarkdown(REPLY, SOURCE)).toBe(
      [
        '# Statements in “Council passes the harbor budget”',
        '',
        'By Sam Reyes · The Harbor Ledger · March 14, 2026 · <https://ledger.example/harbor-budget>',
        '',
        '## Dana Ortiz (1)',
        '',
        '- “We will win,” (direct quote, said)',
        '',
        '## Lee Park (1)',
        '',
        '- the plan was dead (reported speech, said)',
        '',
        '## Unattributed (1)',
        '',
        '- “a fantasy budget.” (partial quote, called)',
        '',
        '## Named but not quoted',
        '',
        '- Hanna Berg',
        '',
      ].join('\n'),
    );
  });

  test('CSV has a header, one row per statement, quoted cells and CRLF', () => {
    const winStart = TEXT.indexOf('We will win,');
    expect(toCsv(REPLY, SOURCE).split('\r\n')).toEqual([
      'id,kind,speaker,cue,text,start,end,title,url',
      `s1,direct,Dana Ortiz,said,"We will win,",${winStart},${winStart + 12},Council passes the harbor budget,https://ledger.example/harbor-budget`,
      `s2,indirect,Lee Park,said,the plan was dead,${TEXT.indexOf('the plan')},${TEXT.indexOf('the plan') + 17},Council passes the harbor budget,https://ledger.example/harbor-budget`,
      `s3,partial,,called,a fantasy budget.,${TEXT.indexOf('a fantasy')},${TEXT.indexOf('a fantasy') + 17},Council passes the harbor budget,https://ledger.example/harbor-budget`,
      '',
    ]);
  });

  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['@SUM', "'@SUM"],
  ])('csvCell(%j) = %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  test('JSON is the Analysis plus where it came from', () => {
    expect(JSON.parse(toJson(REPLY))).toEqual({
      whosaid: 1,
      url: REPLY.url,
      title: REPLY.title,
      metadata: REPLY.metadata,
      analysis: ANALYSIS,
    });
  });

  test('file names come from the title', () => {
    expect(exportFileName(SOURCE, 'csv')).toBe('whosaid-council-passes-the-harbor-budget.csv');
    expect(exportFileName({ ...SOURCE, title: '¿¿??' }, 'json')).toBe('whosaid-page.json');
  });

  test('groups keep page order, unattributed last', () => {
    const groups = groupBySpeaker([FANTASY, WIN, DEAD, WIN]);
    expect([...groups.keys()]).toEqual(['Dana Ortiz', 'Lee Park', 'Unattributed']);
    expect(groups.get('Dana Ortiz')).toHaveLength(2);
  });

  test('speakers differing only in case are one group, under the first spelling', () => {
    const report = (id: string, name: string): Statement => ({ ...DEAD, id, speaker: { name } });
    const groups = groupBySpeaker([report('a', 'The report'), report('b', 'the report')]);
    expect([...groups.keys()]).toEqual(['The report']);
    expect(groups.get('The report')?.map((s) => s.id)).toEqual(['a', 'b']);
  });

  test('people not quoted: by person id or by name', () => {
    expect(peopleNotQuoted(ANALYSIS).map((p) => p.name)).toEqual(['Hanna Berg']);
    const byName = { ...ANALYSIS, statements: [{ ...WIN, speaker: { name: 'Hanna Berg' } }] };
    expect(peopleNotQuoted(byName).map((p) => p.name)).toEqual(['Dana Ortiz', 'Lee Park']);
  });
});

describe('filter', () => {
  test.each([
    [{ ...NO_FILTER }, ['s1', 's2', 's3']],
    [{ ...NO_FILTER, speaker: 'lee park' }, ['s2']],
    [{ ...NO_FILTER, speaker: 'unattributed' }, ['s3']],
    [{ ...NO_FILTER, kind: 'partial' as const }, ['s3']],
    [{ ...NO_FILTER, query: 'ORTIZ' }, ['s1']],
    [{ ...NO_FILTER, query: 'plan dead' }, ['s2']],
    [{ ...NO_FILTER, query: 'called' }, ['s3']],
    [{ ...NO_FILTER, query: 'win', speaker: 'lee park' }, []],
  ])('%j -> %j', (filter, ids) => {
    expect(ANALYSIS.statements.filter((s) => matchesFilter(s, filter)).map((s) => s.id)).toEqual(ids);
  });

  test('search ignores accents and quote styles', () => {
    expect(searchKey('“Café” – don’t')).toBe('"cafe" - don\'t');
  });
});

describe('background helpers', () => {
  test('the selected words keep the statement speaker, without the quote marks selected with them', () => {
    expect(selectionStatement(WIN, '“We will')).toEqual({ ...WIN, text: 'We will' });
    expect(selectionStatement(WIN, '  ')).toBe(WIN);
  });

  test.each([
    [null, ''],
    [0, ''],
    [7, '7'],
    [1000, '999+'],
  ])('badgeText(%s) = %j', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});

describe('reply check', () => {
  test('a whole reply passes', () => {
    expect(isAnalysisReply(REPLY)).toBe(true);
  });

  test.each([
    ['no analysis', { ...REPLY, analysis: undefined }],
    [
      'a statement of an unknown kind',
      { ...REPLY, analysis: { ...ANALYSIS, statements: [{ ...WIN, kind: 'rumour' }] } },
    ],
    [
      'a speaker without a name',
      { ...REPLY, analysis: { ...ANALYSIS, statements: [{ ...WIN, speaker: {} }] } },
    ],
    [
      'a cue that is a string',
      { ...REPLY, analysis: { ...ANALYSIS, statements: [{ ...WIN, cue: 'said' }] } },
    ],
    ['a person without mentions', { ...REPLY, analysis: { ...ANALYSIS, people: [{ id: 'p1', name: 'X' }] } }],
    ['no timings', { ...REPLY, timings: undefined }],
    ['a string', 'hello'],
  ])('%s fails', (_name, value) => {
    expect(isAnalysisReply(value)).toBe(false);
  });
});
