import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The folder map holds because ESLint refuses what crosses it. Each case lints a line that breaks
 * one rule, as if it were written in a real file of the app, and expects that rule to answer;
 * the allowed twin of each line must pass, so a rule that refuses everything fails here too.
 */
const root = path.resolve(import.meta.dirname, '../../..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const RESTRICTED = 'import-x/no-restricted-paths';

describe('the boundaries between the parts of the app', { timeout: 30_000 }, () => {
  it.each([
    [
      'shared code importing the renderer',
      'shared/dates.ts',
      "import { i18n } from '../renderer/src/i18n';",
    ],
    [
      'shared code importing the main process',
      'shared/dates.ts',
      "import { x } from '../electron/main/index';",
    ],
    [
      'a feature reaching into another feature',
      'renderer/src/features/home/HomePage.tsx',
      "import { ExamPage } from '../exam/ExamPage';",
    ],
    [
      'ui/ importing a feature',
      'renderer/src/ui/Modal.tsx',
      "import { ExamPage } from '../features/exam';",
    ],
    [
      'queries/ importing a feature',
      'renderer/src/queries/profile.ts',
      "import { ExamPage } from '../features/exam';",
    ],
    [
      'a feature importing app/, which sits above it',
      'renderer/src/features/home/HomePage.tsx',
      "import { useAppCommands } from '../../app/app-commands';",
    ],
    [
      'a screen taking the database singleton',
      'renderer/src/features/home/HomePage.tsx',
      "import { db } from '../../db';",
    ],
    [
      'a screen taking the bridge singleton',
      'renderer/src/features/home/HomePage.tsx',
      "import { bridge } from '../../platform';",
    ],
    [
      'the app importing a test helper',
      'renderer/src/ui/Modal.tsx',
      "import { testDatabase } from '../../../test/unit/db/test-database';",
    ],
  ])('refuses %s', async (_, file, line) => {
    expect(
      await rulesBroken(
        file,
        `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)?.[1]}];\n`,
      ),
    ).toContain(RESTRICTED);
  });

  it.each([
    [
      'a feature using another through its index.ts',
      'renderer/src/features/home/HomePage.tsx',
      "import { ExamPage } from '../exam';",
    ],
    [
      'a screen using the database hook',
      'renderer/src/features/home/HomePage.tsx',
      "import { useDb } from '../../db/context';",
    ],
    [
      'a page taking its commands from ui/',
      'renderer/src/features/home/HomePage.tsx',
      "import { WhenCommand } from '../../ui/app-command';",
    ],
    ['main.tsx making the database', 'renderer/src/main.tsx', "import { db } from './db';"],
  ])('allows %s', async (_, file, line) => {
    expect(
      await rulesBroken(
        file,
        `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)?.[1]}];\n`,
      ),
    ).not.toContain(RESTRICTED);
  });

  it('refuses DOM globals in shared code', async () => {
    expect(
      await rulesBroken('shared/dates.ts', 'export const title = document.title;\n'),
    ).toContain('no-undef');
  });
});
