import { GraphHttpError } from '../types';
import { valueAt } from './json';

/**
 * The OData `$filter` grammar the sandbox accepts: comparisons (eq ne gt ge lt le) of a property
 * path with a string, number, boolean, null or date literal, `startswith(path,'v')`, combined with
 * `and`, `or`, `not` and parentheses. Each caller says which paths it knows (and what they are
 * called) and which of `or`, `not` and `startswith` its Graph collection supports.
 */
export type Literal = string | number | boolean | null;
export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type FilterLeaf =
  | { readonly kind: 'cmp'; readonly path: string; readonly op: CompareOp; readonly value: Literal }
  | { readonly kind: 'startswith'; readonly path: string; readonly value: string };
export type FilterExpr =
  | { readonly kind: 'and' | 'or'; readonly left: FilterExpr; readonly right: FilterExpr }
  | { readonly kind: 'not'; readonly expr: FilterExpr }
  | FilterLeaf;

export interface FilterGrammar {
  /** `and` between clauses. Default true. */
  readonly and?: boolean;
  /** `or` between clauses. Default true. */
  readonly or?: boolean;
  /** `not` before a clause. Default true. */
  readonly not?: boolean;
  /** `startswith(path,'value')`. Default true. */
  readonly startswith?: boolean;
  /** Checks a property path as written and returns what the expression records; throws (with `invalid`) for paths the caller cannot filter on. Default: the path as written. */
  readonly property?: (path: string, invalid: (message: string) => GraphHttpError) => string;
  /** Refuses (by throwing `invalid`) a comparison the caller cannot evaluate, e.g. anything but `eq` with a string. */
  readonly clause?: (clause: FilterLeaf, invalid: (message: string) => GraphHttpError) => void;
  /** The error code of the 400 for an invalid filter. Default `invalidRequest`. */
  readonly errorCode?: string;
}

type Token =
  | { readonly t: 'punc'; readonly v: '(' | ')' | ',' }
  | { readonly t: 'str'; readonly v: string }
  | { readonly t: 'word'; readonly v: string };
type Invalid = (message: string) => GraphHttpError;

