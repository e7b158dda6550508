/** t() and label() over one dictionary: the whole site's (ui.ts) or an island's share of it (islands.ts). */

/** Fills `{name}` placeholders from `vars` (own properties only: a placeholder named "constructor" stays). */
function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}

export function translator<D extends Record<string, string>>(dictionary: D) {
  return {
    /** The string for `key`, with `{name}` placeholders filled from `vars`. */
    t(key: keyof D & string, vars: Record<string, string | number> = {}): string {
      return fill(dictionary[key] as string, vars);
    },
    /** For labels built from enum values (`actorKind.kela`): the string, or the value itself when no label exists. */
    label(prefix: string, value: string): string {
      const key = `${prefix}.${value}`;
      return Object.hasOwn(dictionary, key) ? (dictionary[key] as string) : value;
    },
  };
}
