/**
 * Article fixtures (STYLE.md habit 10): every tests/fixtures/articles/NAME.txt is analyzed and compared with
 * the hand-written NAME.expected.json beside it (its `_format` block, in sample.expected.json, says what each
 * field means). The project's seed article, in shared/seeds beside the repository, is checked the same way
 * against tests/fixtures/seed.expected.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/index.ts';
import type { Analysis, Statement, StatementKind } from '../../lib/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTICLES = join(ROOT, 'tests/fixtures/articles');
const SEEDS = resolve(ROOT, '../shared/seeds');

interface ExpectedStatement {
  kind: StatementKind;
  speaker: string | null;
  cue?: string;
  textStartsWith: string;
  textEndsWith: string;
  spanCount?: number;
}

interface Expected {
  /** Statement kinds the list covers; all kinds when absent. */
  checkKinds?: StatementKind[];
  statements: ExpectedStatement[];
  people: string[];
  genders?: Record<string, 'female' | 'male'>;
  mentionCounts?: Record<string, number>;
  notPeople?: string[];
  notStatements?: string[];
}

/** Speaker names compare case-insensitively, without a leading "the". */
function speakerKey(name: string | null | undefined): string | null {
  return name ? name.toLowerCase().replace(/^the\s+/, '') : null;
}

/** Trailing . , ; : are the writer's punctuation, not part of what is compared. */
function trimEnd(text: string): string {
  return text.replace(/[.,;:\s]+$/, '');
}

/** One statement as the expectations describe it, for readable failures. */
function describeStatement(s: Statement, e: ExpectedStatement) {
  const text = s.text;
  return {
    kind: s.kind,
    speaker: speakerKey(s.speaker?.name),
    cue: e.cue === undefined ? undefined : s.cue?.text,
    textStartsWith: text.startsWith(e.textStartsWith) ? e.textStartsWith : text.slice(0, 60),
    textEndsWith: trimEnd(text).endsWith(trimEnd(e.textEndsWith)) ? e.textEndsWith : text.slice(-60),
    spanCount: e.spanCount === undefined ? undefined : s.spans.length,
  };
}

/** Registers the checks of one article against its expectations. */
function checkArticle(name: string, text: string, expected: Expected): void {
  describe(name, () => {
    const analysis: Analysis = analyze(text);
    const kinds = expected.checkKinds;
    const statements = analysis.statements.filter((s) => !kinds || kinds.includes(s.kind));

    test('statements, in document order', () => {
      const none: ExpectedStatement = { kind: 'direct', speaker: null, textStartsWith: '', textEndsWith: '' };
      expect(statements.map((s, i) => describeStatement(s, expected.statements[i] ?? none))).toEqual(
        expected.statements.map((e) => ({ ...e, speaker: speakerKey(e.speaker) })),
      );
    });

    test('every span covers its text', () => {
      for (const s of analysis.statements) {
        for (const sp of s.spans) expect(text.slice(sp.start, sp.end)).toBe(sp.text);
      }
      for (const p of analysis.people) {
        for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    });

    test('people, once each, in order of first mention', () => {
      expect(analysis.people.map((p) => p.name)).toEqual(expected.people);
    });

    test.each(Object.entries(expected.genders ?? {}))('%s is %s', (person, gender) => {
      expect(analysis.people.find((p) => p.name === person)?.gender).toBe(gender);
    });

    test.each(Object.entries(expected.mentionCounts ?? {}))('%s has %i mentions', (person, count) => {
      expect(analysis.people.find((p) => p.name === person)?.mentions.length).toBe(count);
    });

    test.each(expected.notPeople ?? [])('%s is not a person', (word) => {
      const names = analysis.people.flatMap((p) => [p.name, ...p.mentions.map((m) => m.text)]);
      expect(names).not.toContain(word);
    });

    test.each(expected.notStatements ?? [])('“%s” is not a statement', (words) => {
      expect(analysis.statements.map((s) => trimEnd(s.text))).not.toContain(trimEnd(words));
    });
  });
}

const names = readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length))
  .sort();

test('every article fixture has its expectations', () => {
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(existsSync(join(ARTICLES, `${name}.expected.json`)), name).toBe(true);
});

for (const name of names) {
  const text = readFileSync(join(ARTICLES, `${name}.txt`), 'utf8');
  const expected = JSON.parse(readFileSync(join(ARTICLES, `${name}.expected.json`), 'utf8')) as Expected;
  checkArticle(name, text, expected);
}

// The seed article lives in shared/seeds beside the repository (as on every machine and in CI).
const seedFile = existsSync(SEEDS) ? readdirSync(SEEDS).find((f) => /^000_.*\.txt$/.test(f)) : undefined;

test('the seed article is beside the repository', () => {
  expect(seedFile, `no 000_*.txt in ${SEEDS}`).toBeDefined();
});

if (seedFile) {
  const expected = JSON.parse(
    readFileSync(join(ROOT, 'tests/fixtures/seed.expected.json'), 'utf8'),
  ) as Expected;
  checkArticle('seed article', readFileSync(join(SEEDS, seedFile), 'utf8'), expected);
}
