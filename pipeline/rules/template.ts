// Finding messages are templates over a fixed set of placeholders ({match}, {law}, …), filled per hit.

export const PLACEHOLDERS = ['match', 'law', 'article', 'issuer', 'value', 'limit', 'detail', 'successor', 'cited', 'source'] as const;
/** What a standing rule's note may name: its own match, the clause's place, its article (issuer-standing.ts). */
export const STANDING_PLACEHOLDERS = ['match', 'label', 'law', 'article'] as const;

export function fillTemplate(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, k: string) => (vars[k] !== undefined ? vars[k]! : all));
}
