// JSON representation of OData primitive (Edm.*) values, per OData JSON Format v4.01 §7.1.
// Returns a description of the problem, or undefined when the value fits the type.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_OF_DAY = /^\d{2}:\d{2}(:\d{2}(\.\d{1,12})?)?$/;
const DATE_TIME_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,12})?)?(Z|[+-]\d{2}:\d{2})$/;
const DURATION = /^-?P(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
const SPECIAL_FLOATS = new Set(['NaN', 'INF', '-INF']);

const INTEGER_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  'Edm.Byte': [0, 255],
  'Edm.SByte': [-128, 127],
  'Edm.Int16': [-32768, 32767],
  'Edm.Int32': [-2147483648, 2147483647],
  'Edm.Int64': [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string ${JSON.stringify(value)}` : `a ${typeof value}`;
}

function expectString(value: unknown, type: string, pattern?: RegExp): string | undefined {
  if (typeof value !== 'string') return `expected ${type} as a string, got ${describe(value)}`;
  if (pattern !== undefined && !pattern.test(value)) return `expected ${type}, got ${describe(value)}`;
  return undefined;
}

function checkInteger(value: unknown, type: string, range: readonly [number, number]): string | undefined {
  // Int64 may be sent as a string under IEEE754Compatible=true.
  if (type === 'Edm.Int64' && typeof value === 'string' && /^-?\d+$/.test(value)) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) return `expected ${type} (an integer), got ${describe(value)}`;
  if (value < range[0] || value > range[1]) return `${value} is out of range for ${type}`;
  return undefined;
}

function checkFloat(value: unknown, type: string): string | undefined {
  if (typeof value === 'number') return undefined;
  if (typeof value === 'string' && SPECIAL_FLOATS.has(value)) return undefined;
  if (type === 'Edm.Decimal' && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return undefined;
  return `expected ${type} (a number), got ${describe(value)}`;
}

/** True when `type` is an Edm primitive the checker knows. */
export function isPrimitive(type: string): boolean {
  return type.startsWith('Edm.');
}

/** Checks a non-null JSON value against an Edm primitive type. */
export function checkPrimitive(type: string, value: unknown): string | undefined {
  const range = INTEGER_RANGES[type];
  if (range !== undefined) return checkInteger(value, type, range);
  switch (type) {
    case 'Edm.String':
      return expectString(value, type);
    case 'Edm.Boolean':
      return typeof value === 'boolean' ? undefined : `expected Edm.Boolean, got ${describe(value)}`;
    case 'Edm.Double':
    case 'Edm.Single':
    case 'Edm.Decimal':
      return checkFloat(value, type);
    case 'Edm.DateTimeOffset':
      return expectString(value, type, DATE_TIME_OFFSET);
    case 'Edm.Date':
      return expectString(value, type, DATE);
    case 'Edm.TimeOfDay':
      return expectString(value, type, TIME_OF_DAY);
    case 'Edm.Duration':
      return expectString(value, type, DURATION);
    case 'Edm.Guid':
      return expectString(value, type, GUID);
    case 'Edm.Binary':
      return expectString(value, type, BASE64);
    case 'Edm.Stream':
      return expectString(value, type);
    case 'Edm.Untyped':
      return undefined;
    default:
      return `unknown primitive type ${type}`;
  }
}
