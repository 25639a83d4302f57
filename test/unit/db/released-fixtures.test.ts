import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/storage/schema-history';

/**
 * The fixture of every released schema version, frozen by its checksum: a released version is
 * never edited, its database or its fixture (upgrade.test.ts holds the declared stores against
 * each fixture). Releasing version N adds vN.json and its line here, once.
 */
const RELEASED: Record<number, string> = {
  1: '2c7641c93b88d2dc6a65321d49b39e7ede936e39d028e399afc23573512b9834',
  2: '8c251342f9b5562a811e1cc167afd02bd2dc08d9b468d28ec4602c47e47c2cfd',
  3: '9579e1b7b05fa3cce8be3da4ee9e2fd4a51fa1e803b49475cab5b01d5727b614',
  4: '3141e35545ffa458fa4a8c45b4e020eab64c26d866e00c69424d70ef00ef933a',
  5: '1c94a2bbdb616095a7ee46b7e6d6a07d1a3ec803cebef3f23aa00f2d1c99e84f',
  6: '1591ccbbe00692114dee5532d9cd539cc767460ede9be788a837b77e5f46a787',
  7: '4372f399ad7b7584fcc30e455138ccbf5f8b7a135af862feb22d198eae5d453b',
  8: '2d2fad98fa4554d160f6b39403a448ff32e66c4afc50d31c3ec4994f1a4191ca',
  9: '7ddac09aefdacac1698b2f45f31059eea71436cfaacfbb3e181828a4b9479e95',
};

const folder = path.resolve(import.meta.dirname, '../../fixtures/db');
const fixtures = readdirSync(folder)
  .map((name) => /^v(\d+)\.json$/.exec(name)?.[1])
  .filter((n): n is string => n !== undefined)
  .map(Number)
  .sort((a, b) => a - b);
// Line endings normalised, so a checkout that converts them does not count as an edit.
const checksum = (version: number) =>
  createHash('sha256')
    .update(readFileSync(path.join(folder, `v${version}.json`), 'utf8').replace(/\r\n/g, '\n'))
    .digest('hex');

describe('released database fixtures', () => {
  it('exist for every schema version up to the current one, and only for those', () => {
    expect(fixtures).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it.each(fixtures)('v%i is unchanged since its release', (version) => {
    expect(RELEASED[version], `v${version}.json has no recorded checksum`).toBeDefined();
    expect(checksum(version), `v${version}.json was edited after its release`).toBe(
      RELEASED[version],
    );
  });
});