function tokenize(text: string, invalid: Invalid): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ t: 'punc', v: c });
      i += 1;
    } else if (c === "'") {
      let value = '';
      i += 1;
      for (;;) {
        if (i >= text.length) throw invalid('unterminated string literal');
        if (text.charAt(i) === "'") {
          if (text.charAt(i + 1) === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += text.charAt(i);
        i += 1;
      }
      tokens.push({ t: 'str', v: value });
    } else {
      const m = /^[^\s(),']+/.exec(text.slice(i));
      if (!m) throw invalid(`unexpected '${c}'`);
      // datetime'2026-01-01T00:00:00Z' is a typed literal
      if (m[0] === 'datetime' && text.charAt(i + m[0].length) === "'") {
        i += m[0].length;
        continue;
      }
      tokens.push({ t: 'word', v: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}

const OPS: readonly CompareOp[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];

function literalOf(tok: Token | undefined, invalid: Invalid): Literal {
  if (!tok) throw invalid('missing value');
  if (tok.t === 'str') return tok.v;
  if (tok.t === 'punc') throw invalid(`unexpected '${tok.v}'`);
  if (/^(true|false)$/i.test(tok.v)) return tok.v.toLowerCase() === 'true';
  if (/^null$/i.test(tok.v)) return null;
  if (/^-?\d+(\.\d+)?$/.test(tok.v)) return Number(tok.v);
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(tok.v)) return tok.v;
  throw invalid(`unexpected '${tok.v}'`);
}

/** The 400 Graph answers an invalid or unsupported filter with. */
export function invalidFilter(message: string, code = 'invalidRequest'): GraphHttpError {
  return new GraphHttpError(400, code, `Invalid filter clause: ${message}`);
}

export function parseFilter(text: string, grammar: FilterGrammar = {}): FilterExpr {
  const invalid: Invalid = (message) => invalidFilter(message, grammar.errorCode);
  const property = (path: string): string => (grammar.property ? grammar.property(path, invalid) : path);
  const tokens = tokenize(text, invalid);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const next = (): Token | undefined => tokens[pos++];
  const isWord = (tok: Token | undefined, w: string): boolean => tok?.t === 'word' && tok.v.toLowerCase() === w;
  const allowed = (feature: 'and' | 'or' | 'not' | 'startswith'): void => {
    if (grammar[feature] === false) throw invalid(`'${feature}' is not supported`);
  };
  const expect = (v: '(' | ')' | ','): void => {
    const tok = next();
    if (tok?.t !== 'punc' || tok.v !== v) throw invalid(`expected '${v}'`);
  };

  const leaf = (clause: FilterLeaf): FilterLeaf => {
    grammar.clause?.(clause, invalid);
    return clause;
  };
  const primary = (): FilterExpr => {
    const tok = next();
    if (tok?.t === 'punc' && tok.v === '(') {
      const inner = orExpr();
      expect(')');
      return inner;
    }
    if (isWord(tok, 'not')) {
      allowed('not');
      return { kind: 'not', expr: primary() };
    }
    if (isWord(tok, 'startswith')) {
      allowed('startswith');
      expect('(');
      const path = next();
      if (path?.t !== 'word') throw invalid('startswith needs a field');
      expect(',');
      const value = literalOf(next(), invalid);
      expect(')');
      return leaf({ kind: 'startswith', path: property(path.v), value: String(value) });
    }
    if (tok?.t !== 'word') throw invalid('expected a field');
    const op = next();
    const opName = op?.t === 'word' ? (op.v.toLowerCase() as CompareOp) : undefined;
    if (!opName || !OPS.includes(opName)) throw invalid(`expected one of ${OPS.join(', ')} after ${tok.v}`);
    return leaf({ kind: 'cmp', path: property(tok.v), op: opName, value: literalOf(next(), invalid) });
  };
  const andExpr = (): FilterExpr => {
    let left = primary();
    while (isWord(peek(), 'and')) {
      allowed('and');
      next();
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };
  const orExpr = (): FilterExpr => {
    let left = andExpr();
    while (isWord(peek(), 'or')) {
      allowed('or');
      next();
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  };

  const expr = orExpr();
  if (pos < tokens.length) throw invalid(`unexpected '${tokens[pos]?.v ?? ''}'`);
  return expr;
}

/** Every property path a filter refers to (as its grammar recorded them). */
export function filterPaths(expr: FilterExpr): string[] {
  switch (expr.kind) {
    case 'and':
    case 'or':
      return [...filterPaths(expr.left), ...filterPaths(expr.right)];
    case 'not':
      return filterPaths(expr.expr);
    default:
      return [expr.path];
  }
}

/** Evaluates the and/or/not structure of a filter, with `leaf` deciding each comparison. */
export function evaluateFilter(expr: FilterExpr, leaf: (clause: FilterLeaf) => boolean): boolean {
  switch (expr.kind) {
    case 'and':
      return evaluateFilter(expr.left, leaf) && evaluateFilter(expr.right, leaf);
    case 'or':
      return evaluateFilter(expr.left, leaf) || evaluateFilter(expr.right, leaf);
    case 'not':
      return !evaluateFilter(expr.expr, leaf);
    default:
      return leaf(expr);
  }
}

const ISO = /^\d{4}-\d{2}-\d{2}T/;

/** Compares a JSON value with a literal: dates as instants, strings case-insensitively for equality. */
function compareJson(a: unknown, b: Literal): number | undefined {
  if (a === undefined || a === null || b === null) return a === b || (a === undefined && b === null) ? 0 : undefined;
  if (typeof a === 'string' && typeof b === 'string' && ISO.test(a) && ISO.test(b)) {
    const zone = (s: string): string => (/(Z|[+-]\d{2}:\d{2})$/.test(s) ? s : `${s}Z`);
    return Date.parse(zone(a)) - Date.parse(zone(b));
  }
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase() ? 0 : a.localeCompare(b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : undefined;
  return undefined;
}

/** Whether a rendered JSON entity satisfies a filter, its paths read as property paths (`from/emailAddress/address`). */
export function matches(item: unknown, expr: FilterExpr): boolean {
  return evaluateFilter(expr, (clause) => {
    const v = valueAt(item, clause.path);
    if (clause.kind === 'startswith') return typeof v === 'string' && v.toLowerCase().startsWith(clause.value.toLowerCase());
    const r = compareJson(v, clause.value);
    switch (clause.op) {
      case 'eq':
        return r === 0;
      case 'ne':
        return r !== 0;
      case 'gt':
        return r !== undefined && r > 0;
      case 'ge':
        return r !== undefined && r >= 0;
      case 'lt':
        return r !== undefined && r < 0;
      case 'le':
        return r !== undefined && r <= 0;
    }
  });
}
