import { describe, expect, test } from 'vitest';
import { analyze } from '../lib/index.ts';
import { mergeAnalyses, splitText } from './chunks.ts';

describe('splitText', () => {
  const para = (n: number) => `Paragraph ${n} has a few words in it.`; // 35 characters
  const text = [1, 2, 3, 4, 5, 6].map(para).join('\n\n');

  test('chunks cover the text in order, at paragraph breaks, within the size', () => {
    const chunks = splitText(text, 80);
    expect(chunks.map((c) => text.slice(c.start, c.end)).join('')).toBe(text);
    for (const c of chunks) expect(c.end - c.start).toBeLessThanOrEqual(80);
    // Each chunk after the first starts at a paragraph.
    for (const c of chunks.slice(1)) expect(text.slice(c.start)).toMatch(/^Paragraph \d/);
    // Without context chars, each chunk is analyzed alone.
    for (const c of chunks) expect(c.context).toBe(c.start);
    expect(chunks.length).toBe(3);
  });

  test.each([
    ['a text shorter than the size is one chunk', 'short text', 100, 1],
    ['a text without breaks is cut at spaces', 'word '.repeat(50), 40, 7],
    ['a text without spaces is cut hard', 'x'.repeat(100), 30, 4],
    ['an empty text is one empty chunk', '', 10, 1],
  ])('%s', (_name, input, size, count) => {
    const chunks = splitText(input, size);
    expect(chunks.length).toBe(count);
    expect(chunks.map((c) => input.slice(c.start, c.end)).join('')).toBe(input);
  });

  test('chunks after the first may be larger (laterChars)', () => {
    // Paragraphs of 35 characters and 2-character breaks: the first chunk holds two, the next ones four.
    const long = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(para).join('\n\n');
    const chunks = splitText(long, 80, 0, 160);
    expect(chunks.map((c) => long.slice(c.start, c.end)).join('')).toBe(long);
    expect(chunks.map((c) => long.slice(c.start, c.end).match(/Paragraph/g)?.length)).toEqual([2, 4, 4]);
    // A cut depends only on the text before it: a longer text keeps the same first cuts.
    const longer = `${long}\n\n${para(11)}`;
    expect(splitText(longer, 80, 0, 160).slice(0, 2)).toEqual(chunks.slice(0, 2));
  });

  test('a size that is not positive is a programmer error', () => {
    expect(() => splitText('abc', 0)).toThrow(/maxChars must be positive/);
    expect(() => splitText('abc', 10, 0, 0)).toThrow(/laterChars must be positive/);
  });
});

describe('mergeAnalyses', () => {
  const paragraphs = [
    '“We will rebuild the pier,” said Ann Lee, the mayor of the town.',
    'The council met for four hours on Tuesday and argued about the budget.',
    '“The money is not there,” said Tom Becker, who chairs the finance committee.',
    '“We will find it,” said Ann Lee after the vote was taken late that night.',
  ];
  const text = paragraphs.join('\n\n');

  test('chunked analysis of independent paragraphs equals the whole analysis', () => {
    const whole = analyze(text);
    const chunks = splitText(text, 150);
    expect(chunks.length).toBeGreaterThan(1);
    const merged = mergeAnalyses(
      text,
      chunks.map((chunk) => ({ chunk, analysis: analyze(text.slice(chunk.context, chunk.end)) })),
    );
    expect(merged.statements.map((s) => [s.id, s.text, s.speaker?.name])).toEqual(
      whole.statements.map((s) => [s.id, s.text, s.speaker?.name]),
    );
    expect(merged.people.map((p) => [p.id, p.name, p.mentions.length])).toEqual(
      whole.people.map((p) => [p.id, p.name, p.mentions.length]),
    );
    // Offsets point into the whole text, and speakers point at merged people.
    for (const s of merged.statements) {
      for (const span of s.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
      if (s.speaker?.personId)
        expect(merged.people.find((p) => p.id === s.speaker!.personId)?.name).toBe(s.speaker.name);
    }
    const annLee = merged.people.find((p) => p.name === 'Ann Lee')!;
    expect(annLee.mentions.map((m) => m.start)).toEqual([
      text.indexOf('Ann Lee'),
      text.lastIndexOf('Ann Lee'),
    ]);
  });

  test('with context before each chunk, a pronoun right after a cut keeps its speaker, and nothing is doubled', () => {
    const story = [
      '“We will rebuild the pier,” said Ann Lee, the mayor of the town, on Monday morning.',
      '“It will take two years,” she said, standing by the old harbour wall with the engineers.',
    ].join('\n\n');
    const chunks = splitText(story, 100, 200);
    expect(chunks.map((c) => story.slice(c.start, c.end).slice(0, 12))).toEqual([
      '“We will reb',
      '“It will tak',
    ]);
    expect(chunks[1]!.context).toBe(0);
    const merged = mergeAnalyses(
      story,
      chunks.map((chunk) => ({ chunk, analysis: analyze(story.slice(chunk.context, chunk.end)) })),
    );
    expect(merged).toEqual(analyze(story));
  });

  test('a short name in a later chunk is the person of an earlier one, under the fullest name', () => {
    const text = '“Yes,” said Ann Lee.\n\n“No,” Lee said.\n\n“Maybe,” Marco said.';
    const at = (needle: string, from = 0) => {
      const start = text.indexOf(needle, from);
      return { start, end: start + needle.length, text: needle };
    };
    const local = (span: { start: number; end: number; text: string }, by: number) => ({
      ...span,
      start: span.start - by,
      end: span.end - by,
    });
    const second = text.indexOf('“No');
    const third = text.indexOf('“Maybe');
    const merged = mergeAnalyses(text, [
      {
        chunk: { start: 0, end: second, context: 0 },
        analysis: {
          people: [{ id: 'p1', name: 'Ann Lee', mentions: [at('Ann Lee')] }],
          statements: [
            {
              id: 's1',
              kind: 'direct',
              text: 'Yes,',
              spans: [at('Yes,')],
              speaker: { name: 'Ann Lee', personId: 'p1' },
              cue: null,
            },
          ],
        },
      },
      {
        chunk: { start: second, end: third, context: second },
        analysis: {
          people: [{ id: 'p1', name: 'Lee', mentions: [local(at('Lee', second), second)] }],
          statements: [
            {
              id: 's1',
              kind: 'direct',
              text: 'No,',
              spans: [local(at('No,'), second)],
              speaker: { name: 'Lee', personId: 'p1' },
              cue: null,
            },
          ],
        },
      },
      {
        // "Marco" is nobody known: stays as it is.
        chunk: { start: third, end: text.length, context: third },
        analysis: {
          people: [],
          statements: [
            {
              id: 's1',
              kind: 'direct',
              text: 'Maybe,',
              spans: [local(at('Maybe,'), third)],
              speaker: { name: 'Marco' },
              cue: null,
            },
          ],
        },
      },
    ]);
    expect(merged.people).toEqual([
      { id: 'p1', name: 'Ann Lee', mentions: [at('Ann Lee'), at('Lee', second)] },
    ]);
    expect(merged.statements.map((s) => [s.id, s.text, s.speaker])).toEqual([
      ['s1', 'Yes,', { name: 'Ann Lee', personId: 'p1' }],
      ['s2', 'No,', { name: 'Ann Lee', personId: 'p1' }],
      ['s3', 'Maybe,', { name: 'Marco' }],
    ]);
  });

  test('one chunk is returned as it is', () => {
    const analysis = analyze(text);
    expect(mergeAnalyses(text, [{ chunk: { start: 0, end: text.length, context: 0 }, analysis }])).toBe(
      analysis,
    );
  });
});
