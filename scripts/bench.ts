/**
 * `npm run bench [-- --limit N] [--out DIR]`: time per article of three text passes over the PolNeAR texts
 * (dev + train, /work/shared/corpora/polnear; `POLNEAR_DIR` overrides), in one process:
 *
 * - ours: `analyze(text)` from lib/index.ts;
 * - compromise: `nlp(text)` then `.people()` and `.quotations()` (both read out as arrays);
 * - tokenize: one pass of TOKEN over the text, counting matches (the floor for any tokenizing parser).
 *
 * After a warm-up of all three over the first WARMUP articles, compromise runs over every article in a pass of its
 * own (the garbage it leaves collected, untimed, after each call), then ours and tokenize run over every article in
 * an order that rotates from article to article, each paying for its own garbage, in ROUNDS rounds; each article
 * keeps the fastest of its rounds for each of the two (compromise/ours uses ours' first round). Times are
 * wall-clock milliseconds per article from `performance.now()`. Reports medians and means, and the ratios
 * compromise/ours (target >= 30) and ours/tokenize (target <= 6), computed on medians and on totals. The load
 * average before and after is printed too: on a busy machine the figures are noisy. Also prints the gzip size of the built content script (.output/chrome-mv3/content-scripts/content.js,
 * target < 100 KB) when it exists.
 *
 * Cold start: a content script analyzes each page once, in a fresh context, where the code has not been
 * compiled or optimized yet. The parser is bundled (esbuild, as `dist/lib.js` is) and COLD_RUNS fresh Node
 * processes each load it and time their first and second `analyze()` of the article nearest 17,000
 * characters; the medians are printed beside that article's warm time. Writes `<out>/bench.json` (default
 * `.eval`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { build } from 'esbuild';
import { analyze } from '../lib/index.ts';

const CORPUS_DIR = process.env.POLNEAR_DIR ?? '/work/shared/corpora/polnear';
const CONTENT_SCRIPT = '.output/chrome-mv3/content-scripts/content.js';
const WARMUP = 30;
/**
 * Rounds of ours and tokenize over every article; each article keeps its fastest time per runner. With 3
 * rounds, three runs of the same code on the quiet machine read ours' median 0.33-0.45 ms (ours/tokenize
 * 5.3-6.3x); with 5, three runs read 0.277-0.279 ms (4.7x each): ours, a larger body of code than one regular
 * expression, needs more runs before every article has had one at full speed (optimized, no collection).
 */
const ROUNDS = 5;
const COLD_RUNS = 7;
const COLD_CHARS = 17_000;
/** Words, numbers, and every other non-space character on its own. */
const TOKEN = /\p{L}+|\p{N}+|[^\s\p{L}\p{N}]/gu;

type Runner = (text: string) => number;

// compromise leaves megabytes of garbage per article; collected inside the next timed call it would be charged
// to ours or tokenize. A full collection after each compromise call (untimed) keeps the timings apart.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const RUNNERS: Record<'ours' | 'compromise' | 'tokenize', Runner> = {
  ours: (text) => {
    const a = analyze(text);
    return a.statements.length + a.people.length;
  },
  compromise: (text) => {
    const doc = nlp(text);
    return (
      (doc.people().out('array') as string[]).length + (doc.quotations().out('array') as string[]).length
    );
  },
  tokenize: (text) => {
    let n = 0;
    TOKEN.lastIndex = 0;
    while (TOKEN.exec(text)) n++;
    return n;
  },
};
type Name = keyof typeof RUNNERS;
const NAMES = Object.keys(RUNNERS) as Name[];
const FAST: Name[] = ['ours', 'tokenize'];

/** The article texts of dev then train, with their ids. */
function readArticles(): Array<{ id: string; text: string }> {
  const texts: Array<{ id: string; text: string }> = [];
  for (const split of ['dev', 'train']) {
    const file = join(CORPUS_DIR, `${split}.jsonl`);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { id, text } = JSON.parse(line) as { id: string; text: string };
      texts.push({ id, text });
    }
  }
  return texts;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const r3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Times the first and second analyze() of `text` in COLD_RUNS fresh Node processes, and warm in this one.
 * Returns medians in ms.
 */
