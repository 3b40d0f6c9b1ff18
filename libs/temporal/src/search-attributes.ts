import { OperatorError } from '@prongsai/config';
import { LIFECYCLE_SEARCH_ATTRIBUTES } from '@prongsai/contracts';
import type { SearchAttributeType } from '@temporalio/common';

/** The server's numbers for search attribute types (temporal.api.enums.v1.IndexedValueType). */
const INDEXED_VALUE_TYPES: Record<SearchAttributeType, number> = {
  TEXT: 1,
  KEYWORD: 2,
  INT: 3,
  DOUBLE: 4,
  BOOL: 5,
  DATETIME: 6,
  KEYWORD_LIST: 7,
};

interface OperatorServiceLike {
  listSearchAttributes(request: { namespace: string }): Promise<{ customAttributes?: Record<string, unknown> | null }>;
  addSearchAttributes(request: { namespace: string; searchAttributes: Record<string, number> }): Promise<unknown>;
}

/**
 * Registers the lifecycle's search attributes in the namespace when they are missing, so its
 * workflows can set them. A server that refuses (e.g. a managed cloud) gets one line saying what to
 * register by hand.
 */
export async function ensureSearchAttributes(operatorService: OperatorServiceLike, namespace: string): Promise<string[]> {
  const wanted = Object.values(LIFECYCLE_SEARCH_ATTRIBUTES);
  const existing = await listCustomAttributes(operatorService, namespace);
  const missing = wanted.filter((key) => !(key.name in existing));
  if (missing.length === 0) return [];
  try {
    await operatorService.addSearchAttributes({
      namespace,
      searchAttributes: Object.fromEntries(missing.map((key) => [key.name, INDEXED_VALUE_TYPES[key.type]])),
    });
  } catch (error) {
    throw new OperatorError(
      `Temporal namespace "${namespace}" lacks the search attributes ${missing.map((key) => `${key.name} (${key.type})`).join(', ')} and refused to add them (${(error as Error).message.split('\n')[0]}); register them, then start the worker again`,
      { cause: error },
    );
  }
  return missing.map((key) => key.name);
}

const GRPC_UNIMPLEMENTED = 12;

/** The namespace's custom attributes; the time-skipping test server cannot list them (it can add). */
async function listCustomAttributes(operatorService: OperatorServiceLike, namespace: string): Promise<Record<string, unknown>> {
  try {
    return (await operatorService.listSearchAttributes({ namespace })).customAttributes ?? {};
  } catch (error) {
    if ((error as { code?: number }).code === GRPC_UNIMPLEMENTED) return {};
    throw error;
  }
}
