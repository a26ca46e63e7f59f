/**
 * Test helper: the InputError a function throws (fails the test if it throws nothing or
 * something else).
 */
import { InputError } from '../../src/core/errors';

export function inputErrorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}
