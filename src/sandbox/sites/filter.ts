import { GraphHttpError } from '../http/types';

/**
 * The OData `$filter` subset Graph accepts on list items: comparisons (eq ne gt ge lt le) of
 * `fields/X` (or `id`) with a string, number, boolean or date literal, `startswith(fields/X,'v')`,
 * combined with `and`, `or`, `not` and parentheses.
 */
export type Literal = string | number | boolean | null;
export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type FilterExpr =
  | { readonly kind: 'and' | 'or'; readonly left: FilterExpr; readonly right: FilterExpr }
  | { readonly kind: 'not'; readonly expr: FilterExpr }
  | { readonly kind: 'cmp'; readonly field: string; readonly op: CompareOp; readonly value: Literal }
  | { readonly kind: 'startswith'; readonly field: string; readonly value: string };

type Token = { readonly t: 'punc'; readonly v: '(' | ')' | ',' } | { readonly t: 'str'; readonly v: string } | { readonly t: 'word'; readonly v: string };

function invalid(message: string): GraphHttpError {
  return new GraphHttpError(400, 'invalidRequest', `Invalid filter clause: ${message}`);
}

function tokenize(text: string): Token[] {
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

/** Field name of a property path: `fields/Start` -> "Start", `id` -> "id". */
function fieldOf(path: string): string {
  if (/^id$/i.test(path)) return 'id';
  const m = /^fields\/(\w+)$/i.exec(path);
  if (!m?.[1]) throw invalid(`'${path}' is not a list item field (use fields/<Name>)`);
  return /^id$/i.test(m[1]) ? 'id' : m[1];
}

function literalOf(tok: Token | undefined): Literal {
  if (!tok) throw invalid('missing value');
  if (tok.t === 'str') return tok.v;
  if (tok.t === 'punc') throw invalid(`unexpected '${tok.v}'`);
  if (tok.v === 'true' || tok.v === 'false') return tok.v === 'true';
  if (tok.v === 'null') return null;
  if (/^-?\d+(\.\d+)?$/.test(tok.v)) return Number(tok.v);
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(tok.v)) return tok.v;
  throw invalid(`unexpected '${tok.v}'`);
}

export function parseFilter(text: string): FilterExpr {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const next = (): Token | undefined => tokens[pos++];
  const isWord = (tok: Token | undefined, w: string): boolean => tok?.t === 'word' && tok.v.toLowerCase() === w;
  const expect = (v: '(' | ')' | ','): void => {
    const tok = next();
    if (tok?.t !== 'punc' || tok.v !== v) throw invalid(`expected '${v}'`);
  };

  const primary = (): FilterExpr => {
    const tok = next();
    if (tok?.t === 'punc' && tok.v === '(') {
      const inner = orExpr();
      expect(')');
      return inner;
    }
    if (isWord(tok, 'not')) return { kind: 'not', expr: primary() };
    if (isWord(tok, 'startswith')) {
      expect('(');
      const path = next();
      if (path?.t !== 'word') throw invalid('startswith needs a field');
      expect(',');
      const value = literalOf(next());
      expect(')');
      return { kind: 'startswith', field: fieldOf(path.v), value: String(value) };
    }
    if (tok?.t !== 'word') throw invalid('expected a field');
    const op = next();
    const opName = op?.t === 'word' ? (op.v.toLowerCase() as CompareOp) : undefined;
    if (!opName || !OPS.includes(opName)) throw invalid(`expected one of ${OPS.join(', ')} after ${tok.v}`);
    return { kind: 'cmp', field: fieldOf(tok.v), op: opName, value: literalOf(next()) };
  };
  const andExpr = (): FilterExpr => {
    let left = primary();
    while (isWord(peek(), 'and')) {
      next();
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };
  const orExpr = (): FilterExpr => {
    let left = andExpr();
    while (isWord(peek(), 'or')) {
      next();
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  };

  const expr = orExpr();
  if (pos < tokens.length) throw invalid(`unexpected '${tokens[pos]?.v ?? ''}'`);
  return expr;
}

/** Every field a filter refers to. */
export function filterFields(expr: FilterExpr): string[] {
  switch (expr.kind) {
    case 'and':
    case 'or':
      return [...filterFields(expr.left), ...filterFields(expr.right)];
    case 'not':
      return filterFields(expr.expr);
    default:
      return [expr.field];
  }
}
