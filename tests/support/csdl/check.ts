// Checks JSON values against the Graph metadata: no property Graph does not define, values of
// the declared (or @odata.type-derived) types, enum values that exist.
//
// Open types: the CSDL marks most Graph entities open (event, message, user, ... carry
// OpenType="true" so that schema extensions can appear on them), which would let any property
// through. Graph does not invent properties, so by default only types whose dynamic properties
// are real data accept undeclared keys: list item `fields` (microsoft.graph.fieldValueSet).
// Pass `{ openTypes: 'csdl' }` to honour the CSDL's OpenType flags instead.
import type { CsdlModel, TypeRef } from './model';
import { checkPrimitive, isPrimitive } from './primitives';

export type ViolationKind =
  'unknown-property' | 'unknown-type' | 'not-derived' | 'abstract-type' | 'type-mismatch' | 'enum-value' | 'null' | 'annotation';

export interface Violation {
  /** Where in the body, e.g. "value[2].attendees[0].status.response"; "" is the body itself. */
  readonly path: string;
  readonly kind: ViolationKind;
  readonly message: string;
}

export interface CheckOptions {
  /**
   * 'strict' (default): undeclared properties are violations except on `dynamicTypes`;
   * 'csdl': every type the CSDL marks OpenType (or derived from one) accepts them.
   */
  readonly openTypes?: 'strict' | 'csdl';
  /** Types (and their derived types) whose undeclared properties are data. */
  readonly dynamicTypes?: readonly string[];
}

export const DEFAULT_DYNAMIC_TYPES: readonly string[] = ['microsoft.graph.fieldValueSet'];

type Json = Readonly<Record<string, unknown>>;

export function isJsonObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** Instance annotations Graph sends on objects: OData control information, Graph's own, delta's `@removed`. */
function isKnownInstanceAnnotation(name: string): boolean {
  return name.startsWith('odata.') || name.startsWith('microsoft.graph.') || name === 'removed';
}

class Checker {
  readonly violations: Violation[] = [];

  constructor(
    private readonly model: CsdlModel,
    private readonly options: CheckOptions = {},
  ) {}

  acceptsDynamic(typeName: string): boolean {
    if (this.options.openTypes === 'csdl') return this.model.isOpen(typeName);
    const dynamic = this.options.dynamicTypes ?? DEFAULT_DYNAMIC_TYPES;
    return dynamic.some((t) => this.model.derivesFrom(typeName, t));
  }

  add(path: string, kind: ViolationKind, message: string): void {
    this.violations.push({ path, kind, message });
  }

  /** A value of `ref` (a single type or a collection of it). */
  value(ref: TypeRef, nullable: boolean, value: unknown, path: string): void {
    if (!ref.collection) {
      this.single(ref.name, nullable, value, path);
      return;
    }
    if (!Array.isArray(value)) {
      this.add(path, value === null ? 'null' : 'type-mismatch', `expected Collection(${ref.name}) as an array`);
      return;
    }
    value.forEach((item: unknown, i) => this.single(ref.name, nullable, item, `${path}[${i}]`));
  }

  single(typeName: string, nullable: boolean, value: unknown, path: string): void {
    if (value === null) {
      if (!nullable) this.add(path, 'null', `null is not allowed (${typeName}, Nullable=false)`);
      return;
    }
    if (isPrimitive(typeName)) {
      const problem = checkPrimitive(typeName, value);
      if (problem !== undefined) this.add(path, 'type-mismatch', problem);
      return;
    }
    const enumType = this.model.enumType(typeName);
    if (enumType !== undefined) {
      this.enumValue(enumType.fullName, enumType.members, enumType.flags, value, path);
      return;
    }
    if (this.model.structured(typeName) === undefined) {
      this.add(path, 'unknown-type', `${typeName} is not a Graph v1.0 type`);
      return;
    }
    if (!isJsonObject(value)) {
      this.add(path, 'type-mismatch', `expected ${typeName} as an object`);
      return;
    }
    this.object(typeName, value, path);
  }

  enumValue(name: string, members: ReadonlySet<string>, flags: boolean, value: unknown, path: string): void {
    if (typeof value !== 'string') {
      this.add(path, 'type-mismatch', `expected ${name} (an enum member name as a string)`);
      return;
    }
    const parts = flags ? value.split(',').map((p) => p.trim()) : [value];
    const bad = parts.filter((p) => !members.has(p));
    if (bad.length > 0) {
      this.add(path, 'enum-value', `${JSON.stringify(value)} is not a member of ${name} (${[...members].join(', ')})`);
    }
  }

