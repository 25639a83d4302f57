import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  Arch,
  LinuxPackager,
  MacPackager,
  Packager,
  Platform,
  WinPackager,
  type Configuration,
  type FileAssociation,
} from 'app-builder-lib';
import { NsisTarget } from 'app-builder-lib/out/targets/nsis/NsisTarget';
import { AppPackageHelper, CopyElevateHelper } from 'app-builder-lib/out/targets/nsis/nsisUtil';
import { computeArchToTargetNamesMap } from 'app-builder-lib/out/targets/targetFactory';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { DmgTarget } from 'dmg-builder';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OWN_FILE_TYPES } from '../../../shared/files/own-file-types';
import { FUSES, MAINTAINER, configFile, readConfig, readPackageJson, root } from './builder';

/**
 * electron-builder.yml checked by electron-builder's own code, with nothing downloaded: its
 * schema validator, then a real packager run for the Linux targets that stops where fpm and
 * appimagetool would start (`effectiveOptionComputed`, the hook electron-builder's own tests
 * use), then the NSIS and dmg steps that run before makensis and hdiutil.
 *
 * Not covered, as each needs a tool electron-builder downloads or macOS: the deb, AppImage, NSIS
 * installer and dmg files themselves (fpm, appimagetool, 7za and makensis, hdiutil), the .ico and
 * .icns made from resources/icon.png (electron-builder's icon tool), and the Mac app's
 * Info.plist with its document types (made from a real Electron.app).
 */

const ownExtensions = Object.values(OWN_FILE_TYPES)
  .map((type) => type.extension)
  .sort();
const yml = readConfig();
const pkg = readPackageJson();

describe('electron-builder.yml against electron-builder’s schema', () => {
  const validate = (config: Configuration) => validateConfiguration(config, new DebugLogger(false));

  it('passes the validator electron-builder runs before every build', async () => {
    // getConfig is how electron-builder loads the file (defaults merged, `extends` resolved).
    const config = await getConfig(root, configFile, null);
    await expect(validate(config)).resolves.toBeUndefined();
  });

  // Without these the test above would prove nothing: the schema must reject unknown keys, also
  // nested ones (reported against the section, as "should be one of these: null").
  it.each([
    [
      'a misspelled top-level key',
      { ...yml, fileAssociation: yml.fileAssociations },
      /configuration has an unknown property 'fileAssociation'/,
    ],
    [
      'a misspelled Linux key',
      { ...yml, linux: { ...yml.linux, maintainor: 'x <x@x.id>' } },
      /configuration\.linux should be/,
    ],
    [
      'an unknown fuse',
      { ...yml, electronFuses: { ...yml.electronFuses, runAsNod: false } },
      /configuration\.electronFuses should be/,
    ],
  ])('rejects the file with %s', async (_, config, message) => {
    await expect(validate(config as Configuration)).rejects.toThrow(message);
  });
});

