import { describe, expect, test } from 'vitest';
import { asAnalysisUpdated, asRequest } from './messages.ts';

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
