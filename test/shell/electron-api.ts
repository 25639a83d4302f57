/**
 * Electron's API as its own typings declare it (node_modules/electron/electron.d.ts), read with the
 * TypeScript compiler API. The stub Electron checks what the built main process passes and calls
 * against this, so a misspelt option, a role that does not exist or an event Electron never emits
 * fails the tests instead of being silently accepted by a hand-written fake.
 */
import { EventEmitter } from 'node:events';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as TS from 'typescript';

export type MemberKind = 'method' | 'property';
/** What the typings' notes say about when a method may be called. */
export type ReadyRule = 'before-ready' | 'after-ready';

export interface ElectronApi {
  /** The Electron version the typings are for. */
  version: string;
  browserWindowOptions: ReadonlySet<string>;
  webPreferences: ReadonlySet<string>;
  menuItemOptions: ReadonlySet<string>;
  menuItemRoles: ReadonlySet<string>;
  menuItemTypes: ReadonlySet<string>;
  /** The names `app.getPath` (and so `app.setPath`) accepts. */
  appPathNames: ReadonlySet<string>;
  /** The permissions the session's request handler can be asked for. */
  permissions: ReadonlySet<string>;
  events: {
    app: ReadonlySet<string>;
    browserWindow: ReadonlySet<string>;
    webContents: ReadonlySet<string>;
  };
  methods: {
    app: ReadonlySet<string>;
    session: ReadonlySet<string>;
    protocol: ReadonlySet<string>;
    ipcMain: ReadonlySet<string>;
    webContents: ReadonlySet<string>;
    browserWindow: ReadonlySet<string>;
  };
  /** Any Electron interface or class, inherited members included (EventEmitter's too). */
  members(typeName: string): ReadonlyMap<string, MemberKind>;
  staticMembers(typeName: string): ReadonlyMap<string, MemberKind>;
  /** Property names of an options interface, inherited ones included. */
  propertyNames(typeName: string): ReadonlySet<string>;
  methodNames(typeName: string): ReadonlySet<string>;
  /** Event names of the `on(event: '…')` overloads, inherited ones included. */
  eventNames(typeName: string): ReadonlySet<string>;
  /** Methods whose notes say "only before ready" or "only after ready". */
  readyRules(typeName: string): ReadonlyMap<string, ReadyRule>;
  /** The string literals of a property's union type, e.g. `MenuItemConstructorOptions.role`. */
  stringUnion(typeName: string, property: string): ReadonlySet<string>;
}

/** One interface or class of the Electron namespace, as plain data (cached on disk as JSON). */
interface Declaration {
  members: [string, MemberKind][];
  statics: [string, MemberKind][];
  events: string[];
  readyRules: [string, ReadyRule][];
  /** Electron types it extends. */
  bases: string[];
  /** Extends Node's EventEmitter (NodeJS.EventEmitter or Electron's NodeEventEmitter). */
  emitter: boolean;
  /** Properties typed as a union of string literals. */
  unions: Record<string, string[]>;
}

interface ApiData {
  version: string;
  declarations: Record<string, Declaration>;
  appPathNames: string[];
  permissions: string[];
}

const require = createRequire(import.meta.url);
export const ELECTRON_DTS = require.resolve('electron/electron.d.ts');

/** Methods Node's EventEmitter gives every Electron emitter at run time. */
const EMITTER_METHODS = Object.getOwnPropertyNames(EventEmitter.prototype).filter(
  (name) => name !== 'constructor' && !name.startsWith('_'),
);
const EVENT_METHODS = new Set(['on', 'once', 'addListener', 'prependListener']);

function readyRuleOf(comment: string): ReadyRule | null {
  if (
    /must be called after the `ready` event|cannot be called before the `ready` event/.test(comment)
  )
    return 'after-ready';
  if (
    /can only be called before app is ready|must be called before the `ready` event|can only be used before the `ready` event/.test(
      comment,
    )
  )
    return 'before-ready';
  return null;
}

