import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import type { Configuration, FuseOptionsV1 } from 'app-builder-lib';
import { parse } from 'yaml';

export const root = path.resolve(import.meta.dirname, '../../..');
export const configFile = path.join(root, 'electron-builder.yml');

/** electron-builder.yml as written, before electron-builder merges in its defaults. */
export function readConfig(): Configuration {
  return parse(readFileSync(configFile, 'utf8')) as Configuration;
}

export interface PackageJson {
  name: string;
  main: string;
  homepage?: string;
  author?: string | { name?: string; email?: string };
  desktopName?: string;
}

export function readPackageJson(): PackageJson {
  return JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageJson;
}

export type FuseKey = Exclude<keyof FuseOptionsV1, 'resetAdHocDarwinSignature'>;

/**
 * The fuses in wire order, as @electron/fuses numbers them (FuseV1Options.RunAsNode = 0 …), each
 * with the key electron-builder.yml names it by (`runAsNode`). Taken from @electron/fuses rather
 * than written out, so a fuse it adds shows up here too.
 */
export const FUSES: readonly { index: number; key: FuseKey }[] = Object.entries(FuseV1Options)
  .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
  .map(([name, index]) => ({ index, key: (name[0]!.toLowerCase() + name.slice(1)) as FuseKey }))
  .sort((a, b) => a.index - b.index);

/** "Name <mail@host>", the form a deb's Maintainer field needs. */
export const MAINTAINER = /^[^<>@]+ <[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+>$/;
