import { describe, expect, it } from 'vitest';
import { isResultsYearPath, resultsPath } from './paths.ts';

// search-fields.ts indexes each results scope once, by its page without a year.
describe('isResultsYearPath', () => {
  it('tells the page of a named year from the scope page, for the nation and for a scope', () => {
    expect(isResultsYearPath(resultsPath('', 2022))).toBe(true);
    expect(isResultsYearPath(resultsPath('12-tinh-lai-chau', 2023))).toBe(true);
    expect(isResultsYearPath(resultsPath('truoc-2025/650-huyen-krong-nang', 2022))).toBe(true);
    expect(isResultsYearPath(resultsPath('truoc-2025/650-huyen-krong-nang'))).toBe(false);
    expect(isResultsYearPath(resultsPath())).toBe(false);
    expect(isResultsYearPath(resultsPath('12-tinh-lai-chau'))).toBe(false);
    expect(isResultsYearPath(resultsPath('pham-vi'))).toBe(false);
    expect(isResultsYearPath('/van-ban/nam-2023/')).toBe(false);
  });
});
