/**
 * html-validate with the project's configuration (.htmlvalidate.mjs), set up once for thousands of
 * files: the stock loaders resolve the configuration again for every file (per directory), which
 * costs more than validating a page, so this loader resolves it once and hands out the same result.
 */
import { HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';
import config from '../../.htmlvalidate.mjs';

class ResolvedOnce extends StaticConfigLoader {
  private resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;
  override getConfigFor(handle: string, override?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (override) return super.getConfigFor(handle, override);
    return (this.resolved ??= super.getConfigFor(handle));
  }
}

/** A validator using .htmlvalidate.mjs. */
export const projectValidator = (): HtmlValidate => new HtmlValidate(new ResolvedOnce(config));

/** Validates one document; one line per problem: "line:column rule: message". */
export const validateHtml = async (validator: HtmlValidate, html: string, name: string): Promise<string[]> => {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
};
