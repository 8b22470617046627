import { describe, expect, test } from 'vitest';
import type { Analysis, Span, Statement } from '../../lib/index.ts';
import { csvField, formatCsv } from '../../cli/format-csv.ts';
import { formatJson } from '../../cli/format-json.ts';
import { escapeMarkdown, formatMarkdown } from '../../cli/format-md.ts';
import { formatText } from '../../cli/format-text.ts';
import type { FileResult } from '../../cli/source.ts';
import { displayWidth, fold, renderTable } from '../../cli/table.ts';

// A hand-made Analysis, so these tests check the formats and not the parser.
const TEXT =
  'Ann Lee said: “We will win, and then we will win again, “big”, and win once more.”\n\n' +
  'The mayor said it was “a disaster | really*”. Nobody knows who wrote “line one\nline two”.';

function at(text: string, from = 0): Span {
  const start = TEXT.indexOf(text, from);
  if (start === -1) throw new Error(`not in TEXT: ${text}`);
  return { start, end: start + text.length, text };
}

const annQuote = 'We will win, and then we will win again, “big”, and win once more.';
const statements: Statement[] = [
  {
    id: 's1',
    kind: 'direct',
    text: annQuote,
    spans: [at(annQuote)],
    speaker: { name: 'Ann Lee', personId: 'p1', mention: at('Ann Lee') },
    cue: at('said'),
  },
  {
    id: 's2',
    kind: 'partial',
    text: 'a disaster | really*',
    spans: [at('a disaster | really*')],
    speaker: { name: 'the mayor', mention: at('The mayor') },
    cue: at('said', TEXT.indexOf('mayor')),
  },
  {
    id: 's3',
    kind: 'partial',
    text: 'line one line two',
    spans: [at('line one'), at('line two')],
    speaker: null,
    cue: null,
  },
];
const analysis: Analysis = {
  people: [{ id: 'p1', name: 'Ann Lee', gender: 'female', mentions: [at('Ann Lee')] }],
  statements,
};
const result: FileResult = { file: 'news/a.txt', text: TEXT, fromHtml: false, analysis };
const empty: FileResult = {
  file: 'b.txt',
  text: '',
  fromHtml: false,
  analysis: { people: [], statements: [] },
};

describe('csv', () => {
  test.each([
    ['plain', 'plain'],
    [12, '12'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
  ])('field %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test('a header and one CRLF row per statement, offsets of the first and last span', () => {
    const csv = formatCsv([result, empty]);
    const rows = csv.split('\r\n');
    expect(rows.at(-1)).toBe(''); // ends with CRLF
    expect(rows[0]).toBe('file,id,kind,speaker,cue,text,start,end');
    const start = TEXT.indexOf(annQuote);
    expect(rows[1]).toBe(
      `news/a.txt,s1,direct,Ann Lee,said,"${annQuote.replaceAll('"', '""')}",${start},${start + annQuote.length}`,
    );
    expect(rows[2]).toBe(
      `news/a.txt,s2,partial,the mayor,said,a disaster | really*,${at('a disaster').start},${at('really*').end}`,
    );
    // No speaker or cue: empty fields; two spans: from the first's start to the second's end.
    expect(rows[3]).toBe(
      `news/a.txt,s3,partial,,,line one line two,${at('line one').start},${at('line two').end}`,
    );
    expect(rows).toHaveLength(5);
  });
});

describe('markdown', () => {
  test.each([
    ['a | b', 'a \\| b'],
    ['*bold* _it_', '\\*bold\\* \\_it\\_'],
    ['<script>', '\\<script\\>'],
    ['[link](x)', '\\[link\\](x)'],
    ['two\nlines', 'two lines'],
  ])('escapes %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  test('a heading per file, a statement table with escaped cells, the people', () => {
    const md = formatMarkdown([result, empty]);
    expect(md).toContain('## news/a.txt\n\n3 statements, 1 person.\n');
    expect(md).toContain('| ID | Kind | Speaker | Cue | Statement |\n| --- | --- | --- | --- | --- |\n');
    expect(md).toContain('| s2 | partial | the mayor | said | “a disaster \\| really\\*” |');
    expect(md).toContain('| s3 | partial | ? | ? | “line one line two” |');
    expect(md).toContain('- Ann Lee (female, 1 mention)');
    expect(md).toContain('## b.txt\n\n0 statements, 0 people.\n');
    // Every table row has the same number of unescaped pipes.
    const rows = md.split('\n').filter((line) => line.startsWith('|'));
    expect(new Set(rows.map((row) => row.replaceAll('\\|', '').split('|').length))).toEqual(new Set([7]));
  });
});

