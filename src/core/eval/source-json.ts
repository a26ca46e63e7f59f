/**
 * Reads a corpus JSON file for evaluation: the value plus the 1-based line where each array
 * element starts, so that a malformed record can be reported by line. A syntax error becomes
 * InputError('BAD_JSON') with its line.
 */
import { InputError } from '../errors';
import { JsonSyntaxError, newJsonLines, readJson } from '../parse/json-reader';
import { stripBom } from '../parse/lines';

export interface SourceJson {
  value: unknown;
  /** 1-based line where element `index` of `array` starts (the array's own line when unknown). */
  lineOf(array: unknown[], index: number): number;
}

export function readSourceJson(text: string, what: string): SourceJson {
  const lines = newJsonLines();
  let value: unknown;
  try {
    value = readJson(stripBom(text), 1, lines);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    throw new InputError('BAD_JSON', `${what} is not valid JSON: ${e.message} (column ${e.column}).`, {
      line: e.line, unit: 'line', hint: 'Check that the file is complete and unchanged from the corpus.',
    });
  }
  return {
    value,
    lineOf: (array, index) => lines.elementLines.get(array)?.[index] ?? lines.containerLine.get(array) ?? 1,
  };
}

/** Throws InputError('BAD_JSON') for a record that does not have the expected shape. */
export function badRecord(what: string, line: number, expected: string): never {
  throw new InputError('BAD_JSON', `${what}: ${expected}.`, {
    line, unit: 'line', hint: 'Check that the file is complete and unchanged from the corpus.',
  });
}
