// @vitest-environment happy-dom
// Dexie's liveQuery looks for a global IndexedDB even when the database brings its own.
import 'fake-indexeddb/auto';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { installBank, listBanks } from '../../../renderer/src/db/bank-repository';
import { importBank } from '../../../renderer/src/features/exam/bank-import';
import { loadDefaultBank, useBank } from '../../../renderer/src/features/exam/banks';
import { makeTestBank } from '../../support/bank';
import { services } from '../../support/services';
import { testDatabase } from '../db/test-database';

const database = testDatabase();
const db = () => database;
const wrapper = services(database);

afterEach(async () => {
  cleanup();
  await db().questionBanks.clear();
});

// The default bank is its own chunk; read it once before the hooks ask for it.
beforeAll(() => loadDefaultBank(), 20_000);

const lembaga = { ...makeTestBank(() => 1), id: 'bank-lembaga', title: 'Bank soal lembaga' };

describe('the bank an attempt names', () => {
  it('is loading, never "missing", between being asked for and being found', async () => {
    await installBank(db(), lembaga);
    const seen: unknown[] = [];
    const { rerender, result } = renderHook(
      ({ key }: { key: string | undefined }) => {
        const bank = useBank(key);
        seen.push(bank === undefined ? 'loading' : bank === null ? 'missing' : bank.key);
        return bank;
      },
      { initialProps: { key: undefined as string | undefined }, wrapper },
    );
    // An attempt not read yet has no key; once it is, its bank is looked up.
    await waitFor(() => expect(seen).toContain('loading'));
    rerender({ key: 'bank-lembaga@1.0' });
    await waitFor(() => expect(result.current?.key).toBe('bank-lembaga@1.0'));
    expect(seen).not.toContain('missing');
  });

  it('is missing once the bank is gone, and the default bank is always there', async () => {
    const { result, rerender } = renderHook(({ key }: { key: string }) => useBank(key), {
      initialProps: { key: 'bank-lembaga@1.0' },
      wrapper,
    });
    await waitFor(() => expect(result.current).toBeNull());
    rerender({ key: 'kompeten-default-id-soal@1.0' });
    await waitFor(() => expect(result.current?.builtin).toBe(true));
  });
});

describe('importing a bank', () => {
  it('counts a copy of the default bank as installed, and an altered copy as a conflict', async () => {
    const { bank } = await loadDefaultBank();
    expect((await importBank(db(), structuredClone(bank))).kind).toBe('already-installed');
    const altered = { ...bank, title: 'Bank soal lain' };
    expect(await importBank(db(), altered)).toMatchObject({
      kind: 'conflict',
      key: 'kompeten-default-id-soal@1.0',
    });
    expect(await listBanks(db())).toEqual([]);
  });

  it('installs another bank, once', async () => {
    expect(await importBank(db(), lembaga)).toEqual({
      kind: 'installed',
      key: 'bank-lembaga@1.0',
      title: 'Bank soal lembaga',
      version: '1.0',
    });
    expect((await importBank(db(), lembaga)).kind).toBe('already-installed');
    expect(await listBanks(db())).toHaveLength(1);
  });
});