describe('json', () => {
  test('one input: the Analysis itself', () => {
    expect(JSON.parse(formatJson([result], false))).toEqual(analysis);
  });

  test('HTML input: plus the text the offsets refer to', () => {
    const parsed = JSON.parse(formatJson([{ ...result, fromHtml: true }], false));
    expect(parsed.text).toBe(TEXT);
    const span = parsed.statements[0].spans[0];
    expect(parsed.text.slice(span.start, span.end)).toBe(span.text);
  });

  test('several inputs: an array labelled by file, even when only one is left', () => {
    expect(JSON.parse(formatJson([result, empty], true))).toEqual([
      { file: 'news/a.txt', ...analysis },
      { file: 'b.txt', people: [], statements: [] },
    ]);
    expect(JSON.parse(formatJson([empty], true))).toEqual([{ file: 'b.txt', people: [], statements: [] }]);
  });
});

describe('text', () => {
  test.each([40, 60, 100])('fits in %i columns and keeps every word', (width) => {
    const text = formatText([result], width);
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    const words = text.split(/\s+/).join(' ');
    for (const word of ['We', 'win,', 'once', 'more.”', '“line', 'two”', 'Ann', 'Lee', 'mayor']) {
      expect(words).toContain(word);
    }
  });

  test('one row per statement; unknown speaker and cue as "?"; people listed', () => {
    const lines = formatText([result], 100).split('\n');
    expect(lines[0]).toBe('== news/a.txt: 3 statements, 1 person');
    expect(lines[2]).toMatch(/^ID +KIND +SPEAKER +CUE +STATEMENT$/);
    expect(lines.find((l) => l.startsWith('s3'))).toMatch(/^s3 +partial +\? +\? +“line one line two”$/);
    expect(lines).toContain('People: Ann Lee (female, 1 mention)');
  });

  test('a statement column folds under itself', () => {
    const lines = formatText([result], 70).split('\n');
    const first = lines.findIndex((l) => l.startsWith('s1'));
    const column = (lines[first] ?? '').indexOf('“We');
    const next = lines[first + 1] ?? '';
    expect(next.slice(0, column).trim()).toBe('');
    expect(next.slice(column)).toMatch(/^\S/);
  });

  test('narrow: each statement is a heading line over its indented words', () => {
    const lines = formatText([result], 40).split('\n');
    const first = lines.indexOf('s1 direct: Ann Lee (said)');
    expect(lines.slice(first + 1, first + 3)).toEqual([
      '    “We will win, and then we will win',
      '    again, “big”, and win once more.”',
    ]);
    expect(lines).toContain('s3 partial: ? (?)');
  });

  test('control characters from the page never reach the terminal', () => {
    const evil = '\u001b[2J\u0007gone\u202e';
    const hostile: FileResult = {
      ...result,
      analysis: {
        people: [],
        statements: [{ ...statements[2]!, text: evil, speaker: { name: `x${evil}` } }],
      },
    };
    const text = formatText([hostile], 80);
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
    expect(text).toContain('\uFFFD[2J\uFFFDgone\uFFFD');
  });

  test('no statements', () => {
    expect(formatText([empty], 80)).toBe('== b.txt: 0 statements, 0 people\n\nNo statements found.\n');
  });
});

describe('table helpers', () => {
  test.each([
    ['abc', 3],
    ['“é”', 3],
    ['e\u0301', 1], // e + combining acute
    ['日本', 4],
    ['', 0],
  ])('displayWidth(%j) = %i', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  test.each([
    ['one two three four', 9, ['one two', 'three', 'four']],
    ['abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['a  b', 10, ['a b']],
    ['', 5, ['']],
    ['日本語の文', 4, ['日本', '語の', '文']],
  ])('fold(%j, %i)', (text, width, lines) => {
    expect(fold(text, width)).toEqual(lines);
  });

  test('a 2 MB word is cut in linear time', () => {
    const started = performance.now();
    const lines = fold('x'.repeat(2_000_000), 80);
    // Measuring the rest of the word after every cut took minutes.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(lines).toHaveLength(25_000);
    expect(lines.every((line) => line.length === 80)).toBe(true);
  });

  test('narrow: the other columns shrink before the last goes under its minimum', () => {
    const columns = [
      { header: 'A', min: 3, max: 20 },
      { header: 'B', min: 10, max: Infinity },
    ];
    const lines = renderTable(columns, [['aaaaaaaaaaaaaaaaaaaa', 'bbbb bbbb bbbb']], 20);
    // 20 columns: 2 for the gap, 10 for B, so A takes 8.
    expect(lines).toEqual(['A         B', 'aaaaaaaa  bbbb bbbb', 'aaaaaaaa  bbbb', 'aaaa']);
  });
});
