import { describe, expect, it } from 'vitest';
import { keyCommand, type KeyInfo } from '../../../src/views/network/keyboard';

function key(k: string, extra: Partial<KeyInfo> = {}): KeyInfo {
  return { key: k, ctrlKey: false, metaKey: false, altKey: false, targetTag: 'BODY', targetEditable: false, targetInDialog: false, ...extra };
}

describe('keyboard shortcuts', () => {
  it('maps + - 0 and Escape', () => {
    expect(keyCommand(key('+'))).toBe('zoomIn');
    expect(keyCommand(key('='))).toBe('zoomIn');
    expect(keyCommand(key('-'))).toBe('zoomOut');
    expect(keyCommand(key('0'))).toBe('fit');
    expect(keyCommand(key('Escape'))).toBe('clearSelection');
    expect(keyCommand(key('a'))).toBeNull();
  });

  it('ignores keys typed into fields, editable text and dialogs', () => {
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT']) expect(keyCommand(key('0', { targetTag: tag }))).toBeNull();
    expect(keyCommand(key('Escape', { targetTag: 'INPUT' }))).toBeNull();
    expect(keyCommand(key('+', { targetTag: 'DIV', targetEditable: true }))).toBeNull();
    expect(keyCommand(key('Escape', { targetTag: 'BUTTON', targetInDialog: true }))).toBeNull();
    expect(keyCommand(key('+', { targetTag: 'BUTTON' }))).toBe('zoomIn');
  });

  it('leaves modifier combinations (browser zoom) alone', () => {
    expect(keyCommand(key('+', { ctrlKey: true }))).toBeNull();
    expect(keyCommand(key('-', { metaKey: true }))).toBeNull();
    expect(keyCommand(key('0', { altKey: true }))).toBeNull();
  });
});
