// The parts of an OData CSDL document the contract checker needs, with lookups that follow
// base types and schema aliases. Pure data: parsing lives in parse.ts, file access in metadata.ts.

/** A reference to a type: `{ name: 'microsoft.graph.attendee', collection: true }` for `Collection(graph.attendee)`. */
export interface TypeRef {
  /** Fully qualified (aliases resolved), e.g. "microsoft.graph.attendee" or "Edm.String". */
  readonly name: string;
  readonly collection: boolean;
}

export interface CsdlProperty {
  readonly name: string;
  readonly type: TypeRef;
  /** CSDL `Nullable`; defaults to true. For collections it applies to the items. */
  readonly nullable: boolean;
  readonly navigation: boolean;
}

export interface CsdlStructuredType {
  readonly kind: 'entity' | 'complex';
  readonly fullName: string;
  readonly baseType: string | undefined;
  readonly abstract: boolean;
  readonly open: boolean;
  /** Properties and navigation properties declared on this type itself (not its bases). */
  readonly ownProperties: ReadonlyMap<string, CsdlProperty>;
}

export interface CsdlEnumType {
  readonly kind: 'enum';
  readonly fullName: string;
  readonly members: ReadonlySet<string>;
  readonly flags: boolean;
}

export interface CsdlOperation {
  readonly kind: 'action' | 'function';
  readonly fullName: string;
  /** Type of the binding parameter for bound operations. */
  readonly bindingType: TypeRef | undefined;
  readonly returnType: TypeRef | undefined;
}

export type CsdlType = CsdlStructuredType | CsdlEnumType;

export interface CsdlModelParts {
  /** Alias → namespace, e.g. graph → microsoft.graph. */
  readonly aliases: ReadonlyMap<string, string>;
  readonly types: ReadonlyMap<string, CsdlType>;
  readonly operations: readonly CsdlOperation[];
}

const COLLECTION = /^Collection\((.+)\)$/;

/** "#graph.event" / "graph.event" / "microsoft.graph.event" → "microsoft.graph.event". */
export function qualifyName(aliases: ReadonlyMap<string, string>, name: string): string {
  const bare = name.startsWith('#') ? name.slice(1) : name;
  const dot = bare.lastIndexOf('.');
  const target = dot < 0 ? undefined : aliases.get(bare.slice(0, dot));
  return target === undefined ? bare : `${target}${bare.slice(dot)}`;
}

/** Parses a type expression such as "Collection(graph.attendee)" into a qualified TypeRef. */
export function parseTypeRef(aliases: ReadonlyMap<string, string>, expression: string): TypeRef {
  const bare = expression.startsWith('#') ? expression.slice(1) : expression;
  const inner = COLLECTION.exec(bare)?.[1];
  return inner === undefined
    ? { name: qualifyName(aliases, bare), collection: false }
    : { name: qualifyName(aliases, inner), collection: true };
}

export class CsdlModel {
  readonly aliases: ReadonlyMap<string, string>;
  readonly types: ReadonlyMap<string, CsdlType>;
  readonly operations: readonly CsdlOperation[];
  private readonly propertyCache = new Map<string, ReadonlyMap<string, CsdlProperty>>();

  constructor(parts: CsdlModelParts) {
    this.aliases = parts.aliases;
    this.types = parts.types;
    this.operations = parts.operations;
  }

  /** "#graph.event" / "graph.event" / "microsoft.graph.event" → "microsoft.graph.event". */
  qualify(name: string): string {
    return qualifyName(this.aliases, name);
  }

  /** "Collection(graph.attendee)" → `{ name: 'microsoft.graph.attendee', collection: true }`. */
  typeRef(expression: string): TypeRef {
    return parseTypeRef(this.aliases, expression);
  }

  type(name: string): CsdlType | undefined {
    return this.types.get(this.qualify(name));
  }

  structured(name: string): CsdlStructuredType | undefined {
    const found = this.type(name);
    return found !== undefined && found.kind !== 'enum' ? found : undefined;
  }

  enumType(name: string): CsdlEnumType | undefined {
    const found = this.type(name);
    return found?.kind === 'enum' ? found : undefined;
  }

  /** The type and its base types, most derived first. */
  lineage(name: string): CsdlStructuredType[] {
    const chain: CsdlStructuredType[] = [];
    const seen = new Set<string>();
    let current = this.structured(name);
    while (current !== undefined && !seen.has(current.fullName)) {
      seen.add(current.fullName);
      chain.push(current);
      current = current.baseType === undefined ? undefined : this.structured(current.baseType);
    }
    return chain;
  }

  /** All properties, including navigation properties and those inherited from base types. */
  properties(name: string): ReadonlyMap<string, CsdlProperty> {
    const key = this.qualify(name);
    const cached = this.propertyCache.get(key);
    if (cached !== undefined) return cached;
    const all = new Map<string, CsdlProperty>();
    for (const type of this.lineage(key).reverse()) {
      for (const [propName, prop] of type.ownProperties) all.set(propName, prop);
    }
    this.propertyCache.set(key, all);
    return all;
  }

  /** True when `derived` is `base` or inherits from it. */
  derivesFrom(derived: string, base: string): boolean {
    const target = this.qualify(base);
    return this.lineage(derived).some((t) => t.fullName === target);
  }

  /** True when the type or one of its bases is an open type (accepts dynamic properties). */
  isOpen(name: string): boolean {
    return this.lineage(name).some((t) => t.open);
  }

  /**
   * Finds an action or function by (qualified or alias) name; with `bindingType`, the overload
   * bound to that type (e.g. "Collection(graph.message)" for delta) or one of its bases.
   */
  operation(name: string, bindingType?: string): CsdlOperation | undefined {
    const fullName = this.qualify(name);
    const candidates = this.operations.filter((op) => op.fullName === fullName);
    if (bindingType === undefined) return candidates[0];
    const binding = this.typeRef(bindingType);
    return candidates.find(
      (op) =>
        op.bindingType !== undefined &&
        op.bindingType.collection === binding.collection &&
        this.derivesFrom(binding.name, op.bindingType.name),
    );
  }
}
