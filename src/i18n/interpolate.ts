/** Values filled into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * `template` with its `{name}` placeholders replaced by `params`. A placeholder without a value
 * is left as it is, so a missing parameter is visible rather than silently empty. The one
 * interpolation of the UI, chart and report catalogues.
 */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** The placeholder names of a template, sorted and without repeats ("{b} {a} {b}" → ["a", "b"]). */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] as string))].sort();
}
