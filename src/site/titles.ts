/** A directive's title in the interface's words: "Công văn 20/UBND-NN". */
import { directiveTitle } from '../lib/directives/title.ts';
import { t } from '../i18n/vi.ts';

/** "Công văn 20/UBND-NN", "Thông báo không ghi số, ký hiệu TB-UBND". */
export const titleOf = (d: Parameters<typeof directiveTitle>[0]): string =>
  directiveTitle(d, { noNumber: t('directive.noNumber'), symbol: t('directive.symbol') });
