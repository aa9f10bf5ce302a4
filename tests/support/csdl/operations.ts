// Response bodies of bound actions and functions (findMeetingTimes, getSchedule, delta, ...),
// checked against the return type the CSDL declares for them.
import { checkCollection, checkShape, isJsonObject } from './check';
import type { CheckOptions, Violation } from './check';
import type { CsdlModel } from './model';
import { isPrimitive } from './primitives';

function primitiveResult(model: CsdlModel, typeName: string, body: unknown, options?: CheckOptions): Violation[] {
  if (!isJsonObject(body) || !('value' in body)) {
    return [{ path: '', kind: 'type-mismatch', message: `expected { "value": <${typeName}> }` }];
  }
  const out: Violation[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (key === 'value') out.push(...checkShape(model, typeName, value, 'value', options));
    else if (!key.startsWith('@odata.'))
      out.push({ path: key, kind: 'unknown-property', message: `${key} is not part of an operation result` });
  }
  return out;
}

/**
 * Checks the body a bound action or function returned against its CSDL return type, e.g.
 * `checkOperationResult(model, 'microsoft.graph.findMeetingTimes', 'microsoft.graph.user', body)`
 * or `checkOperationResult(model, 'graph.delta', 'Collection(graph.message)', body)`.
 * Collections and primitives come wrapped in `{ value }`; operations without a return type have no body.
 */
export function checkOperationResult(
  model: CsdlModel,
  operation: string,
  bindingType: string,
  body: unknown,
  options?: CheckOptions,
): Violation[] {
  const op = model.operation(operation, bindingType);
  if (op === undefined) {
    return [{ path: '', kind: 'unknown-type', message: `${operation} bound to ${bindingType} is not in Graph v1.0` }];
  }
  const returns = op.returnType;
  if (returns === undefined) {
    const empty = body === undefined || body === null || body === '';
    return empty ? [] : [{ path: '', kind: 'type-mismatch', message: `${op.fullName} returns no body` }];
  }
  if (returns.collection) return checkCollection(model, returns.name, body, '', options);
  if (isPrimitive(returns.name) || model.enumType(returns.name) !== undefined) {
    return primitiveResult(model, returns.name, body, options);
  }
  return checkShape(model, returns.name, body, '', options);
}
