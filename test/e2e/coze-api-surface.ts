import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/**
 * The installed @coze/api's methods, read from its own type declarations with TypeScript's
 * checker: every resource class reachable from `CozeAPI` (a property whose class extends
 * `APIResource`), each public method, and what it resolves to in the notation of
 * test/worker/sdk-response-fields.ts (`model:js:NAME` with the models it uses). A method the SDK
 * adds in a new version shows up here without anyone listing it.
 */
export interface SdkMethod {
  /** The call as a user writes it after `client.`: `audio.voiceprintGroups.features.create`. */
  readonly path: string;
  /** What the returned promise resolves to; `stream` for async iterables, `any` when unchecked. */
  readonly type: string;
}

export interface SdkSurface {
  readonly methods: readonly SdkMethod[];
  readonly models: Record<string, { source: string; fields: Record<string, string> }>;
}

const require = createRequire(import.meta.url);

/** Reads the surface of the @coze/api in node_modules. */
export function readCozeApiSurface(): SdkSurface {
  // The package exports no package.json: find its root from the CommonJS entry (dist/cjs/index.js).
  const root = join(dirname(require.resolve('@coze/api')), '../..');
  const entry = join(root, 'dist/types/index.d.ts');
  const program = ts.createProgram([entry], { strict: true, skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const cozeApi = checker.getExportsOfModule(moduleSymbol).find((symbol) => symbol.name === 'CozeAPI')!;
  const models: SdkSurface['models'] = {};
  const names = new Map<ts.Symbol, string>();

  const extendsApiResource = (type: ts.Type): boolean =>
    (type.isClass() || type.getSymbol()?.flags === ts.SymbolFlags.Class || !!type.getBaseTypes?.()) &&
    (type.getBaseTypes?.() ?? []).some((base) => base.getSymbol()?.name === 'APIResource' || extendsApiResource(base));

  function typeOf(type: ts.Type, depth = 0): string {
    if (depth > 10) return 'any';
    if (type.isUnion()) {
      const parts = type.types.filter(
        (t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Void)),
      );
      const nullable = parts.length !== type.types.length;
      const kinds = [...new Set(parts.map((t) => typeOf(t, depth + 1)))];
      const kind = kinds.length === 1 ? kinds[0]! : 'any';
      return nullable && kind !== 'any' ? `${kind}?` : kind;
    }
    const flags = type.flags;
    if (flags & ts.TypeFlags.StringLike) return 'string';
    if (flags & ts.TypeFlags.NumberLike) return 'number';
    if (flags & ts.TypeFlags.BooleanLike) return 'boolean';
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Void | ts.TypeFlags.Undefined)) return 'any';
    if (checker.isArrayType(type))
      return `array<${typeOf(checker.getTypeArguments(type as ts.TypeReference)[0]!, depth + 1)}>`;
    if (!(flags & ts.TypeFlags.Object)) return 'any';
    const symbol = type.aliasSymbol ?? type.getSymbol();
    if (symbol?.name === 'ArrayBuffer') return 'binary';
    const props = checker
      .getPropertiesOfType(type)
      .filter((p) => !p.name.startsWith('_') && checker.getTypeOfSymbol(p).getCallSignatures().length === 0);
    if (props.length === 0) {
      const index = checker.getIndexInfosOfType(type)[0];
      return index ? `map<${typeOf(index.type, depth + 1)}>` : 'object';
    }
    const declaration = symbol?.declarations?.[0];
    const key = symbol ?? type.getSymbol();
    let name = key ? names.get(key) : undefined;
    if (!name) {
      const base = symbol && !symbol.name.startsWith('__') ? symbol.name : 'Anon';
      name = `js:${base}`;
      for (let i = 2; models[name]; i++) name = `js:${base}${i}`;
      if (key) names.set(key, name);
      const file = declaration?.getSourceFile().fileName ?? '?';
      models[name] = { source: `@coze/api ${file.slice(file.indexOf('dist/'))}`, fields: {} };
      const fields: Record<string, string> = {};
      for (const p of props) {
        const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
        fields[p.name] = `${optional ? '~' : ''}${typeOf(checker.getTypeOfSymbol(p), depth + 1)}`;
      }
      models[name]!.fields = fields;
    }
    return `model:${name}`;
  }

  function resultOf(signature: ts.Signature): string {
    const returned = checker.getReturnTypeOfSignature(signature);
    if (checker.getPropertyOfType(returned, '__@asyncIterator@') || returned.getSymbol()?.name === 'AsyncGenerator')
      return 'stream';
    const text = checker.typeToString(returned);
    if (/^(AsyncGenerator|AsyncIterable)/.test(text)) return 'stream';
    if (/^Promise<.*WebSocketAPI/.test(text)) return 'websocket';
    return typeOf(checker.getAwaitedType(returned) ?? returned);
  }

  const methods: SdkMethod[] = [];
  function walk(type: ts.Type, path: string, seen: Set<ts.Type>): void {
    if (seen.has(type)) return;
    seen.add(type);
    for (const property of checker.getPropertiesOfType(type)) {
      if (property.name.startsWith('_')) continue;
      const modifiers = ts.getCombinedModifierFlags(property.valueDeclaration ?? property.declarations![0]!);
      if (modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
      const propertyType = checker.getTypeOfSymbol(property);
      const at = path ? `${path}.${property.name}` : property.name;
      const signatures = propertyType.getCallSignatures();
      if (signatures.length > 0 && path) {
        if (property.valueDeclaration && ts.isMethodDeclaration(property.valueDeclaration))
          methods.push({ path: at, type: resultOf(signatures[0]!) });
      } else if (extendsApiResource(propertyType)) {
        walk(propertyType, at, seen);
      }
    }
  }
  walk(checker.getDeclaredTypeOfSymbol(cozeApi), '', new Set());
  return { methods, models };
}
