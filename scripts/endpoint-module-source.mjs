// Source rewrites for the endpoint modules the browser loads (build-endpoint-modules.mjs). The
// catalog describes each endpoint once, for docs, relay and forms alike; the live playground needs
// only its request side, so the published module leaves out what only the docs and the relay read,
// and a Chinese page's copy carries the Chinese texts in place of the English ones (one set of texts,
// not the English plus [English, Chinese] pairs).
import ts from 'typescript';

/** Endpoint properties the browser never reads: the static page shows them, the relay checks them. */
const DOCS_ONLY = new Set(['response', 'description', 'notes']);

/** The source range of a property with its trailing comma, to cut it out whole. */
const cut = (/** @type {string} */ code, /** @type {ts.Node} */ node) => [
  node.getFullStart(),
  node.end + (code[node.end] === ',' ? 1 : 0),
];

/** @param {ts.Node} node @param {ts.SourceFile} file */
const nameOf = (node, file) =>
  ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node) ? node.name.getText(file) : undefined;

/** @param {string} code @param {[number, number, string][]} edits */
function applied(code, edits) {
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/**
 * An endpoint file's source without what only the docs and the relay read: the response schema, the
 * stream's event list (the `streaming` object keeps how streaming is turned on and assembled), the
 * description and the notes. With them go the schemas only they used, which the bundler then leaves out.
 * A module that defines no endpoint is returned as it is.
 * @param {string} code
 * @example requestSide("defineEndpoint({ id: 'x', notes: ['n'] })") // "defineEndpoint({ id: 'x'})"
 */
export function requestSide(code) {
  const file = ts.createSourceFile('endpoint.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {[number, number, string][]} */
  const edits = [];
  const visit = (/** @type {ts.Node} */ node) => {
    if (
      ts.isCallExpression(node) &&
      node.expression.getText(file) === 'defineEndpoint' &&
      node.arguments[0] &&
      ts.isObjectLiteralExpression(node.arguments[0])
    ) {
      for (const property of node.arguments[0].properties) {
        const name = nameOf(property, file);
        if (name && DOCS_ONLY.has(name)) edits.push([...cut(code, property), '']);
        if (
          name === 'streaming' &&
          ts.isPropertyAssignment(property) &&
          ts.isObjectLiteralExpression(property.initializer)
        )
          for (const inner of property.initializer.properties)
            if (nameOf(inner, file) === 'events') edits.push([...cut(code, inner), '']);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return edits.length ? applied(code, edits) : code;
}

/**
 * A module's source with each string literal that has a translation replaced by it (descriptions,
 * examples' labels: the texts the live form shows), and the English texts it replaced. Property
 * names, import paths and template literals with substitutions stay as they are; a text built from
 * parts is left to the caller (build-endpoint-modules.mjs ships those as pairs).
 * @param {string} code @param {ReadonlyMap<string, string>} translations
 * @example textsInPlace("v.description('Agent id.')", new Map([['Agent id.', '智能体 ID。']])).code // 'v.description("智能体 ID。")'
 */
export function textsInPlace(code, translations) {
  const file = ts.createSourceFile('module.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {[number, number, string][]} */
  const edits = [];
  /** @type {Set<string>} */
  const replaced = new Set();
  const visit = (/** @type {ts.Node} */ node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isKey(node)) {
      const translation = translations.get(node.text);
      if (translation !== undefined) {
        edits.push([node.getStart(file), node.end, JSON.stringify(translation)]);
        replaced.add(node.text);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { code: applied(code, edits), replaced };
}

/** Whether a string literal names a property (`{ 'a b': 1 }`, `x['a']` stays: it is a value there). */
const isKey = (/** @type {ts.Node} */ node) =>
  (ts.isPropertyAssignment(node.parent) || ts.isPropertySignature(node.parent)) && node.parent.name === node;
