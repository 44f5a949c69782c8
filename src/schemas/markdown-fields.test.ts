import { describe, expect, it } from 'vitest';
import { MARKDOWN_FIELDS } from './markdown-fields.ts';
import { directiveSchema } from './directive.ts';
import { campaignSchema, newsSchema } from './news.ts';

describe('MARKDOWN_FIELDS', () => {
  it.each([
    ['content/directives', directiveSchema],
    ['content/news', newsSchema],
    ['content/campaigns', campaignSchema],
  ] as const)('documents exactly the fields of %s', (dir, schema) => {
    expect(Object.keys(MARKDOWN_FIELDS[dir]!).sort()).toEqual(Object.keys(schema.shape).sort());
  });
});
