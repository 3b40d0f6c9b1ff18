import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Search attributes of the measure lifecycle workflows (no personal data): for finding workflows
 * in the Temporal UI and CLI. Lists and dashboards read the database, never these.
 */
export const LIFECYCLE_SEARCH_ATTRIBUTES = {
  organization: defineSearchAttributeKey('ProngsaiOrganization', SearchAttributeType.KEYWORD),
  fiscalYear: defineSearchAttributeKey('ProngsaiFiscalYear', SearchAttributeType.INT),
  status: defineSearchAttributeKey('ProngsaiStatus', SearchAttributeType.KEYWORD),
  divisions: defineSearchAttributeKey('ProngsaiDivisions', SearchAttributeType.KEYWORD_LIST),
  nextDueDate: defineSearchAttributeKey('ProngsaiNextDueDate', SearchAttributeType.DATETIME),
} as const;

/** Names and types as `temporal server start-dev --search-attribute NAME=Type` spells them. */
export const LIFECYCLE_SEARCH_ATTRIBUTE_FLAGS: readonly string[] = [
  'ProngsaiOrganization=Keyword',
  'ProngsaiFiscalYear=Int',
  'ProngsaiStatus=Keyword',
  'ProngsaiDivisions=KeywordList',
  'ProngsaiNextDueDate=Datetime',
];
