import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** A function longer than the limit: where it starts, its name as a reader would look for it, and its length. */
export interface LongFunction {
  file: string;
  line: number;
  name: string;
  lines: number;
}

// Every form a function takes in this code base: declarations, methods, accessors, constructors,
// arrow functions and function expressions (a callback counts on its own, and inside its parent).
function isFunctionLike(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node)
  );
}

// `const foo = () => …` and `{ foo: function () … }` are named by what holds them.
function nameOf(node: ts.FunctionLikeDeclaration): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name) return parent.name.getText();
  return '(anonymous)';
}

/**
 * The functions in one source text longer than `limit` lines, counted from the line the function starts
 * on (its comment not included) to the line it ends on, both included.
 */
export function findLongFunctions(file: string, text: string, limit: number): LongFunction[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: LongFunction[] = [];
  const lineOf = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node) && node.body) {
      const start = lineOf(node.getStart(source));
      const lines = lineOf(node.getEnd()) - start + 1;
      if (lines > limit) found.push({ file, line: start, name: nameOf(node), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every .ts file below a folder, sorted, as paths relative to `root`. */
export function listTypeScriptFiles(dir: string, root: string = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return listTypeScriptFiles(full, root);
      return e.name.endsWith('.ts') ? [path.relative(root, full)] : [];
    })
    .sort();
}

export const readSource = (root: string, file: string): string => readFileSync(path.join(root, file), 'utf8');