describe('electron-builder.yml and package.json', () => {
  it('gives the metadata the deb and the desktop entry are made from', () => {
    expect(pkg.homepage).toMatch(/^https:\/\/\S+$/);
    expect(pkg.author).toMatchObject({ name: expect.any(String), email: expect.any(String) });
    const author = pkg.author as { name: string; email: string };
    expect(`${author.name} <${author.email}>`).toMatch(MAINTAINER);
    // Electron takes the window's app id from desktopName; the .desktop file must be named alike.
    expect(pkg.desktopName).toBe(`${yml.linux?.executableName}.desktop`);
    expect(yml.linux?.maintainer).toMatch(MAINTAINER);
    expect(yml.linux?.syncDesktopName).toBe(true);
  });

  it('sets the fuses that keep the app from being run as plain Node or off disk', () => {
    expect(yml.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
  });

  it('names fuses the way @electron/fuses numbers them', async () => {
    // FUSES (builder.ts) derives the yml keys from @electron/fuses; each must be one the schema
    // knows, or the dir test would read back fuses under names nobody sets.
    const scheme = JSON.parse(
      await readFile(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
    ) as { definitions: { FuseOptionsV1: { properties: Record<string, unknown> } } };
    expect(FUSES.length).toBeGreaterThanOrEqual(8);
    for (const { key } of FUSES)
      expect(scheme.definitions.FuseOptionsV1.properties).toHaveProperty(key);
  });

  it('associates exactly the app’s own file types, each once', () => {
    const associations = yml.fileAssociations as FileAssociation[];
    const extensions = associations.map((a) => a.ext);
    expect([...extensions].sort()).toEqual(ownExtensions);
    expect(new Set(extensions).size).toBe(associations.length);
    expect(new Set(associations.map((a) => a.mimeType)).size).toBe(associations.length);
    expect(new Set(associations.map((a) => a.name)).size).toBe(associations.length);
    for (const a of associations) {
      expect(a.name, String(a.ext)).toMatch(/\S/);
      expect(a.description, String(a.ext)).toMatch(/\S/);
      expect(a.mimeType).toBe(`application/x-${String(a.ext)}`);
    }
  });
});

/** What the Linux targets hand to fpm and appimagetool, caught just before they would run. */
interface Captured {
  deb: { args: string[]; desktop: string; mimeXml: string };
  appImage: { desktop: string; desktopFileName: string };
}

describe('electron-builder’s installer settings, computed offline', () => {
  let tmp: string;
  let packager: Packager;
  const captured: Partial<Captured> = {};

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'kompeten-builder-config-'));
    // `prepackaged` skips copying Electron (no download); the deb step writes into its resources.
    const prepackaged = path.join(tmp, 'linux-unpacked');
    await mkdir(path.join(prepackaged, 'resources'), { recursive: true });
    packager = new Packager({
      projectDir: root,
      targets: Platform.LINUX.createTarget(['deb', 'AppImage'], Arch.x64),
      prepackaged,
      config: { extends: configFile, directories: { output: path.join(tmp, 'dist') } },
      // Called by FpmTarget with [fpm args, desktop file] and by AppImageTarget with its desktop
      // entry; returning true stops each target there. The temp files it names are gone after
      // build(), so they are read here.
      effectiveOptionComputed: (options: unknown) => {
        if (Array.isArray(options)) {
          const [args, desktopFile] = options as [string[], string];
          const mimeFile = args.find((a) => a.endsWith('=/usr/share/mime/packages/kompeten.xml'));
          captured.deb = {
            args,
            desktop: readFileSync(desktopFile, 'utf8'),
            mimeXml: mimeFile ? readFileSync(mimeFile.split('=')[0]!, 'utf8') : '',
          };
        } else {
          captured.appImage = options as Captured['appImage'];
        }
        return Promise.resolve(true);
      },
    });
    await packager.build();
  }, 30_000);

  afterAll(async () => {
    await packager.tempDirManager.cleanup();
    await rm(tmp, { recursive: true, force: true });
  });

  const desktopEntry = (text: string) =>
    Object.fromEntries(
      text
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    ) as Record<string, string>;

  const mimeTypesOf = (entry: Record<string, string>) =>
    (entry['MimeType'] ?? '').split(';').filter(Boolean).sort();

  it('gives every platform the same file associations', () => {
    // Per platform, electron-builder adds the platform's own list to the top-level one.
    for (const p of [
      new LinuxPackager(packager),
      new WinPackager(packager),
      new MacPackager(packager),
    ]) {
      expect(p.fileAssociations.map((a) => a.ext).sort(), p.platform.name).toEqual(ownExtensions);
    }
  });

  it('builds a deb with a maintainer, a homepage and the launcher under kompeten.desktop', () => {
    const args = captured.deb?.args ?? [];
    const flag = (name: string) => args[args.indexOf(name) + 1];
    expect(flag('--maintainer')).toBe(yml.linux?.maintainer);
    expect(flag('--url')).toBe(pkg.homepage);
    expect(flag('--name')).toBe('kompeten');
    expect(args.some((a) => a.endsWith('=/usr/share/applications/kompeten.desktop'))).toBe(true);
    expect(args.some((a) => a.endsWith('=/usr/share/mime/packages/kompeten.xml'))).toBe(true);
  });

  it('writes a desktop entry that opens every own file type in the window it names', () => {
    const entry = desktopEntry(captured.deb?.desktop ?? '');
    expect(entry['StartupWMClass']).toBe('kompeten');
    expect(mimeTypesOf(entry)).toEqual(ownExtensions.map((ext) => `application/x-${ext}`).sort());
    // %U (or %F) is where the desktop puts the double-clicked file's path.
    expect(entry['Exec']).toMatch(/^\/opt\/Kompeten\/kompeten .*%[UF]$/);
    expect(entry['Categories']).toBe('Education;');
  });

  it('teaches the desktop a glob for every own extension', () => {
    const xml = captured.deb?.mimeXml ?? '';
    for (const ext of ownExtensions) {
      const block = new RegExp(
        `<mime-type type="application/x-${ext}">\\s*<glob pattern="\\*\\.${ext}"/>`,
      );
      expect(xml, ext).toMatch(block);
    }
    expect(xml.match(/<mime-type /g)).toHaveLength(ownExtensions.length);
  });

  it('gives the AppImage the same desktop entry', () => {
    expect(captured.appImage?.desktopFileName).toBe('kompeten.desktop');
    const entry = desktopEntry(captured.appImage?.desktop ?? '');
    expect(entry['StartupWMClass']).toBe('kompeten');
    expect(mimeTypesOf(entry)).toEqual(ownExtensions.map((ext) => `application/x-${ext}`).sort());
    expect(entry['Exec']).toMatch(/%[UF]$/);
  });

  it('builds an assisted per-user NSIS installer that registers every own type', async () => {
    const win = new WinPackager(packager);
    expect(computeArchToTargetNamesMap(new Map(), win, Platform.WINDOWS)).toEqual(
      new Map([[Arch.x64, ['nsis']]]),
    );
    const nsis = new NsisTarget(win, tmp, 'nsis', new AppPackageHelper(new CopyElevateHelper()));
    // The steps that compute makensis' defines and the file-association script. They are
    // internal (protected/private); the rest of buildInstaller needs 7za and makensis, which
    // electron-builder downloads, so the installer itself is not built here.
    const steps = nsis as unknown as {
      configureDefines(oneClick: boolean, defines: Record<string, unknown>): Promise<unknown>;
      computeFinalScript(
        script: string,
        isInstaller: boolean,
        archs: Map<Arch, string>,
      ): Promise<string>;
    };
    const defines: Record<string, unknown> = {};
    await steps.configureDefines(nsis.options.oneClick !== false, defines);
    expect(defines).not.toHaveProperty('ONE_CLICK');
    expect(defines).toHaveProperty('allowToChangeInstallationDirectory');
    expect(defines).not.toHaveProperty('INSTALL_MODE_PER_ALL_USERS');
    expect(defines).not.toHaveProperty('DO_NOT_CREATE_DESKTOP_SHORTCUT');
    expect(defines['SHORTCUT_NAME']).toBe('Kompeten');

    const install = await steps.computeFinalScript('', true, new Map());
    const uninstall = await steps.computeFinalScript('', false, new Map());
    for (const { ext, name, description } of yml.fileAssociations as FileAssociation[]) {
      expect(install).toContain(
        `!insertmacro APP_ASSOCIATE "${String(ext)}" "${name}" "${description}"`,
      );
      expect(uninstall).toContain(`!insertmacro APP_UNASSOCIATE "${String(ext)}" "${name}"`);
    }
    expect(install.match(/APP_ASSOCIATE /g)).toHaveLength(ownExtensions.length);
  });

  it('builds a dmg and a zip for both Mac architectures, the dmg with the Applications link', async () => {
    const mac = new MacPackager(packager);
    expect(computeArchToTargetNamesMap(new Map(), mac, Platform.MAC)).toEqual(
      new Map([
        [Arch.x64, ['dmg', 'zip']],
        [Arch.arm64, ['dmg', 'zip']],
      ]),
    );
    // The .icns comes from electron-builder's icon tool, which it downloads: stand in the png.
    vi.spyOn(mac, 'getIconPath').mockResolvedValue(path.join(root, 'resources/icon.png'));
    const dmg = new DmgTarget(mac, tmp);
    expect(dmg.computeVolumeName(Arch.arm64, dmg.options.title)).toBe('Kompeten');
    const spec = await dmg.computeDmgOptions('/stand-in/Kompeten.app');
    expect(spec.contents).toEqual([
      expect.objectContaining({ type: 'file', name: 'Kompeten.app' }),
      expect.objectContaining({ type: 'link', path: '/Applications' }),
    ]);
  });
});
