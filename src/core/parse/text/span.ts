/**
 * Finding the first and last non-blank lines of a range: how text parsers trim a block.
 */

/** 0-based index of the first non-blank line in [from, to), or -1. */
export function firstNonBlank(lines: string[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (lines[i]!.trim() !== '') return i;
  return -1;
}

/** 0-based index of the last non-blank line in [from, to), or -1. */
export function lastNonBlank(lines: string[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (lines[i]!.trim() !== '') return i;
  return -1;
}