async function coldStart(text: string): Promise<{ firstMs: number; secondMs: number; warmMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-cold-'));
  try {
    const lib = join(dir, 'lib.mjs');
    const root = join(dirname(fileURLToPath(import.meta.url)), '..');
    await build({
      entryPoints: [join(root, 'lib/index.ts')],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      outfile: lib,
      logLevel: 'warning',
    });
    writeFileSync(join(dir, 'text.txt'), text);
    const probe = join(dir, 'probe.mjs');
    writeFileSync(
      probe,
      `import { readFileSync } from 'node:fs';
const text = readFileSync(${JSON.stringify(join(dir, 'text.txt'))}, 'utf8');
const { analyze } = await import(${JSON.stringify(lib)});
let t0 = performance.now();
analyze(text);
const first = performance.now() - t0;
t0 = performance.now();
analyze(text);
console.log(JSON.stringify([first, performance.now() - t0]));
`,
    );
    const runs: number[][] = [];
    for (let k = 0; k < COLD_RUNS; k++) {
      runs.push(JSON.parse(execFileSync(process.execPath, [probe], { encoding: 'utf8' })) as number[]);
    }
    const warm: number[] = [];
    for (let k = 0; k < 10; k++) {
      const t0 = performance.now();
      analyze(text);
      warm.push(performance.now() - t0);
    }
    return {
      firstMs: r3(median(runs.map((r) => r[0] as number))),
      secondMs: r3(median(runs.map((r) => r[1] as number))),
      // The fastest of 10, as the timed rounds keep each article's fastest: their median read 7-11 ms for an
      // article whose fastest round took 1.5-1.6 ms (collections of the bench's own garbage land in them).
      warmMs: r3(Math.min(...warm)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { limit: { type: 'string' }, out: { type: 'string', default: '.eval' } },
  });
  const articles = readArticles();
  const chosen = values.limit ? articles.slice(0, Number(values.limit)) : articles;
  const texts = chosen.map((a) => a.text);
  const result: Record<string, unknown> = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadBefore: loadavg()[0],
  };

  if (texts.length === 0) {
    console.log(`PolNeAR corpus not found in ${CORPUS_DIR}; timing skipped.`);
  } else {
    let sink = 0;
    for (const text of texts.slice(0, WARMUP)) for (const name of NAMES) sink += RUNNERS[name](text);
    const times: Record<Name, number[]> = { ours: [], compromise: [], tokenize: [] };
    const time = (name: Name, text: string) => {
      const t0 = performance.now();
      sink += RUNNERS[name](text);
      times[name].push(performance.now() - t0);
    };
    // compromise first, in a pass of its own, each call followed by an untimed full collection of its garbage.
    for (const text of texts) {
      time('compromise', text);
      collectGarbage();
    }
    // Then ours and tokenize, alternating in an order that rotates from article to article. A forced full
    // collection just before a timed call slows that call down (most likely the young generation, shrunk by the
    // collection, has to grow again; ours allocates a token object per word): with a collection after every
    // compromise call and compromise's work skipped, ours measured 1.29 ms median, without the collections
    // 0.71 ms. Each of the two pays for its own garbage here.
    // ROUNDS rounds of that; each article keeps its fastest time per runner (on a shared, busy machine one
    // run can catch another process's time slice or a collection; the fastest of five is the cost of the work
    // itself, for both runners alike). compromise/ours uses ours' first round, one run each as compromise had.
    collectGarbage();
    const rounds: Record<'ours' | 'tokenize', number[][]> = { ours: [], tokenize: [] };
    for (let round = 0; round < ROUNDS; round++) {
      times.ours = [];
      times.tokenize = [];
      texts.forEach((text, i) => {
        for (let k = 0; k < FAST.length; k++) time(FAST[(i + k + round) % FAST.length]!, text);
      });
      rounds.ours.push(times.ours);
      rounds.tokenize.push(times.tokenize);
    }
    const fastest = (runs: number[][]) => runs[0]!.map((_, i) => Math.min(...runs.map((r) => r[i]!)));
    const oursOnce = rounds.ours[0]!;
    times.ours = fastest(rounds.ours);
    times.tokenize = fastest(rounds.tokenize);
    const chars = texts.reduce((n, t) => n + t.length, 0);
    const stats = Object.fromEntries(
      NAMES.map((name) => {
        const xs = times[name];
        const total = xs.reduce((a, b) => a + b, 0);
        return [name, { medianMs: r3(median(xs)), meanMs: r3(total / xs.length), totalMs: r3(total) }];
      }),
    ) as Record<Name, { medianMs: number; meanMs: number; totalMs: number }>;
    const ratios = {
      compromiseOverOurs: {
        median: r3(stats.compromise.medianMs / median(oursOnce)),
        total: r3(stats.compromise.totalMs / oursOnce.reduce((a, b) => a + b, 0)),
        target: '>= 30',
      },
      oursOverTokenize: {
        median: r3(stats.ours.medianMs / stats.tokenize.medianMs),
        total: r3(stats.ours.totalMs / stats.tokenize.totalMs),
        target: '<= 6',
      },
    };
    const slowest = times.ours
      .map((ms, i) => ({ id: chosen[i]!.id, chars: texts[i]!.length, ms: r3(ms) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
    Object.assign(result, { slowestOurs: slowest });
    Object.assign(result, {
      articles: texts.length,
      chars,
      warmup: Math.min(WARMUP, texts.length),
      stats,
      ratios,
    });

    console.log(`${texts.length} PolNeAR articles (${(chars / texts.length).toFixed(0)} chars on average)`);
    console.log('              median ms   mean ms   total ms');
    for (const name of NAMES) {
      const s = stats[name];
      console.log(
        `${name.padEnd(12)}  ${s.medianMs.toFixed(3).padStart(9)}  ${s.meanMs.toFixed(3).padStart(8)}  ${s.totalMs.toFixed(1).padStart(9)}`,
      );
    }
    const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');
    const c = ratios.compromiseOverOurs;
    const t = ratios.oursOverTokenize;
    console.log(
      `compromise/ours: ${c.median.toFixed(1)}x median, ${c.total.toFixed(1)}x total (target >= 30x: ${ok(c.median >= 30)})`,
    );
    console.log(
      `ours/tokenize:   ${t.median.toFixed(1)}x median, ${t.total.toFixed(1)}x total (target <= 6x: ${ok(t.median <= 6)})`,
    );
    console.log(
      `slowest for ours: ${slowest.map((a) => `${a.ms} ms (${a.chars} chars) ${a.id}`).join('; ')}`,
    );
    if (sink < 0) console.log(sink); // keeps the results alive
    const long = chosen.reduce((best, a) =>
      Math.abs(a.text.length - COLD_CHARS) < Math.abs(best.text.length - COLD_CHARS) ? a : best,
    );
    const cold = await coldStart(long.text);
    result.coldStart = { id: long.id, chars: long.text.length, runs: COLD_RUNS, ...cold };
    console.log(
      `cold start (${long.text.length} chars, median of ${COLD_RUNS} fresh processes): first analyze() ` +
        `${cold.firstMs.toFixed(1)} ms, second ${cold.secondMs.toFixed(1)} ms; warm (fastest of 10) ${cold.warmMs.toFixed(1)} ms`,
    );
    result.loadAfter = loadavg()[0];
    const busy = Math.max(Number(result.loadBefore), Number(result.loadAfter)) > cpus().length;
    console.log(
      `load average ${Number(result.loadBefore).toFixed(1)} before, ${Number(result.loadAfter).toFixed(1)} after, ` +
        `${cpus().length} CPUs${busy ? ' (busy machine: figures are noisy)' : ''}`,
    );
  }

  if (existsSync(CONTENT_SCRIPT)) {
    const raw = readFileSync(CONTENT_SCRIPT);
    const gz = gzipSync(raw, { level: 9 }).length;
    result.contentScript = {
      path: CONTENT_SCRIPT,
      bytes: raw.length,
      gzipBytes: gz,
      targetGzipBytes: 100 * 1024,
    };
    const verdict = gz < 100 * 1024 ? 'ok' : 'MISSED';
    console.log(
      `content script: ${(raw.length / 1024).toFixed(1)} KB, gzip ${(gz / 1024).toFixed(1)} KB (target < 100 KB: ${verdict})`,
    );
  } else {
    console.log(`content script: ${CONTENT_SCRIPT} not built (run npm run build)`);
  }

  mkdirSync(values.out, { recursive: true });
  const out = join(values.out, 'bench.json');
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  console.log(`written: ${out}`);
}

await main();
