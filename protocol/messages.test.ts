import { describe, expect, test } from 'vitest';
import {
  asAnalysisUpdated,
  asAnalyzeRequest,
  asAnalyzeResult,
  asRequest,
  MAX_PAGE_CHARS,
} from './messages.ts';

describe('asRequest', () => {
  test.each([
    [{ type: 'whosaid/get-analysis' }, { type: 'whosaid/get-analysis' }],
    [{ type: 'whosaid/get-analysis', extra: 1 }, { type: 'whosaid/get-analysis' }],
    [
      { type: 'whosaid/reveal', statementId: 's3' },
      { type: 'whosaid/reveal', statementId: 's3' },
    ],
    [{ type: 'whosaid/set-highlights' }, { type: 'whosaid/set-highlights' }],
    [
      { type: 'whosaid/set-highlights', enabled: false },
      { type: 'whosaid/set-highlights', enabled: false },
    ],
    [{ type: 'whosaid/set-highlights', enabled: 'no' }, { type: 'whosaid/set-highlights' }],
  ])('%j is the request %j', (message, request) => {
    expect(asRequest(message)).toEqual(request);
  });

  test.each([null, undefined, 'whosaid/get-analysis', 7, {}, { type: 'other' }, { type: 'whosaid/reveal' }])(
    '%j is not a request',
    (message) => {
      expect(asRequest(message)).toBeNull();
    },
  );
});

describe('asAnalysisUpdated', () => {
  test.each([0, 1, 250])('a notice of %i statements', (statements) => {
    expect(asAnalysisUpdated({ type: 'whosaid/analysis-updated', statements })).toEqual({
      type: 'whosaid/analysis-updated',
      statements,
    });
  });

  test.each([
    null,
    { type: 'whosaid/analysis-updated' },
    { type: 'whosaid/analysis-updated', statements: -1 },
    { type: 'whosaid/analysis-updated', statements: 1.5 },
    { type: 'whosaid/analysis-updated', statements: '3' },
    { type: 'whosaid/get-analysis', statements: 3 },
  ])('%j is not a notice', (message) => {
    expect(asAnalysisUpdated(message)).toBeNull();
  });
});

describe('asAnalyzeRequest', () => {
  test.each([
    ['an empty text', ''],
    ['a sentence', '“We will win,” she said.'],
    ['a text of exactly the cap', 'a'.repeat(MAX_PAGE_CHARS)],
  ])('%s is a request', (_what, text) => {
    expect(asAnalyzeRequest({ type: 'whosaid/analyze', text, extra: 1 })).toEqual({
      type: 'whosaid/analyze',
      text,
    });
  });

  test.each([
    ['null', null],
    ['a string', 'whosaid/analyze'],
    ['no text', { type: 'whosaid/analyze' }],
    ['a text that is not a string', { type: 'whosaid/analyze', text: ['a'] }],
    ['a text one over the cap', { type: 'whosaid/analyze', text: 'a'.repeat(MAX_PAGE_CHARS + 1) }],
    ['another type', { type: 'whosaid/get-analysis', text: 'a' }],
  ])('%s is not a request', (_what, message) => {
    expect(asAnalyzeRequest(message)).toBeNull();
  });
});

describe('asAnalyzeResult', () => {
  const analysis = { people: [], statements: [] };

  test.each([0, 3.25])('an analysis timed at %d ms is a result', (analyzeMs) => {
    expect(asAnalyzeResult({ analysis, analyzeMs })).toEqual({ analysis, analyzeMs });
  });

  test.each([
    ['no answer', undefined],
    ['null', null],
    ['no time', { analysis }],
    ['a negative time', { analysis, analyzeMs: -1 }],
    ['an infinite time', { analysis, analyzeMs: Infinity }],
    ['a time as a string', { analysis, analyzeMs: '3' }],
    ['no analysis', { analyzeMs: 1 }],
    ['an analysis without statements', { analysis: { people: [] }, analyzeMs: 1 }],
    ['an analysis with people not a list', { analysis: { people: {}, statements: [] }, analyzeMs: 1 }],
  ])('%s is not a result', (_what, answer) => {
    expect(asAnalyzeResult(answer)).toBeNull();
  });
});
