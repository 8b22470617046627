// Builds the two Node-facing outputs of `npm run build` (run after the WXT builds):
//   dist/lib.js    the parser as one ES module, platform neutral: `export function analyze(text): Analysis`
//   dist/lib.d.ts  its types: lib/types.ts plus the declaration of `analyze`
//   dist/cli.js    the whosaid command, one executable ES module for Node with every dependency inside
//                  (linkedom included), so `node dist/cli.js` runs without node_modules
// Usage: node scripts/build-dist.mjs [OUTDIR]   (OUTDIR defaults to dist/; tests build into a temp folder)
import { build } from 'esbuild';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.argv[2] ? resolve(process.argv[2]) : join(root, 'dist');
const require = createRequire(import.meta.url);

/**
 * linkedom loads the optional native `canvas` package inside a try/catch and falls back to its own shim.
 * The bundle takes the shim directly, so nothing is looked up at run time.
 */
const canvasShim = {
  name: 'linkedom-canvas-shim',
  setup(b) {
    const shim = join(dirname(require.resolve('linkedom/package.json')), 'commonjs', 'canvas-shim.cjs');
    b.onResolve({ filter: /^canvas$/ }, () => ({ path: shim }));
  },
};

const common = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  charset: 'utf8',
  legalComments: 'inline',
  logLevel: 'warning',
};

await mkdir(dist, { recursive: true });

await build({
  ...common,
  entryPoints: [join(root, 'lib/index.ts')],
  outfile: join(dist, 'lib.js'),
  platform: 'neutral',
});

await build({
  ...common,
  entryPoints: [join(root, 'cli/main.ts')],
  outfile: join(dist, 'cli.js'),
  platform: 'node',
  target: 'node20',
  plugins: [canvasShim],
  // CommonJS dependencies bundled into an ES module may still call `require` for Node built-ins.
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __whosaidCreateRequire } from 'node:module';",
      'const require = __whosaidCreateRequire(import.meta.url);',
    ].join('\n'),
  },
});
await chmod(join(dist, 'cli.js'), 0o755);

// lib/types.ts holds only exported interfaces and type aliases, which are valid declarations as they are.
const types = await readFile(join(root, 'lib/types.ts'), 'utf8');
if (/^\s*import\s/m.test(types))
  throw new Error('lib/types.ts imports something: dist/lib.d.ts needs tsc now');
await writeFile(
  join(dist, 'lib.d.ts'),
  `${types}
/** Analyzes one article's plain text. Never throws; see DESIGN.md for the Analysis. */
export declare function analyze(text: string): Analysis;
`,
);

const shown = relative(process.cwd(), dist).startsWith('..') ? dist : relative(process.cwd(), dist);
console.log(['lib.js', 'lib.d.ts', 'cli.js'].map((name) => join(shown, name)).join(', '));