/** Reads electron.d.ts (about 0.4 s with loading the compiler). */
function extract(): ApiData {
  const ts = require('typescript') as typeof TS;
  const text = readFileSync(ELECTRON_DTS, 'utf8');
  const source = ts.createSourceFile(ELECTRON_DTS, text, ts.ScriptTarget.Latest, true);
  const version = /Type definitions for Electron (\S+)/.exec(text)?.[1] ?? 'unknown';

  const nameOf = (name: TS.PropertyName | TS.BindingName | undefined): string | null =>
    name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : null;
  /** `'a' | 'b'`, `('a' | 'b')`, `('a') | (null)` → the string literals in it. */
  const stringLiterals = (type: TS.TypeNode | undefined): string[] => {
    if (!type) return [];
    if (ts.isParenthesizedTypeNode(type)) return stringLiterals(type.type);
    if (ts.isUnionTypeNode(type)) return type.types.flatMap(stringLiterals);
    if (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) return [type.literal.text];
    return [];
  };
  const functionTypes = (type: TS.TypeNode | undefined): TS.FunctionTypeNode[] => {
    if (!type) return [];
    if (ts.isParenthesizedTypeNode(type)) return functionTypes(type.type);
    if (ts.isUnionTypeNode(type)) return type.types.flatMap(functionTypes);
    return ts.isFunctionTypeNode(type) ? [type] : [];
  };

  const electron = source.statements.find(
    (s): s is TS.ModuleDeclaration => ts.isModuleDeclaration(s) && s.name.getText() === 'Electron',
  );
  if (!electron?.body || !ts.isModuleBlock(electron.body))
    throw new Error(`${ELECTRON_DTS}: no \`declare namespace Electron\` block`);

  const declarations: Record<string, Declaration> = {};
  const methodParams = new Map<string, TS.NodeArray<TS.ParameterDeclaration>[]>();

  for (const statement of electron.body.statements) {
    if (!ts.isInterfaceDeclaration(statement) && !ts.isClassDeclaration(statement)) continue;
    if (!statement.name) continue;
    const typeName = statement.name.text;
    // Interfaces may be declared more than once: the declarations merge.
    const decl = (declarations[typeName] ??= {
      members: [],
      statics: [],
      events: [],
      readyRules: [],
      bases: [],
      emitter: false,
      unions: {},
    });
    const members = new Map(decl.members);
    const statics = new Map(decl.statics);
    const events = new Set(decl.events);
    for (const clause of statement.heritageClauses ?? []) {
      if (clause.token !== ts.SyntaxKind.ExtendsKeyword) continue;
      for (const base of clause.types) {
        const name = base.expression.getText();
        if (name === 'NodeJS.EventEmitter' || name === 'NodeEventEmitter') decl.emitter = true;
        else decl.bases.push(name.replace(/^Electron\./, ''));
      }
    }
    for (const member of statement.members) {
      const name = nameOf(member.name);
      if (name === null) continue;
      const isStatic =
        ts.canHaveModifiers(member) &&
        (ts.getModifiers(member) ?? []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
      const target = isStatic ? statics : members;
      if (ts.isMethodSignature(member) || ts.isMethodDeclaration(member)) {
        target.set(name, 'method');
        if (isStatic) continue;
        const key = `${typeName}.${name}`;
        methodParams.set(key, [...(methodParams.get(key) ?? []), member.parameters]);
        if (EVENT_METHODS.has(name))
          for (const event of stringLiterals(member.parameters[0]?.type)) events.add(event);
        const comments = ts.getLeadingCommentRanges(text, member.pos) ?? [];
        const rule = readyRuleOf(comments.map((c) => text.slice(c.pos, c.end)).join('\n'));
        if (rule) decl.readyRules.push([name, rule]);
      } else if (
        ts.isPropertySignature(member) ||
        ts.isPropertyDeclaration(member) ||
        ts.isGetAccessorDeclaration(member)
      ) {
        if (!target.has(name)) target.set(name, 'property');
        const literals = ts.isGetAccessorDeclaration(member) ? [] : stringLiterals(member.type);
        if (!isStatic && literals.length > 0) decl.unions[name] = literals;
      }
    }
    decl.members = [...members];
    decl.statics = [...statics];
    decl.events = [...events];
  }

  /** A string-literal union of a method's parameter, or of a parameter of its callback. */
  const parameterUnion = (typeName: string, method: string, steps: string[]): string[] => {
    const found = new Set<string>();
    for (const params of methodParams.get(`${typeName}.${method}`) ?? []) {
      let candidates: readonly TS.ParameterDeclaration[] = params;
      for (const [i, step] of steps.entries()) {
        const param = candidates.find((p) => nameOf(p.name) === step);
        if (!param) break;
        if (i === steps.length - 1) stringLiterals(param.type).forEach((s) => found.add(s));
        else candidates = functionTypes(param.type).flatMap((f) => [...f.parameters]);
      }
    }
    if (found.size === 0)
      throw new Error(
        `electron.d.ts: no string union at ${typeName}.${method}(${steps.join('→')})`,
      );
    return [...found];
  };

  return {
    version,
    declarations,
    appPathNames: parameterUnion('App', 'getPath', ['name']),
    permissions: parameterUnion('Session', 'setPermissionRequestHandler', [
      'handler',
      'permission',
    ]),
  };
}

function build(data: ApiData): ElectronApi {
  const declarationOf = (name: string): Declaration => {
    const decl = data.declarations[name];
    if (!decl) throw new Error(`electron.d.ts declares no interface or class ${name}`);
    return decl;
  };
  /** The declaration and every Electron type it extends, nearest first. */
  const chain = (typeName: string): Declaration[] => {
    const seen: Declaration[] = [];
    const visit = (name: string) => {
      const decl = declarationOf(name);
      if (seen.includes(decl)) return;
      seen.push(decl);
      decl.bases.forEach(visit);
    };
    visit(typeName);
    return seen;
  };
  const members = (typeName: string): Map<string, MemberKind> => {
    const all = new Map<string, MemberKind>();
    for (const decl of chain(typeName)) {
      if (decl.emitter) for (const name of EMITTER_METHODS) all.set(name, 'method');
      for (const [name, kind] of decl.members) if (!all.has(name)) all.set(name, kind);
    }
    return all;
  };
  const namesOfKind = (typeName: string, kind: MemberKind) =>
    new Set([...members(typeName)].filter(([, k]) => k === kind).map(([name]) => name));
  const eventNames = (typeName: string) => new Set(chain(typeName).flatMap((d) => d.events));
  /** Nearest declaration wins. */
  const nearest = <T>(typeName: string, pick: (d: Declaration) => [string, T][]) =>
    new Map(chain(typeName).flatMap(pick).reverse());
  const stringUnion = (typeName: string, property: string): Set<string> => {
    for (const decl of chain(typeName)) {
      const literals = decl.unions[property];
      if (literals) return new Set(literals);
    }
    throw new Error(`electron.d.ts: ${typeName}.${property} is no string-literal union`);
  };

  return {
    version: data.version,
    browserWindowOptions: namesOfKind('BrowserWindowConstructorOptions', 'property'),
    webPreferences: namesOfKind('WebPreferences', 'property'),
    menuItemOptions: namesOfKind('MenuItemConstructorOptions', 'property'),
    menuItemRoles: stringUnion('MenuItemConstructorOptions', 'role'),
    menuItemTypes: stringUnion('MenuItemConstructorOptions', 'type'),
    appPathNames: new Set(data.appPathNames),
    permissions: new Set(data.permissions),
    events: {
      app: eventNames('App'),
      browserWindow: eventNames('BrowserWindow'),
      webContents: eventNames('WebContents'),
    },
    methods: {
      app: namesOfKind('App', 'method'),
      session: namesOfKind('Session', 'method'),
      protocol: namesOfKind('Protocol', 'method'),
      ipcMain: namesOfKind('IpcMain', 'method'),
      webContents: namesOfKind('WebContents', 'method'),
      browserWindow: namesOfKind('BrowserWindow', 'method'),
    },
    members,
    staticMembers: (typeName) => nearest(typeName, (d) => d.statics),
    propertyNames: (typeName) => namesOfKind(typeName, 'property'),
    methodNames: (typeName) => namesOfKind(typeName, 'method'),
    eventNames,
    readyRules: (typeName) => nearest(typeName, (d) => d.readyRules),
    stringUnion,
  };
}

/**
 * Test files run in separate worker processes: each would load the compiler and parse 28,000
 * lines again. The result is kept as JSON beside vite's own cache, keyed by the typings and by
 * this file, so a change to either parses afresh.
 */
function cachedData(): ApiData {
  const self = fileURLToPath(import.meta.url);
  const key = [ELECTRON_DTS, self]
    .map((file) => {
      const { size, mtimeMs } = statSync(file);
      return `${size}-${Math.round(mtimeMs)}`;
    })
    .join('_');
  const dir = path.resolve(path.dirname(self), '../../node_modules/.cache/kompeten-test-shell');
  const file = path.join(dir, `electron-api-${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ApiData;
  } catch {
    const data = extract();
    try {
      mkdirSync(dir, { recursive: true });
      // Written under a unique name and renamed: parallel workers may race here.
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(data));
      renameSync(temp, file);
      for (const old of readdirSync(dir))
        if (old.endsWith('.json') && path.join(dir, old) !== file) rmSync(path.join(dir, old));
    } catch {
      // A read-only checkout just parses every time.
    }
    return data;
  }
}

const CACHE = Symbol.for('kompeten.test.electronApi');
type CacheHolder = { [CACHE]?: ElectronApi };

/** Once per process: kept on globalThis, so a re-import after `vi.resetModules()` reuses it. */
export function electronApi(): ElectronApi {
  const holder = globalThis as CacheHolder;
  holder[CACHE] ??= build(cachedData());
  return holder[CACHE];
}

/** Parses electron.d.ts now, bypassing the disk cache (for the test of the reading itself). */
export function electronApiUncached(): ElectronApi {
  return build(extract());
}
