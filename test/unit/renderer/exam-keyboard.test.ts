// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { examKeyAction } from '../../../renderer/src/features/exam/keyboard';

const press = (
  key: string,
  modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('exam keyboard', () => {
  it('chooses with 1–5 or A–E, in either case, only among the options there are', () => {
    expect(examKeyAction(press('1'), null, 4)).toEqual({ kind: 'choose', option: 'A' });
    expect(examKeyAction(press('c'), null, 4)).toEqual({ kind: 'choose', option: 'C' });
    expect(examKeyAction(press('D'), null, 4)).toEqual({ kind: 'choose', option: 'D' });
    expect(examKeyAction(press('5'), null, 4)).toBeNull();
    expect(examKeyAction(press('e'), null, 5)).toEqual({ kind: 'choose', option: 'E' });
  });

  it('moves with N and P and flags with F', () => {
    expect(examKeyAction(press('n'), null, 4)).toEqual({ kind: 'next' });
    expect(examKeyAction(press('P'), null, 4)).toEqual({ kind: 'previous' });
    expect(examKeyAction(press('f'), null, 4)).toEqual({ kind: 'flag' });
    expect(examKeyAction(press('x'), null, 4)).toBeNull();
  });

  it('leaves keys alone with a modifier or while typing in a field', () => {
    expect(examKeyAction(press('c', { ctrlKey: true }), null, 4)).toBeNull();
    expect(examKeyAction(press('p', { metaKey: true }), null, 4)).toBeNull();
    const field = document.createElement('textarea');
    expect(examKeyAction(press('a'), field, 4)).toBeNull();
    const radio = document.createElement('input');
    radio.type = 'radio';
    expect(examKeyAction(press('a'), radio, 4)).toEqual({ kind: 'choose', option: 'A' });
  });
});
