/** Small helpers for building result lists without a framework. Text is always set as text. */

type Child = Node | string | null | undefined | false;

/** An element with attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(c);
  return el;
}

/** Fill `{name}` placeholders of an interface string. */
export const fill = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));

/** Interface strings handed over by the page in a data-strings attribute (JSON). */
export const readStrings = <T>(el: HTMLElement): T => JSON.parse(el.dataset.strings ?? '{}') as T;

/** Moves focus to the first link of `item` (after "more" added results), without scrolling past it. */
export function focusFirstLink(item: Element | undefined): void {
  item?.querySelector<HTMLAnchorElement>('a')?.focus();
}
