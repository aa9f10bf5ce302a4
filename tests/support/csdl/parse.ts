// CSDL XML → CsdlModel with fast-xml-parser. Annotations, terms and the entity container are
// not needed by the checker and are left unparsed (stop nodes), which keeps parsing fast.
import { XMLParser } from 'fast-xml-parser';
import { CsdlModel, parseTypeRef, qualifyName } from './model';
import type { CsdlOperation, CsdlProperty, CsdlType, TypeRef } from './model';

type XmlNode = Readonly<Record<string, unknown>>;

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Child elements of `node` named `name` (the parser makes every element an array). */
function children(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  return Array.isArray(value) ? value.filter(isNode) : [];
}

function attr(node: XmlNode, name: string): string | undefined {
  const value = node[name];
  return typeof value === 'string' ? value : undefined;
}

function requiredAttr(node: XmlNode, name: string, where: string): string {
  const value = attr(node, name);
  if (value === undefined) throw new Error(`CSDL: ${where} lacks the ${name} attribute`);
  return value;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  isArray: (_name, _jpath, _isLeaf, isAttribute) => !isAttribute,
  stopNodes: ['*.Annotations', '*.Annotation', '*.EntityContainer', '*.Term'],
});

/** Qualifies names against the document's aliases while the model is being built. */
class Names {
  constructor(private readonly aliases: ReadonlyMap<string, string>) {}

  qualify(name: string): string {
    return qualifyName(this.aliases, name);
  }

  typeRef(expression: string): TypeRef {
    return parseTypeRef(this.aliases, expression);
  }
}

function readProperties(type: XmlNode, names: Names, where: string): Map<string, CsdlProperty> {
  const props = new Map<string, CsdlProperty>();
  const add = (node: XmlNode, navigation: boolean): void => {
    const name = requiredAttr(node, 'Name', where);
    const type = names.typeRef(requiredAttr(node, 'Type', `${where}.${name}`));
    props.set(name, { name, type, nullable: attr(node, 'Nullable') !== 'false', navigation });
  };
  for (const node of children(type, 'Property')) add(node, false);
  for (const node of children(type, 'NavigationProperty')) add(node, true);
  return props;
}

function readTypes(schema: XmlNode, namespace: string, names: Names, into: Map<string, CsdlType>): void {
  for (const kind of ['EntityType', 'ComplexType'] as const) {
    for (const node of children(schema, kind)) {
      const fullName = `${namespace}.${requiredAttr(node, 'Name', `${namespace} ${kind}`)}`;
      const base = attr(node, 'BaseType');
      into.set(fullName, {
        kind: kind === 'EntityType' ? 'entity' : 'complex',
        fullName,
        baseType: base === undefined ? undefined : names.qualify(base),
        abstract: attr(node, 'Abstract') === 'true',
        open: attr(node, 'OpenType') === 'true',
        ownProperties: readProperties(node, names, fullName),
      });
    }
  }
  for (const node of children(schema, 'EnumType')) {
    const fullName = `${namespace}.${requiredAttr(node, 'Name', `${namespace} EnumType`)}`;
    const members = children(node, 'Member').map((m) => requiredAttr(m, 'Name', fullName));
    into.set(fullName, { kind: 'enum', fullName, members: new Set(members), flags: attr(node, 'IsFlags') === 'true' });
  }
}

function readOperations(schema: XmlNode, namespace: string, names: Names, into: CsdlOperation[]): void {
  for (const kind of ['Action', 'Function'] as const) {
    for (const node of children(schema, kind)) {
      const fullName = `${namespace}.${requiredAttr(node, 'Name', `${namespace} ${kind}`)}`;
      const bound = attr(node, 'IsBound') === 'true';
      const binding = bound ? children(node, 'Parameter')[0] : undefined;
      const bindingTypeName = binding === undefined ? undefined : attr(binding, 'Type');
      const returns = children(node, 'ReturnType')[0];
      const returnTypeName = returns === undefined ? undefined : attr(returns, 'Type');
      into.push({
        kind: kind === 'Action' ? 'action' : 'function',
        fullName,
        bindingType: bindingTypeName === undefined ? undefined : names.typeRef(bindingTypeName),
        returnType: returnTypeName === undefined ? undefined : names.typeRef(returnTypeName),
      });
    }
  }
}

function schemasOf(document: unknown): XmlNode[] {
  const root = isNode(document) ? children(document, 'edmx:Edmx')[0] : undefined;
  const services = root === undefined ? undefined : children(root, 'edmx:DataServices')[0];
  const schemas = services === undefined ? [] : children(services, 'Schema');
  if (schemas.length === 0) throw new Error('CSDL: no edmx:Edmx/edmx:DataServices/Schema elements found');
  return schemas;
}

/** Parses a CSDL (OData v4 XML metadata) document. */
export function parseCsdl(xml: string): CsdlModel {
  const schemas = schemasOf(parser.parse(xml));
  const aliases = new Map<string, string>();
  for (const schema of schemas) {
    const alias = attr(schema, 'Alias');
    const namespace = requiredAttr(schema, 'Namespace', 'Schema');
    if (alias !== undefined) aliases.set(alias, namespace);
  }
  const names = new Names(aliases);
  const types = new Map<string, CsdlType>();
  const operations: CsdlOperation[] = [];
  for (const schema of schemas) {
    const namespace = requiredAttr(schema, 'Namespace', 'Schema');
    readTypes(schema, namespace, names, types);
    readOperations(schema, namespace, names, operations);
  }
  return new CsdlModel({ aliases, types, operations });
}
