/**
 * Architecture rules as tests (STYLE.md habit 13): lib/ is a pure parser, plain text in and plain data out.
 * Its source files (tests excluded) import only other files of lib/, never the extension framework, the browser,
 * playwright or Node, and never touch the DOM or extension globals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const LIB = join(ROOT, 'lib');

/** The parser's source files: lib/**\/*.ts without tests. */
function libFiles(dir = LIB): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return libFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

const FORBIDDEN_PACKAGES = [
  /^wxt(\/|$)/,
  /^#imports$/,
  /^webextension-polyfill(\/|$)/,
  /^@wxt-dev\//,
  /^playwright(-core)?(\/|$)/,
  /^@playwright\//,
  /^node:/,
];
const NODE_BUILTINS = new Set(builtinModules);
const FORBIDDEN_GLOBALS = new Set(['document', 'window', 'chrome', 'browser']);
/** Objects through which a global can be reached: `globalThis.document`, `self.chrome`. */
const GLOBAL_OBJECTS = new Set(['globalThis', 'self', 'global']);

/** Module specifiers of import/export declarations, `import()` and `require()` calls. */
function specifiers(source: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) out.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node)) {
      const arg = node.arguments[0];
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if ((isImport || isRequire) && arg && ts.isStringLiteralLike(arg)) out.push(arg.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const lit = node.argument.literal;
      if (ts.isStringLiteral(lit)) out.push(lit.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Why `specifier`, imported by `file`, breaks the rules, or null when it is fine. */
function importProblem(file: string, specifier: string): string | null {
  if (FORBIDDEN_PACKAGES.some((p) => p.test(specifier))) return `imports ${specifier}`;
  if (NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0]!)) {
    return `imports the Node module ${specifier}`;
  }
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = resolve(dirname(file), specifier);
    if (target !== LIB && !target.startsWith(LIB + sep))
      return `imports ${relative(ROOT, target)}, outside lib/`;
  }
  return null;
}

/** Names declared anywhere in the file (variables, parameters, functions, classes, imports). */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isBindingElement(node) ||
        ts.isImportSpecifier(node) ||
        ts.isImportClause(node) ||
        ts.isNamespaceImport(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    ) {
      names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** Uses of document/window/chrome/browser as globals in `code`, as `name:line` strings. */
function globalUses(code: string, fileName = 'file.ts'): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const declared = declaredNames(source);
  const out: string[] = [];
  const report = (name: string, node: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    out.push(`${name}:${line + 1}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text) && !declared.has(node.text)) {
      const parent = node.parent;
      // The name of a member (`o.window`, `{ window: 1 }`, `interface I { chrome(): void }`) or a type is not a
      // use of the global; a shorthand property (`{ document }`) is.
      const isName =
        !ts.isShorthandPropertyAssignment(parent) && (parent as ts.Node & { name?: ts.Node }).name === node;
      if (!isName && !ts.isQualifiedName(parent) && !ts.isTypeReferenceNode(parent)) report(node.text, node);
    }
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      GLOBAL_OBJECTS.has(node.expression.text) &&
      FORBIDDEN_GLOBALS.has(node.name.text)
    ) {
      report(`${node.expression.text}.${node.name.text}`, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('lib/ is a pure parser', () => {
  const files = libFiles();

  test('there are parser files to check', () => {
    expect(files.map((f) => relative(ROOT, f))).toContain(join('lib', 'index.ts'));
  });

  test.each(files.map((f) => [relative(ROOT, f), f]))('%s imports only lib/ files', (_name, file) => {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const problems = specifiers(source).flatMap((s) => importProblem(file, s) ?? []);
    expect(problems).toEqual([]);
  });

  test.each(files.map((f) => [relative(ROOT, f), f]))(
    '%s uses no DOM or extension globals',
    (_name, file) => {
      expect(globalUses(readFileSync(file, 'utf8'), file)).toEqual([]);
    },
  );
});

describe('the checks catch what they should', () => {
  const file = join(LIB, 'quotes', 'example.ts');

  test.each([
    ['wxt/browser', 'imports wxt/browser'],
    ['#imports', 'imports #imports'],
    ['webextension-polyfill', 'imports webextension-polyfill'],
    ['@wxt-dev/storage', 'imports @wxt-dev/storage'],
    ['playwright-core', 'imports playwright-core'],
    ['node:fs', 'imports node:fs'],
    ['fs', 'imports the Node module fs'],
    ['path/posix', 'imports the Node module path/posix'],
    [
      '../../entrypoints/content/index.ts',
      `imports ${join('entrypoints', 'content', 'index.ts')}, outside lib/`,
    ],
    ['../../protocol/messages.ts', `imports ${join('protocol', 'messages.ts')}, outside lib/`],
  ])('flags the import of %s', (specifier, problem) => {
    expect(importProblem(file, specifier)).toBe(problem);
  });

  test.each([['../types.ts'], ['./find-quotes.ts'], ['../lexicon/speech-verbs.ts']])(
    'allows the import of %s',
    (specifier) => {
      expect(importProblem(file, specifier)).toBeNull();
    },
  );

  test('finds specifiers in every import form', () => {
    const code = [
      "import a from 'wxt';",
      "import type { B } from '#imports';",
      "export * from 'node:path';",
      "const c = await import('playwright');",
      "const d = require('fs');",
      "type E = import('webextension-polyfill').Runtime;",
    ].join('\n');
    const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
    expect(specifiers(source)).toEqual([
      'wxt',
      '#imports',
      'node:path',
      'playwright',
      'fs',
      'webextension-polyfill',
    ]);
  });

  test.each([
    ['document.body.textContent', ['document:1']],
    ['const w = window;', ['window:1']],
    ['chrome.runtime.sendMessage({});', ['chrome:1']],
    ['await browser.tabs.query({});', ['browser:1']],
    ['const x = 1;\nglobalThis.document.title;', ['globalThis.document:2']],
    ['f({ document });', ['document:1']],
  ])('flags %s', (code, uses) => {
    expect(globalUses(code)).toEqual(uses);
  });

  test.each([
    ['a local variable', 'const window = text.slice(0, 80); window.length;'],
    ['a parameter', 'function f(document: string) { return document; }'],
    ['a property name', 'const o = { window: 3 }; o.window; o.browser;'],
    ['a word in a string or comment', "// the document\nconst s = 'browser window';"],
    ['an interface member', 'interface I { document: string; chrome(): void }'],
  ])('allows %s', (_name, code) => {
    expect(globalUses(code)).toEqual([]);
  });
});
