/**
 * Reads the message templates out of faqops' own source with the TypeScript parser, so the
 * catalogue tests cannot silently miss a message someone adds: every string or template literal
 * that reaches a diagnostic, an error or a hint is collected, `${…}` holes written as `{{}}`,
 * and every message built some other way is reported as "dynamic", for a test to list on purpose.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export const REPO = path.resolve(import.meta.dirname, "../..");

/** One template found in the source. */
export interface SourceTemplate {
  /** Path from the repository root, and 1-based line. */
  readonly where: string;
  /** The text with each `${…}` hole as `{{}}`. */
  readonly template: string;
}

/** A message not written as a literal, so no template could be read from it. */
export interface DynamicSite {
  readonly where: string;
  /** The expression's source text. */
  readonly expression: string;
}

/** Where messages are written: which calls and properties carry one. */
export interface Sites {
  /**
   * Call expressions by callee text (`report.at`, `this.#report`), with the message argument
   * (or arguments: a message and its hint).
   */
  readonly calls: Readonly<Record<string, number | readonly number[]>>;
  /** `new …Error(message, { hint })`: the message and the hint property. */
  readonly errors: boolean;
  /** Object literal properties whose value is a message (`message:`, `todo:`). */
  readonly properties: readonly string[];
  /** Functions whose return values are message pieces (`urlProblem`, `typeName`). */
  readonly returnsOf: readonly string[];
}

/** Collects the templates and dynamic messages of `files` (paths from the repository root). */
export function collectMessages(
  files: readonly string[],
  sites: Sites,
): { templates: SourceTemplate[]; dynamic: DynamicSite[] } {
  const templates: SourceTemplate[] = [];
  const dynamic: DynamicSite[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(REPO, file), "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const where = (node: ts.Node): string =>
      `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const seen = new Set<ts.Node>();

    /** Every template an expression can produce; holes' own literal pieces too. */
    const read = (expression: ts.Expression, hole = false): void => {
      if (seen.has(expression)) return;
      seen.add(expression);
      const e = skipParentheses(expression);
      if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) {
        if (e.text !== "") templates.push({ where: where(e), template: e.text });
      } else if (ts.isTemplateExpression(e)) {
        let template = e.head.text;
        for (const span of e.templateSpans) {
          template += `{{}}${span.literal.text}`;
          read(span.expression, true);
        }
        templates.push({ where: where(e), template });
      } else if (ts.isConditionalExpression(e)) {
        read(e.whenTrue, hole);
        read(e.whenFalse, hole);
      } else if (
        ts.isBinaryExpression(e) &&
        (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
          e.operatorToken.kind === ts.SyntaxKind.BarBarToken)
      ) {
        read(e.left, hole);
        read(e.right, hole);
      } else if (ts.isIdentifier(e)) {
        const values = identifierValues(source, e);
        if (values.length > 0) for (const v of values) read(v, hole);
        else if (!hole) dynamic.push({ where: where(e), expression: e.getText(source) });
      } else if (!hole) {
        // A call (`message(match)`), a property (`large.message`): the test lists these.
        dynamic.push({ where: where(e), expression: e.getText(source) });
      }
    };

    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const index = sites.calls[node.expression.getText(source)];
        for (const i of index === undefined ? [] : typeof index === "number" ? [index] : index) {
          const argument = node.arguments[i];
          if (argument) read(argument);
        }
      }
      if (
        sites.errors &&
        ts.isNewExpression(node) &&
        /Error$/.test(node.expression.getText(source))
      ) {
        const [message, options] = node.arguments ?? [];
        if (message) read(message);
        if (options && ts.isObjectLiteralExpression(options)) {
          for (const p of options.properties) {
            if (ts.isPropertyAssignment(p) && p.name.getText(source) === "hint")
              read(p.initializer);
            if (ts.isShorthandPropertyAssignment(p) && p.name.text === "hint") read(p.name);
          }
        }
      }
      if (
        ts.isPropertyAssignment(node) &&
        sites.properties.includes(node.name.getText(source)) &&
        ts.isObjectLiteralExpression(node.parent)
      ) {
        read(node.initializer);
      }
      if (
        (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) &&
        node.name &&
        sites.returnsOf.includes(node.name.getText(source)) &&
        node.body
      ) {
        forEachReturn(node.body, (value) => read(value, true));
      }
      if (
        ts.isVariableDeclaration(node) &&
        sites.returnsOf.includes(node.name.getText(source)) &&
        node.initializer &&
        ts.isArrowFunction(node.initializer)
      ) {
        const body = node.initializer.body;
        if (ts.isBlock(body)) forEachReturn(body, (value) => read(value, true));
        else read(body, true);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { templates, dynamic };
}

function skipParentheses(e: ts.Expression): ts.Expression {
  let out = e;
  while (ts.isParenthesizedExpression(out) || ts.isAsExpression(out)) out = out.expression;
  return out;
}

function forEachReturn(body: ts.Node, each: (value: ts.Expression) => void): void {
  const walk = (node: ts.Node): void => {
    if (ts.isReturnStatement(node) && node.expression) each(node.expression);
    // A nested function's returns are its own.
    if (ts.isFunctionLike(node)) return;
    ts.forEachChild(node, walk);
  };
  ts.forEachChild(body, walk);
}

/**
 * What an identifier can hold, from the same file: a `const` initializer, or every value a
 * `let` is assigned. Empty when it is a parameter or comes from elsewhere.
 */
function identifierValues(source: ts.SourceFile, id: ts.Identifier): ts.Expression[] {
  const name = id.text;
  const values: ts.Expression[] = [];
  let declaredHere = false;
  const walk = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name) {
      declaredHere = true;
      if (node.initializer && !ts.isArrowFunction(node.initializer)) values.push(node.initializer);
    }
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isIdentifier(node.left) &&
      node.left.text === name
    ) {
      values.push(node.right);
    }
    ts.forEachChild(node, walk);
  };
  walk(source);
  return declaredHere ? values : [];
}
