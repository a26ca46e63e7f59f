/** "1 reply", "2 replies": a count with the word that goes with it (reports and summaries). */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