  /** The type the object claims with @odata.type, if it is a valid derivation of `expected`. */
  actualType(expected: string, obj: Json, path: string): string {
    const claimed = obj['@odata.type'];
    if (claimed === undefined) {
      if (this.model.structured(expected)?.abstract === true) {
        this.add(path, 'abstract-type', `${expected} is abstract: the object needs @odata.type naming a derived type`);
      }
      return expected;
    }
    if (typeof claimed !== 'string') {
      this.add(join(path, '@odata.type'), 'annotation', '@odata.type must be a string');
      return expected;
    }
    const actual = this.model.qualify(claimed);
    if (this.model.structured(actual) === undefined) {
      this.add(join(path, '@odata.type'), 'unknown-type', `${claimed} is not a Graph v1.0 type`);
      return expected;
    }
    if (!this.model.derivesFrom(actual, expected)) {
      this.add(join(path, '@odata.type'), 'not-derived', `${actual} does not derive from ${expected}`);
      return expected;
    }
    return actual;
  }

  object(expected: string, obj: Json, path: string): void {
    const typeName = this.actualType(expected, obj, path);
    const properties = this.model.properties(typeName);
    const open = this.acceptsDynamic(typeName);
    for (const [key, value] of Object.entries(obj)) {
      const at = key.indexOf('@');
      if (at === 0) {
        this.instanceAnnotation(key.slice(1), value, join(path, key));
      } else if (at > 0) {
        this.propertyAnnotation(typeName, properties.has(key.slice(0, at)) || open, key, path);
      } else {
        const prop = properties.get(key);
        if (prop !== undefined) this.value(prop.type, prop.nullable, value, join(path, key));
        else if (!open) this.add(join(path, key), 'unknown-property', `${key} is not a property of ${typeName}`);
      }
    }
  }

  instanceAnnotation(name: string, value: unknown, path: string): void {
    if (!isKnownInstanceAnnotation(name)) {
      this.add(path, 'annotation', `@${name} is not an OData or Graph annotation`);
    } else if (name === 'odata.count' ? typeof value !== 'number' : name.startsWith('odata.') && typeof value !== 'string') {
      this.add(path, 'annotation', `@${name} has a value of the wrong type`);
    }
  }

  propertyAnnotation(typeName: string, known: boolean, key: string, path: string): void {
    const [property = '', annotation = ''] = key.split('@', 2);
    if (!known) this.add(join(path, key), 'unknown-property', `${property} is not a property of ${typeName}`);
    else if (!isKnownInstanceAnnotation(annotation)) {
      this.add(join(path, key), 'annotation', `@${annotation} is not an OData or Graph annotation`);
    }
  }
}

/**
 * Checks `value` against a Graph type ("microsoft.graph.event", "graph.event" or
 * "Collection(microsoft.graph.attendee)"). Returns every violation found; [] when it fits.
 */
export function checkShape(model: CsdlModel, typeName: string, value: unknown, path = '', options?: CheckOptions): Violation[] {
  const checker = new Checker(model, options);
  checker.value(model.typeRef(typeName), true, value, path);
  return checker.violations;
}

const COLLECTION_KEYS = new Set(['value', '@odata.context', '@odata.nextLink', '@odata.deltaLink', '@odata.count']);

/**
 * Checks a collection response `{ value: [...], '@odata.nextLink'?, '@odata.deltaLink'?, ... }`
 * whose items are of `typeName` (an element type, or "Collection(<element type>)").
 */
export function checkCollection(model: CsdlModel, typeName: string, body: unknown, path = '', options?: CheckOptions): Violation[] {
  const checker = new Checker(model, options);
  if (!isJsonObject(body) || !Array.isArray(body['value'])) {
    checker.add(path, 'type-mismatch', 'expected a collection response { "value": [...] }');
    return checker.violations;
  }
  for (const [key, value] of Object.entries(body)) {
    if (!COLLECTION_KEYS.has(key)) checker.add(join(path, key), 'unknown-property', `${key} is not part of a collection response`);
    else if (key !== 'value') checker.instanceAnnotation(key.slice(1), value, join(path, key));
  }
  const element = model.typeRef(typeName);
  checker.value({ name: element.name, collection: true }, true, body['value'], join(path, 'value'));
  return checker.violations;
}

/** One line per violation: "label: path -> message". */
export function formatViolations(label: string, violations: readonly Violation[]): string {
  return violations.map((v) => `${label}: ${v.path === '' ? '(body)' : v.path} -> ${v.message}`).join('\n');
}
