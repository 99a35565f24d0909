/**
 * Registers a tag unless it is already registered, so two copies of the script on one page
 * (a CMS block and a theme, say) do not throw. The first copy wins.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
