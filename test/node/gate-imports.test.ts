/// <reference types="node" />
// The gate (`unticked/gating`, and the gate chunk of the script-tag build) must run on a page whose Trusted Types
// policy list names only `unticked-gate` (docs/csp.md). Lit creates a policy of its own when it loads, so a module
// the gate loads must never import Lit, however indirectly: a strict-CSP page would refuse it and the gate would
// never start. This walks the source's runtime imports (type-only ones load nothing) from the gate's entry.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repository = fileURLToPath(new URL('../..', import.meta.url));

/** The specifiers a module loads when it runs: static imports and re-exports that are not type-only, and import(). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) {
      const clause = node.importClause;
      const onlyTypes =
        clause !== undefined &&
        clause.name === undefined &&
        clause.namedBindings !== undefined &&
        ts.isNamedImports(clause.namedBindings) &&
        clause.namedBindings.elements.length > 0 &&
        clause.namedBindings.elements.every((element) => element.isTypeOnly);
      if (!onlyTypes) found.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      found.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every module reached from `entry`, as repository paths, and the packages imported on the way. */
function moduleGraph(entry: string): { modules: string[]; packages: Map<string, string> } {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [resolve(repository, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      if (!specifier.startsWith('.')) {
        packages.set(specifier, relative(repository, file));
        continue;
      }
      const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
      assert.ok(existsSync(target), `${relative(repository, file)} imports ${specifier}, which is not a source file`);
      queue.push(target);
    }
  }
  return { modules: [...seen].map((file) => relative(repository, file)), packages };
}

describe("the gate's modules", () => {
  it('import no Lit, directly or through another module', () => {
    const { modules, packages } = moduleGraph('src/gating/index.ts');
    // The walk itself works: it reaches the gate's own modules.
    assert.ok(modules.includes(join('src', 'gating', 'gate.ts')), modules.join(', '));
    const lit = [...packages].filter(([name]) => /^(lit|lit-html|lit-element|@lit\/)/.test(name));
    assert.deepEqual(
      lit.map(([name, by]) => `${by} imports ${name}`),
      [],
      'a module the gate loads imports Lit, whose Trusted Types policy a strict-CSP page refuses',
    );
  });

  it('are what the walk reports for a module that does import Lit (the check can fail)', () => {
    const { packages } = moduleGraph('src/elements/control-mark.ts');
    assert.ok(
      [...packages.keys()].some((name) => name.startsWith('lit')),
      `control-mark.ts imports Lit: ${[...packages.keys()].join(', ')}`,
    );
  });
});
