/**
 * A stand-in for the `electron` module, for running the built main process (out/main/index.js)
 * in plain Node. All state lives in one `ElectronHarness`; the test drives it (ready, closing a
 * window, a second start, a page's IPC call…) and reads what the bundle did (`calls`, `lifecycle`,
 * `sent`…).
 *
 * It is strict where Electron is strict, and stricter where Electron would silently ignore a
 * mistake: option keys, menu roles and event names must exist in electron.d.ts; APIs that need
 * `ready` throw before it; quitting follows Electron's order (shell/browser/browser.cc). Every
 * rule broken is thrown *and* kept in `violations`, because the bundle may swallow the throw.
 * Objects handed to the bundle are proxies that also refuse any member Electron does not have,
 * and name the Electron members the stub does not model yet.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronApi, type ElectronApi, type MemberKind } from './electron-api';

// Taken before any test installs fake timers: waiting for the bundle must use real time.
const realSetTimeout = globalThis.setTimeout;
const realSetImmediate = globalThis.setImmediate;
const realNow = Date.now;

/** The app's own page, as the bundle loads it (electron/main/security.ts). */
export const APP_PAGE_URL = 'app://kompeten/index.html';

export class ElectronRuleError extends Error {
  override name = 'ElectronRuleError';
}

export interface StubEvent {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
}

function stubEvent<T extends object>(extra: T): StubEvent & T;
function stubEvent(): StubEvent;
function stubEvent(extra: object = {}): StubEvent {
  let prevented = false;
  return {
    ...extra,
    preventDefault: () => {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}

export interface Call {
  seq: number;
  /** `app.on`, `win.show`, `webContents.send`, `new BrowserWindow`, `session.defaultSession`… */
  api: string;
  /** Which window / web contents / notification, for instance calls. */
  instance?: number;
  args: unknown[];
  afterReady: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplaySpec {
  id?: number;
  bounds: Rect;
  /** The screen minus task bars; defaults to `bounds`. */
  workArea?: Rect;
  scaleFactor?: number;
}

export interface HarnessOptions {
  /** A folder the test owns: app.getPath() folders live under it. */
  root: string;
  platform: NodeJS.Platform;
  /** process.argv as the bundle sees it; its switches are `app.commandLine`'s. */
  argv: readonly string[];
  packaged: boolean;
  /** What `app.requestSingleInstanceLock()` answers. */
  singleInstance: boolean;
  displays: readonly DisplaySpec[];
  version: string;
  name: string;
  notificationsSupported: boolean;
}

type Listener = (...args: unknown[]) => unknown;
type AnyFunction = (...args: never[]) => unknown;

type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void;
type PermissionCheckHandler = (
  webContents: unknown,
  permission: string,
  requestingOrigin: string,
  details: { requestingUrl?: string; isMainFrame: boolean; securityOrigin?: string },
) => boolean;
type ProtocolHandler = (request: Request) => Response | Promise<Response>;
type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;
type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export interface MenuItemStub {
  id?: string;
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  click?: (item: unknown, window: unknown, event: unknown) => void;
  submenu?: MenuStub;
  [key: string]: unknown;
}
export interface MenuStub {
  items: MenuItemStub[];
}

export interface SentMessage {
  window: number;
  channel: string;
  args: unknown[];
  /** False when the page was gone (crashed): Electron drops the message. */
  delivered: boolean;
}

export interface DialogAnswer {
  canceled: boolean;
  filePath?: string;
  filePaths?: string[];
}

/** Keys vitest and Node probe on any object they print or compare; never Electron API. */
const INSPECTION_KEYS = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'inspect',
  '_isMockFunction',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '@@__IMMUTABLE_KEYED__@@',
  '@@__IMMUTABLE_ORDERED__@@',
]);
const EMITTER_METHODS = new Set(
  Object.getOwnPropertyNames(EventEmitter.prototype).filter((n) => n !== 'constructor'),
);
const LISTEN_METHODS = [
  'on',
  'once',
  'addListener',
  'prependListener',
  'prependOnceListener',
] as const;

interface GuardSpec {
  /** How calls are named in `calls`, e.g. `win` → `win.show`. */
  label: string;
  /** The electron.d.ts type the object stands for (for messages and ready rules). */
  typeName: string;
  members: ReadonlyMap<string, MemberKind>;
  instance?: number;
  /** Whole object unusable before ready (`screen`), with Electron's message. */
  beforeReady?: string;
  /** Destroyed objects throw "Object has been destroyed" like Electron's. */
  isDestroyed?: () => boolean;
}

function switchesOf(argv: readonly string[]): Map<string, string> {
  const switches = new Map<string, string>();
  for (const arg of argv.slice(1)) {
    const match = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (match?.[1]) switches.set(match[1], match[2] ?? '');
  }
  return switches;
}

function displayOf(spec: DisplaySpec, index: number) {
  const workArea = spec.workArea ?? spec.bounds;
  return {
    id: spec.id ?? index + 1,
    label: `Display ${index + 1}`,
    bounds: { ...spec.bounds },
    workArea: { ...workArea },
    size: { width: spec.bounds.width, height: spec.bounds.height },
    workAreaSize: { width: workArea.width, height: workArea.height },
    scaleFactor: spec.scaleFactor ?? 1,
    rotation: 0,
    internal: index === 0,
    detected: true,
    monochrome: false,
    colorDepth: 24,
    colorSpace: 'srgb',
    depthPerComponent: 8,
    displayFrequency: 60,
    accelerometerSupport: 'unknown',
    touchSupport: 'unknown',
    maximumCursorSize: { width: 64, height: 64 },
    nativeOrigin: { x: spec.bounds.x, y: spec.bounds.y },
  };
}

/** Chromium's origin of a standard scheme; Node's URL gives custom schemes an opaque one. */
function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : 'null';
  } catch {
    return 'null';
  }
}

export interface WindowState {
  id: number;
  options: Record<string, unknown>;
  webPreferences: Record<string, unknown>;
  visible: boolean;
  focused: boolean;
  minimized: boolean;
  maximized: boolean;
  destroyed: boolean;
  /** The bounds when neither maximised nor minimised. */
  normalBounds: Rect;
  loadedUrls: string[];
}

export interface WebContentsState {
  id: number;
  crashed: boolean;
  destroyed: boolean;
  url: string;
  windowOpenHandler: WindowOpenHandler | null;
}

export interface NotificationState {
  id: number;
  options: Record<string, unknown>;
  shown: boolean;
}

/** The whole fake Electron for one start of the bundle. */
export class ElectronHarness {
  readonly api: ElectronApi;
  readonly options: HarnessOptions;
  /** What `import … from 'electron'` gives the bundle. */
  readonly module: Record<string, unknown>;

  /** Every call the bundle made on Electron, in order. */
  readonly calls: Call[] = [];
  /** Rules the bundle broke (each was also thrown at it). */
  readonly violations: string[] = [];
  /** What the bundle logged with console.error (startMain captures it). */
  readonly consoleErrors: string[] = [];
  /** App and window events as they were emitted, e.g. `before-quit (prevented)`, `exit 0`. */
  readonly lifecycle: string[] = [];
  /** Every window ever created, destroyed ones included (raw: driving them records nothing). */
  readonly windows: StubBrowserWindow[] = [];
  readonly sent: SentMessage[] = [];
  readonly privilegedSchemes: { scheme: string; privileges?: Record<string, unknown> }[] = [];
  readonly protocolHandlers = new Map<string, ProtocolHandler>();
  readonly ipcHandlers = new Map<string, IpcHandler>();
  readonly paths = new Map<string, string>();
  readonly openedExternal: string[] = [];
  readonly dialogs: { kind: string; window: number | null; options: Record<string, unknown> }[] =
    [];
  /** Answers for the next dialogs, in order; without one a dialog is cancelled. */
  readonly dialogAnswers: DialogAnswer[] = [];
  readonly notifications: StubNotification[] = [];
  applicationMenu: MenuStub | null = null;
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  /** The `additionalData` the bundle passed to requestSingleInstanceLock. */
  singleInstanceData: unknown = undefined;
  userModelId: string | null = null;

  isReady = false;
  exitCode: number | null = null;
  private quitting = false;
  private exiting = false;
  private shutDown = false;
  private seq = 0;
  private nextId = 1;
  private resolveReady!: () => void;
  private readonly readyPromise: Promise<void>;
  private readonly switches: Map<string, string>;
  private readonly raw = new WeakMap<object, object>();
  readonly windowProxies = new Map<StubBrowserWindow, unknown>();

  readonly app: StubApp;
  readonly session: StubSession;
  readonly powerMonitor: StubEmitter;
  readonly screen: StubScreen;

  constructor(options: HarnessOptions) {
    this.api = electronApi();
    this.options = options;
    this.readyPromise = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
    this.switches = switchesOf(options.argv);
    this.setUpPaths();

    this.app = new StubApp(this);
    this.session = new StubSession(this);
    this.powerMonitor = new StubEmitter(this, 'powerMonitor', this.api.eventNames('PowerMonitor'));
    this.screen = new StubScreen(this);

    const api = this.api;
    const defaultSession = this.guard(this.session, {
      label: 'session.defaultSession',
      typeName: 'Session',
      members: api.members('Session'),
    });
    const sessionModule = {};
    Object.defineProperty(sessionModule, 'defaultSession', {
      enumerable: true,
      get: () => {
        this.record('session.defaultSession', []);
        if (!this.isReady) this.violate('Session can only be received when app is ready');
        return defaultSession;
      },
    });

    this.module = {
      app: this.guard(this.app, { label: 'app', typeName: 'App', members: api.members('App') }),
      BrowserWindow: this.guardClass(makeBrowserWindowClass(this), 'BrowserWindow'),
      Menu: this.guardClass(makeMenuClass(this), 'Menu'),
      Notification: this.guardClass(makeNotificationClass(this), 'Notification'),
      protocol: this.guard(new StubProtocol(this), {
        label: 'protocol',
        typeName: 'Protocol',
        members: api.members('Protocol'),
      }),
      session: this.guard(sessionModule, {
        label: 'session',
        typeName: 'Session',
        members: api.staticMembers('Session'),
      }),
      ipcMain: this.guard(new StubIpcMain(this), {
        label: 'ipcMain',
        typeName: 'IpcMain',
        members: api.members('IpcMain'),
      }),
      dialog: this.guard(new StubDialog(this), {
        label: 'dialog',
        typeName: 'Dialog',
        members: api.members('Dialog'),
      }),
      shell: this.guard(new StubShell(this), {
        label: 'shell',
        typeName: 'Shell',
        members: api.members('Shell'),
      }),
      screen: this.guard(this.screen, {
        label: 'screen',
        typeName: 'Screen',
        members: api.members('Screen'),
        beforeReady: "The 'screen' module can't be used before the app is ready",
      }),
      powerMonitor: this.guard(this.powerMonitor, {
        label: 'powerMonitor',
        typeName: 'PowerMonitor',
        members: api.members('PowerMonitor'),
      }),
      nativeTheme: this.guard(new StubNativeTheme(this), {
        label: 'nativeTheme',
        typeName: 'NativeTheme',
        members: api.members('NativeTheme'),
      }),
    };
  }

  // ---- bookkeeping ---------------------------------------------------------------------------

  record(api: string, args: unknown[], instance?: number): Call {
    const call: Call = {
      seq: this.seq++,
      api,
      args: args.map((a) => this.unwrap(a)),
      afterReady: this.isReady,
    };
    if (instance !== undefined) call.instance = instance;
    this.calls.push(call);
    return call;
  }

  /** Throws like Electron would, and remembers, since the bundle may catch it. */
  violate(message: string): never {
    this.violations.push(message);
    throw new ElectronRuleError(message);
  }

  callsTo(api: string): Call[] {
    return this.calls.filter((c) => c.api === api);
  }

  /** The raw object behind a proxy the bundle handed back (a window, a menu…). */
  unwrap<T>(value: T): T {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    return (this.raw.get(value as object) as T | undefined) ?? value;
  }

  /** The proxy the bundle holds for a window. */
  proxyOf(win: StubBrowserWindow): unknown {
    return this.windowProxies.get(win);
  }

  nextObjectId(): number {
    return this.nextId++;
  }

  /**
   * The face the bundle sees: calls are recorded, ready rules applied, and a member Electron
   * does not have is refused; one Electron has but the stub lacks is named as such.
   */
  guard<T extends object>(target: T, spec: GuardSpec): T {
    const readyRules = this.api.readyRules(spec.typeName);
    const wrappers = new Map<string, AnyFunction>();
    const beforeCall = (prop: string, args: unknown[]) => {
      this.record(`${spec.label}.${prop}`, args, spec.instance);
      const rule = readyRules.get(prop);
      if (rule === 'after-ready' && !this.isReady)
        this.violate(`${spec.label}.${prop}() must be called after app is ready`);
      if (rule === 'before-ready' && this.isReady)
        this.violate(`${spec.label}.${prop}() can only be called before app is ready`);
    };
    const proxy = new Proxy(target, {
      get: (t, prop, receiver) => {
        if (typeof prop !== 'string' || INSPECTION_KEYS.has(prop) || prop.startsWith('_'))
          return Reflect.get(t, prop, receiver) as unknown;
        const known = spec.members.has(prop);
        // The stub's own bookkeeping (`stub`, `harness`…) is readable; the bundle never uses it.
        if (!known && !(prop in t))
          this.violate(
            `${spec.label}.${prop} is not in Electron ${this.api.version}'s ${spec.typeName}`,
          );
        if (!known) return Reflect.get(t, prop, receiver) as unknown;
        if (!(prop in t))
          this.violate(
            `${spec.label}.${prop} is Electron API the stub does not model yet ` +
              `(add it to test/shell/stub-electron.ts)`,
          );
        if (spec.beforeReady && !this.isReady) this.violate(spec.beforeReady);
        if (
          spec.isDestroyed?.() &&
          prop !== 'isDestroyed' &&
          prop !== 'id' &&
          !EMITTER_METHODS.has(prop)
        )
          this.violate(`${spec.label}.${prop}: Object has been destroyed`);
        const value = Reflect.get(t, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        let wrapper = wrappers.get(prop);
        if (!wrapper) {
          wrapper = (...args: unknown[]) => {
            beforeCall(prop, args);
            // On the raw object: the stub's own calls inside (emit, removeListener…) are not
            // the bundle's, so they are neither recorded nor checked.
            const fn = Reflect.get(t, prop) as (...a: unknown[]) => unknown;
            const result = fn.apply(t, args);
            return result === t ? proxy : result;
          };
          wrappers.set(prop, wrapper);
        }
        return wrapper;
      },
    });
    this.raw.set(proxy, target);
    return proxy;
  }

  private guardClass<T extends abstract new (...args: never[]) => object>(cls: T, name: string): T {
    const statics = this.api.staticMembers(name);
    const guarded = this.guard(cls, { label: name, typeName: name, members: statics });
    return new Proxy(guarded, {
      construct: (target, args, newTarget) => {
        const call = this.record(`new ${name}`, args);
        const made = Reflect.construct(target, args, newTarget) as object;
        const state = (this.unwrap(made) as { stub?: { id?: unknown } }).stub;
        if (typeof state?.id === 'number') call.instance = state.id;
        return made;
      },
    });
  }

  // ---- paths and switches --------------------------------------------------------------------

  private setUpPaths(): void {
    const { root, name } = this.options;
    const home = path.join(root, 'home');
    const appData = path.join(root, 'config');
    const userData = this.switches.get('user-data-dir') || path.join(appData, name);
    const exe = path.join(root, 'app', name.toLowerCase());
    const set = (key: string, value: string) => this.paths.set(key, value);
    set('home', home);
    set('appData', appData);
    set('userData', userData);
    set('temp', path.join(root, 'tmp'));
    set('exe', exe);
    set('module', exe);
    set('assets', path.join(root, 'app', 'resources'));
    for (const dir of ['desktop', 'documents', 'downloads', 'music', 'pictures', 'videos'])
      set(dir, path.join(home, dir[0]!.toUpperCase() + dir.slice(1)));
    set('recent', path.join(home, 'Recent'));
    set('logs', path.join(userData, 'logs'));
    set('crashDumps', path.join(userData, 'Crashpad'));
    for (const dir of [home, appData, this.paths.get('temp')!, this.paths.get('documents')!])
      mkdirSync(dir, { recursive: true });
  }

  getPath(name: string): string {
    if (!this.api.appPathNames.has(name)) this.violate(`Failed to get '${name}' path`);
    // Until set, the session's data follows userData.
    if (name === 'sessionData' && !this.paths.has('sessionData'))
      return this.paths.get('userData')!;
    return this.paths.get(name)!;
  }

  setPath(name: string, value: string): void {
    if (!this.api.appPathNames.has(name))
      this.violate(`Failed to set path: unknown name '${name}'`);
    if (!path.isAbsolute(value)) this.violate(`app.setPath('${name}') needs an absolute path`);
    if ((name === 'userData' || name === 'sessionData') && this.isReady)
      this.violate(`app.setPath('${name}') after ready: the session already uses the old folder`);
    this.paths.set(name, value);
  }

  hasSwitch(name: string): boolean {
    return this.switches.has(name);
  }

  getSwitchValue(name: string): string {
    return this.switches.get(name) ?? '';
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  // ---- driving: start-up ---------------------------------------------------------------------

  /** Electron finishes launching: `will-finish-launching`, userData is created, `ready`. */
  async emitReady(): Promise<void> {
    if (this.isReady) throw new Error('emitReady(): the app is ready already');
    this.emitApp('will-finish-launching');
    mkdirSync(this.getPath('userData'), { recursive: true });
    this.isReady = true;
    this.lifecycle.push('ready');
    this.resolveReady();
    this.app.emit('ready', stubEvent(), {});
    await this.turns(3);
  }

  /** Emits an app event the way Electron does (a preventable event first); checks the name. */
  emitApp(name: string, ...args: unknown[]): StubEvent {
    if (!this.api.events.app.has(name)) throw new Error(`app emits no '${name}' event`);
    const event = stubEvent();
    this.app.emit(name, event, ...args);
    return event;
  }

  secondInstance({
    argv,
    workingDirectory,
    additionalData,
  }: {
    argv: string[];
    workingDirectory: string;
    additionalData?: unknown;
  }): void {
    this.emitApp('second-instance', argv, workingDirectory, structuredClone(additionalData));
  }

  /** macOS: a file double-clicked in Finder or dropped on the Dock icon. */
  openFile(file: string): StubEvent {
    return this.emitApp('open-file', file);
  }

  activate(hasVisibleWindows = this.openWindows().some((w) => w.stub.visible)): void {
    this.emitApp('activate', hasVisibleWindows);
  }

  emitPowerMonitor(name: string, ...args: unknown[]): StubEvent {
    if (!this.api.eventNames('PowerMonitor').has(name))
      throw new Error(`powerMonitor emits no '${name}' event`);
    const event = stubEvent();
    this.powerMonitor.emit(name, event, ...args);
    return event;
  }

  // ---- driving: windows ----------------------------------------------------------------------

  openWindows(): StubBrowserWindow[] {
    return this.windows.filter((w) => !w.stub.destroyed);
  }

  /** The one open window; fails the test if there is not exactly one. */
  mainWindow(): StubBrowserWindow {
    const open = this.openWindows();
    if (open.length !== 1) throw new Error(`expected one open window, found ${open.length}`);
    return open[0]!;
  }

  readyToShow(win: StubBrowserWindow = this.mainWindow()): void {
    this.emitWindow(win, 'ready-to-show');
  }

  /** The user minimises the window (title bar, taskbar). */
  minimize(win: StubBrowserWindow = this.mainWindow()): void {
    win.stub.minimized = true;
    win.stub.focused = false;
    this.emitWindow(win, 'minimize');
  }

  /** The user clicks the window's close button; true when the window closed. */
  userClose(win: StubBrowserWindow = this.mainWindow()): boolean {
    return this.closeWindow(win);
  }

  /** The page's process dies: `render-process-gone` on its web contents. */
  crashRenderer(win: StubBrowserWindow = this.mainWindow(), reason = 'crashed'): void {
    const contents = this.unwrap(win.webContents);
    contents.stub.crashed = true;
    contents.emit('render-process-gone', stubEvent(), { reason, exitCode: 139 });
  }

  /** The page tries to navigate; true when the bundle let it. */
  navigate(win: StubBrowserWindow, url: string): boolean {
    const contents = this.unwrap(win.webContents);
    const event = stubEvent({ url, isMainFrame: true, isSameDocument: false });
    contents.emit('will-navigate', event, url, false, true);
    if (!event.defaultPrevented) contents.stub.url = url;
    return !event.defaultPrevented;
  }

  /** The page calls window.open / follows a target=_blank link. */
  windowOpen(win: StubBrowserWindow, url: string): { action: string } {
    const handler = this.unwrap(win.webContents).stub.windowOpenHandler;
    // Electron's default: allow.
    return handler ? handler({ url }) : { action: 'allow' };
  }

  emitWindow(win: StubBrowserWindow, name: string, ...args: unknown[]): StubEvent {
    if (!this.api.events.browserWindow.has(name)) throw new Error(`windows emit no '${name}'`);
    const event = stubEvent();
    win.emit(name, event, ...args);
    this.lifecycle.push(`${name} #${win.stub.id}${event.defaultPrevented ? ' (prevented)' : ''}`);
    return event;
  }

  /** `close`, then (unless prevented) destroy: Electron's close button and `win.close()`. */
  closeWindow(window: StubBrowserWindow): boolean {
    // The test may pass the proxy the bundle holds; the harness works on the raw object.
    const win = this.unwrap(window);
    if (win.stub.destroyed) return true;
    const event = stubEvent();
    win.emit('close', event);
    this.lifecycle.push(`close #${win.stub.id}${event.defaultPrevented ? ' (prevented)' : ''}`);
    if (event.defaultPrevented) {
      // browser.cc OnWindowCloseCancelled: a window that refuses to close cancels the quit.
      this.quitting = false;
      return false;
    }
    this.destroyWindow(win);
    return true;
  }

  destroyWindow(window: StubBrowserWindow): void {
    const win = this.unwrap(window);
    if (win.stub.destroyed) return;
    win.stub.destroyed = true;
    win.stub.visible = false;
    const contents = this.unwrap(win.webContents);
    contents.stub.destroyed = true;
    win.emit('closed');
    this.lifecycle.push(`closed #${win.stub.id}`);
    if (this.openWindows().length === 0) this.onWindowAllClosed();
  }

  // ---- quitting, as shell/browser/browser.cc does it ------------------------------------------

  /** Cmd+Q, the menu's quit role, the Dock's Quit: `app.quit()` from outside the bundle. */
  requestQuit(): void {
    this.quit();
  }

  quit(): void {
    if (this.quitting || this.shutDown) return;
    const event = this.emitApp('before-quit');
    this.lifecycle.push(`before-quit${event.defaultPrevented ? ' (prevented)' : ''}`);
    this.quitting = !event.defaultPrevented;
    if (!this.quitting) return;
    const open = this.openWindows();
    if (open.length === 0) return this.notifyAndShutdown();
    for (const win of open) this.closeWindow(win);
  }

  exit(code: number): void {
    if (this.shutDown) return;
    // Before ready there is no message loop: Electron exits at once, without any event.
    if (!this.isReady) {
      this.exitCode = code;
      this.shutDown = true;
      this.lifecycle.push(`exit ${code}`);
      return;
    }
    this.exitCode = code;
    this.quitting = true;
    this.exiting = true;
    const open = this.openWindows();
    if (open.length === 0) return this.shutdown();
    // No `close` event: windows are destroyed without asking.
    for (const win of open) this.destroyWindow(win);
  }

  private onWindowAllClosed(): void {
    if (this.exiting) return this.shutdown();
    if (this.quitting) return this.notifyAndShutdown();
    this.lifecycle.push('window-all-closed');
    // Electron's own default listener quits when the app has none.
    if (this.app.listenerCount('window-all-closed') === 0) return this.quit();
    this.app.emit('window-all-closed', stubEvent());
  }

  private notifyAndShutdown(): void {
    if (this.shutDown) return;
    const event = this.emitApp('will-quit');
    this.lifecycle.push(`will-quit${event.defaultPrevented ? ' (prevented)' : ''}`);
    if (event.defaultPrevented) {
      this.quitting = false;
      return;
    }
    this.shutdown();
  }

  private shutdown(): void {
    if (this.shutDown) return;
    this.shutDown = true;
    this.quitting = true;
    this.exitCode ??= 0;
    this.app.emit('quit', stubEvent(), this.exitCode);
    this.lifecycle.push('quit');
    // The process would end here; the test process of course goes on.
    this.lifecycle.push(`exit ${this.exitCode}`);
  }

  get exited(): boolean {
    return this.exitCode !== null && this.shutDown;
  }

  // ---- driving: the page ---------------------------------------------------------------------

  /**
   * A request to a custom-scheme URL, through the handler the bundle registered. The URL is
   * canonicalised like Chromium does for a standard scheme (`..` resolved); `raw` passes it as
   * given, to test the handler's own guard.
   */
  async request(url: string, { raw = false }: { raw?: boolean } = {}): Promise<Response> {
    const scheme = url.slice(0, url.indexOf(':'));
    const handler = this.protocolHandlers.get(scheme);
    if (!handler) throw new Error(`no protocol.handle('${scheme}') registered`);
    const request = new Request(url);
    if (!raw) return handler(request);
    const uncanonical = new Proxy(request, {
      get: (t, p) => {
        if (p === 'url') return url;
        const value = Reflect.get(t, p, t) as unknown;
        return typeof value === 'function' ? (value as AnyFunction).bind(t) : value;
      },
    });
    return handler(uncanonical);
  }

  /**
   * `ipcRenderer.invoke(channel, args)` from a frame at `frameUrl` (null: the frame is gone).
   * Arguments and result are structured-cloned as Electron's IPC does; a handler's error
   * rejects with Electron's wording, the original as `cause`.
   */
  async invoke(
    channel: string,
    args?: unknown,
    {
      frameUrl = APP_PAGE_URL,
      window,
    }: { frameUrl?: string | null; window?: StubBrowserWindow } = {},
  ): Promise<unknown> {
    const handler = this.ipcHandlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const win = window ?? this.openWindows()[0];
    const event = {
      type: 'frame',
      processId: 1,
      frameId: 1,
      sender: win?.webContents ?? null,
      senderFrame:
        frameUrl === null ? null : { url: frameUrl, origin: originOf(frameUrl), name: '' },
    };
    try {
      return structuredClone(await handler(event, structuredClone(args)));
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`, {
        cause: error,
      });
    }
  }

  /** A permission request from a page at `requestingUrl` (Electron's default: granted). */
  requestPermission(permission: string, requestingUrl: string): Promise<boolean> {
    this.checkPermissionName(permission);
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve, reject) => {
      const timer = realSetTimeout(
        () => reject(new Error(`permission '${permission}': the handler never answered`)),
        1000,
      );
      handler(
        this.windows[0]?.webContents ?? null,
        permission,
        (granted) => {
          clearTimeout(timer);
          resolve(granted);
        },
        { requestingUrl, isMainFrame: true },
      );
    });
  }

  /** A permission check (navigator.permissions, storage…) from `requestingOrigin`. */
  checkPermission(permission: string, requestingOrigin: string): boolean {
    this.checkPermissionName(permission);
    const handler = this.permissionCheckHandler;
    if (!handler) return true;
    return handler(this.windows[0]?.webContents ?? null, permission, requestingOrigin, {
      isMainFrame: true,
      securityOrigin: requestingOrigin,
      requestingUrl: requestingOrigin,
    });
  }

  private checkPermissionName(permission: string): void {
    if (!this.api.permissions.has(permission))
      throw new Error(
        `'${permission}' is not a permission Electron ${this.api.version} asks about`,
      );
  }

  menuItem(id: string): MenuItemStub {
    const find = (menu: MenuStub | null | undefined): MenuItemStub | undefined => {
      for (const item of menu?.items ?? []) {
        if (item.id === id) return item;
        const inner = find(item.submenu);
        if (inner) return inner;
      }
      return undefined;
    };
    const item = find(this.applicationMenu);
    if (!item) throw new Error(`the application menu has no item '${id}'`);
    return item;
  }

  /** The user picks a menu item (by its id), with the focused window as Electron passes it. */
  clickMenuItem(id: string): void {
    const item = this.menuItem(id);
    if (!item.click) throw new Error(`menu item '${id}' has no click handler`);
    const focused = this.openWindows().find((w) => w.stub.focused);
    item.click(item, focused ?? undefined, {
      shiftKey: false,
      ctrlKey: false,
      altKey: false,
      metaKey: false,
    });
  }

  clickNotification(notification: StubNotification): void {
    notification.emit('click', stubEvent());
  }

  // ---- waiting ---------------------------------------------------------------------------------

  /** Lets the bundle's pending promise chains and file reads run (real time). */
  async turns(count = 10): Promise<void> {
    for (let i = 0; i < count; i++) await new Promise<void>((r) => realSetImmediate(r));
  }

  /** Waits (in real time) until `condition` holds; the error lists the last calls. */
  async waitFor(condition: () => boolean, what: string, timeoutMs = 2000): Promise<void> {
    const deadline = realNow() + timeoutMs;
    while (!condition()) {
      if (this.violations.length > 0)
        throw new Error(`while waiting for ${what}: ${this.violations.join('; ')}`);
      if (realNow() > deadline) {
        const last = this.calls.slice(-8).map((c) => c.api);
        throw new Error(`timed out waiting for ${what}; last calls: ${last.join(', ')}`);
      }
      await this.turns(1);
      await new Promise<void>((r) => realSetTimeout(r, 2));
    }
  }
}

// ---- the objects ---------------------------------------------------------------------------------

/** An EventEmitter that only lets listeners subscribe to events Electron really emits. */
export class StubEmitter extends EventEmitter {
  constructor(
    protected readonly harness: ElectronHarness,
    private readonly label: string,
    /** null: any name (ipcMain's are channels). */
    private readonly events: ReadonlySet<string> | null,
  ) {
    super();
  }

  checkEvent(event: string | symbol): void {
    if (this.events === null || typeof event !== 'string' || this.events.has(event)) return;
    this.harness.violate(
      `${this.label}.on('${event}'): Electron ${this.harness.api.version} emits no such event`,
    );
  }
}
for (const method of LISTEN_METHODS) {
  const base = EventEmitter.prototype[method] as (
    this: EventEmitter,
    event: string | symbol,
    listener: Listener,
  ) => EventEmitter;
  Object.defineProperty(StubEmitter.prototype, method, {
    configurable: true,
    writable: true,
    value: function (this: StubEmitter, event: string | symbol, listener: Listener) {
      this.checkEvent(event);
      return base.call(this, event, listener);
    },
  });
}

export class StubApp extends StubEmitter {
  readonly isPackaged: boolean;
  readonly name: string;
  readonly commandLine: object;

  constructor(harness: ElectronHarness) {
    super(harness, 'app', harness.api.events.app);
    this.isPackaged = harness.options.packaged;
    this.name = harness.options.name;
    this.commandLine = harness.guard(new StubCommandLine(harness), {
      label: 'app.commandLine',
      typeName: 'CommandLine',
      members: harness.api.members('CommandLine'),
    });
  }

  /** Only macOS has a Dock; elsewhere Electron's `app.dock` is undefined. */
  get dock(): object | undefined {
    if (this.harness.options.platform !== 'darwin') return undefined;
    return this.harness.guard(
      { hide: () => undefined, show: () => Promise.resolve(), setBadge: () => undefined },
      { label: 'app.dock', typeName: 'Dock', members: this.harness.api.members('Dock') },
    );
  }

  whenReady(): Promise<void> {
    return this.harness.whenReady();
  }
  isReady(): boolean {
    return this.harness.isReady;
  }
  quit(): void {
    this.harness.quit();
  }
  exit(exitCode = 0): void {
    this.harness.exit(exitCode);
  }
  getPath(name: string): string {
    return this.harness.getPath(name);
  }
  setPath(name: string, value: string): void {
    this.harness.setPath(name, value);
  }
  getAppPath(): string {
    return fileURLToPath(new URL('../..', import.meta.url));
  }
  getVersion(): string {
    return this.harness.options.version;
  }
  getName(): string {
    return this.name;
  }
  getLocale(): string {
    return 'id';
  }
  getPreferredSystemLanguages(): string[] {
    return ['id-ID', 'en-US'];
  }
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    // Electron clones it over to the running instance.
    this.harness.singleInstanceData = structuredClone(additionalData);
    return this.harness.options.singleInstance;
  }
  hasSingleInstanceLock(): boolean {
    return this.harness.options.singleInstance;
  }
  releaseSingleInstanceLock(): void {}
  setAppUserModelId(id: string): void {
    this.harness.userModelId = id;
  }
  focus(): void {}
  setAboutPanelOptions(): void {}
  // Before-ready switches: no-ops here, but the ready rule from the typings applies.
  disableHardwareAcceleration(): void {}
  enableSandbox(): void {}
  setDesktopName(): void {}
}

class StubCommandLine {
  constructor(private readonly harness: ElectronHarness) {}
  hasSwitch(name: string): boolean {
    return this.harness.hasSwitch(name);
  }
  getSwitchValue(name: string): string {
    return this.harness.getSwitchValue(name);
  }
  appendSwitch(): void {}
  appendArgument(): void {}
}

class StubProtocol {
  constructor(private readonly harness: ElectronHarness) {}

  registerSchemesAsPrivileged(schemes: unknown): void {
    const h = this.harness;
    if (h.isReady)
      h.violate('protocol.registerSchemesAsPrivileged should be called before app is ready');
    if (h.privilegedSchemes.length > 0)
      h.violate('protocol.registerSchemesAsPrivileged can be called only once');
    if (!Array.isArray(schemes)) h.violate('registerSchemesAsPrivileged: expected an array');
    const schemeKeys = h.api.propertyNames('CustomScheme');
    const privilegeKeys = h.api.propertyNames('Privileges');
    for (const entry of schemes as Record<string, unknown>[]) {
      for (const key of Object.keys(entry))
        if (!schemeKeys.has(key)) h.violate(`CustomScheme has no '${key}'`);
      const privileges = (entry['privileges'] ?? {}) as Record<string, unknown>;
      for (const key of Object.keys(privileges))
        if (!privilegeKeys.has(key)) h.violate(`Privileges has no '${key}'`);
      h.privilegedSchemes.push({ scheme: String(entry['scheme']), privileges: { ...privileges } });
    }
  }

  handle(scheme: string, handler: ProtocolHandler): void {
    const h = this.harness;
    if (!h.isReady) h.violate('protocol.handle() cannot be called before app is ready');
    if (h.protocolHandlers.has(scheme)) h.violate(`Failed to register protocol: ${scheme}`);
    if (typeof handler !== 'function') h.violate('protocol.handle: handler must be a function');
    h.protocolHandlers.set(scheme, handler);
  }

  unhandle(scheme: string): void {
    this.harness.protocolHandlers.delete(scheme);
  }

  isProtocolHandled(scheme: string): boolean {
    return this.harness.protocolHandlers.has(scheme);
  }
}

class StubSession extends StubEmitter {
  constructor(harness: ElectronHarness) {
    super(harness, 'session', harness.api.eventNames('Session'));
  }
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.harness.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.harness.permissionCheckHandler = handler;
  }
}

class StubIpcMain extends StubEmitter {
  constructor(harness: ElectronHarness) {
    super(harness, 'ipcMain', null);
  }
  handle(channel: string, handler: IpcHandler): void {
    if (this.harness.ipcHandlers.has(channel))
      this.harness.violate(`Attempted to register a second handler for '${channel}'`);
    this.harness.ipcHandlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.harness.ipcHandlers.delete(channel);
  }
}

class StubScreen extends StubEmitter {
  constructor(harness: ElectronHarness) {
    super(harness, 'screen', harness.api.eventNames('Screen'));
  }
  getAllDisplays() {
    return this.harness.options.displays.map(displayOf);
  }
  getPrimaryDisplay() {
    const first = this.harness.options.displays[0];
    if (!first) throw new Error('the test set no displays');
    return displayOf(first, 0);
  }
}

class StubDialog {
  constructor(private readonly harness: ElectronHarness) {}

  private show(kind: string, optionsType: string, args: unknown[]): Promise<DialogAnswer> {
    const h = this.harness;
    const [first, second] = args;
    const options = (second ?? first) as Record<string, unknown>;
    const window = second === undefined ? null : (h.unwrap(first) as StubBrowserWindow);
    const allowed = h.api.propertyNames(optionsType);
    for (const key of Object.keys(options))
      if (!allowed.has(key)) h.violate(`dialog.${kind}: ${optionsType} has no '${key}'`);
    h.dialogs.push({ kind, window: window?.stub.id ?? null, options });
    const answer = h.dialogAnswers.shift() ?? { canceled: true };
    return Promise.resolve(
      kind === 'showOpenDialog'
        ? { canceled: answer.canceled, filePaths: answer.filePaths ?? [] }
        : { canceled: answer.canceled, filePath: answer.filePath ?? '' },
    );
  }

  showSaveDialog(...args: unknown[]) {
    return this.show('showSaveDialog', 'SaveDialogOptions', args);
  }
  showOpenDialog(...args: unknown[]) {
    return this.show('showOpenDialog', 'OpenDialogOptions', args);
  }
  showErrorBox(title: string, content: string): void {
    this.harness.dialogs.push({ kind: 'showErrorBox', window: null, options: { title, content } });
  }
}

class StubShell {
  constructor(private readonly harness: ElectronHarness) {}
  openExternal(url: string): Promise<void> {
    this.harness.openedExternal.push(url);
    return Promise.resolve();
  }
  showItemInFolder(): void {}
}

class StubNativeTheme extends StubEmitter {
  shouldUseDarkColors = false;
  themeSource: 'system' | 'light' | 'dark' = 'system';
  constructor(harness: ElectronHarness) {
    super(harness, 'nativeTheme', harness.api.eventNames('NativeTheme'));
  }
}

export class StubWebContents extends StubEmitter {
  readonly id: number;
  readonly stub: WebContentsState;
  private readonly window: StubBrowserWindow;

  constructor(harness: ElectronHarness, window: StubBrowserWindow) {
    super(harness, 'webContents', harness.api.events.webContents);
    this.window = window;
    this.id = harness.nextObjectId();
    this.stub = { id: this.id, crashed: false, destroyed: false, url: '', windowOpenHandler: null };
  }

  send(channel: string, ...args: unknown[]): void {
    if (typeof channel !== 'string')
      this.harness.violate('webContents.send: channel must be a string');
    // IPC serialises like structuredClone: a function or a class instance would throw here.
    const cloned = structuredClone(args);
    this.harness.sent.push({
      window: this.window.stub.id,
      channel,
      args: cloned,
      delivered: !this.stub.crashed,
    });
  }
  isCrashed(): boolean {
    return this.stub.crashed;
  }
  isDestroyed(): boolean {
    return this.stub.destroyed;
  }
  getURL(): string {
    return this.stub.url;
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.stub.windowOpenHandler = handler;
  }
  focus(): void {}
}

export interface StubBrowserWindow extends StubEmitter {
  readonly id: number;
  readonly webContents: StubWebContents;
  readonly stub: WindowState;
  isVisible(): boolean;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isFocused(): boolean;
  isDestroyed(): boolean;
  getNormalBounds(): Rect;
}

function makeBrowserWindowClass(harness: ElectronHarness) {
  const api = harness.api;
  class BrowserWindow extends StubEmitter implements StubBrowserWindow {
    readonly id: number;
    readonly webContents: StubWebContents;
    readonly stub: WindowState;

    static getAllWindows(): unknown[] {
      return harness.openWindows().map((w) => harness.proxyOf(w));
    }
    static getFocusedWindow(): unknown {
      const focused = harness.openWindows().find((w) => w.stub.focused);
      return focused ? harness.proxyOf(focused) : null;
    }
    static fromId(id: number): unknown {
      const found = harness.openWindows().find((w) => w.id === id);
      return found ? harness.proxyOf(found) : null;
    }

    constructor(options: Record<string, unknown> = {}) {
      super(harness, 'win', api.events.browserWindow);
      if (!harness.isReady) harness.violate('Cannot create BrowserWindow before app is ready');
      for (const key of Object.keys(options))
        if (!api.browserWindowOptions.has(key))
          harness.violate(`BrowserWindowConstructorOptions has no '${key}'`);
      const webPreferences = (options['webPreferences'] ?? {}) as Record<string, unknown>;
      for (const key of Object.keys(webPreferences))
        if (!api.webPreferences.has(key)) harness.violate(`WebPreferences has no '${key}'`);

      this.id = harness.nextObjectId();
      const display = harness.options.displays[0]?.workArea ?? harness.options.displays[0]?.bounds;
      const width = Number(options['width'] ?? 800);
      const height = Number(options['height'] ?? 600);
      const x = options['x'] ?? (display ? display.x + Math.round((display.width - width) / 2) : 0);
      const y =
        options['y'] ?? (display ? display.y + Math.round((display.height - height) / 2) : 0);
      this.stub = {
        id: this.id,
        options: { ...options },
        webPreferences: { ...webPreferences },
        visible: options['show'] !== false,
        focused: options['show'] !== false,
        minimized: false,
        maximized: false,
        destroyed: false,
        normalBounds: { x: Number(x), y: Number(y), width, height },
        loadedUrls: [],
      };
      const contents = new StubWebContents(harness, this);
      const contentsProxy = harness.guard(contents, {
        label: 'webContents',
        typeName: 'WebContents',
        members: api.members('WebContents'),
        instance: contents.id,
        isDestroyed: () => contents.stub.destroyed,
      });
      this.webContents = contentsProxy;
      harness.windows.push(this);
      const proxy = harness.guard(this, {
        label: 'win',
        typeName: 'BrowserWindow',
        members: api.members('BrowserWindow'),
        instance: this.id,
        isDestroyed: () => this.stub.destroyed,
      });
      harness.windowProxies.set(this, proxy);
      // Electron emits both while the constructor runs.
      harness.app.emit('web-contents-created', stubEvent(), contentsProxy);
      harness.app.emit('browser-window-created', stubEvent(), proxy);
      return proxy;
    }

    loadURL(url: string): Promise<void> {
      this.stub.loadedUrls.push(url);
      harness.unwrap(this.webContents).stub.url = url;
      return Promise.resolve();
    }
    show(): void {
      this.stub.visible = true;
      this.stub.focused = true;
      this.emit('show');
    }
    showInactive(): void {
      this.stub.visible = true;
      this.emit('show');
    }
    hide(): void {
      this.stub.visible = false;
      this.stub.focused = false;
      this.emit('hide');
    }
    isVisible(): boolean {
      return this.stub.visible;
    }
    focus(): void {
      this.stub.focused = true;
      this.emit('focus');
    }
    isFocused(): boolean {
      return this.stub.focused;
    }
    maximize(): void {
      // Electron: "This will also show (but not focus) the window".
      this.stub.maximized = true;
      this.stub.visible = true;
      this.emit('maximize');
    }
    unmaximize(): void {
      this.stub.maximized = false;
      this.emit('unmaximize');
    }
    isMaximized(): boolean {
      return this.stub.maximized;
    }
    minimize(): void {
      this.stub.minimized = true;
      this.emit('minimize');
    }
    isMinimized(): boolean {
      return this.stub.minimized;
    }
    restore(): void {
      this.stub.minimized = false;
      this.stub.visible = true;
      this.emit('restore');
    }
    isNormal(): boolean {
      return !this.stub.minimized && !this.stub.maximized;
    }
    getNormalBounds(): Rect {
      return { ...this.stub.normalBounds };
    }
    getBounds(): Rect {
      return { ...this.stub.normalBounds };
    }
    setBounds(bounds: Partial<Rect>): void {
      this.stub.normalBounds = { ...this.stub.normalBounds, ...bounds };
    }
    getTitle(): string {
      return String(this.stub.options['title'] ?? '');
    }
    setTitle(title: string): void {
      this.stub.options['title'] = title;
    }
    isDestroyed(): boolean {
      return this.stub.destroyed;
    }
    close(): void {
      harness.closeWindow(this);
    }
    destroy(): void {
      harness.destroyWindow(this);
    }
  }
  return BrowserWindow;
}

function makeMenuClass(harness: ElectronHarness) {
  const api = harness.api;

  const buildItem = (raw: unknown, where: string): MenuItemStub => {
    if (typeof raw !== 'object' || raw === null) harness.violate(`${where}: not an object`);
    const item = raw as Record<string, unknown>;
    for (const key of Object.keys(item))
      if (!api.menuItemOptions.has(key))
        harness.violate(`${where}: MenuItemConstructorOptions has no '${key}'`);
    const { role, type, label, submenu, click } = item;
    if (role !== undefined && !api.menuItemRoles.has(String(role)))
      harness.violate(`${where}: '${String(role)}' is not a menu role`);
    if (type !== undefined && !api.menuItemTypes.has(String(type)))
      harness.violate(`${where}: '${String(type)}' is not a menu item type`);
    if (role === undefined && type === undefined && label === undefined)
      harness.violate(
        `Invalid template for MenuItem: must have at least one of label, role or type`,
      );
    if (click !== undefined && typeof click !== 'function')
      harness.violate(`${where}: click must be a function`);
    const built: MenuItemStub = { ...item };
    if (submenu !== undefined)
      built.submenu = buildMenu(submenu, `${where} → ${String(label ?? role)}`);
    return built;
  };

  const buildMenu = (template: unknown, where: string): MenuStub => {
    if (!Array.isArray(template))
      harness.violate('Invalid template for Menu: Menu template must be an array');
    return { items: template.map((item, i) => buildItem(item, `${where}[${i}]`)) };
  };

  class Menu {
    readonly items: MenuItemStub[];
    constructor(items: MenuItemStub[] = []) {
      this.items = items;
    }
    static buildFromTemplate(template: unknown): unknown {
      const menu = buildMenu(template, 'menu');
      return harness.guard(new Menu(menu.items), {
        label: 'menu',
        typeName: 'Menu',
        members: api.members('Menu'),
      });
    }
    static setApplicationMenu(menu: unknown): void {
      harness.applicationMenu = menu === null ? null : harness.unwrap(menu as MenuStub);
    }
    static getApplicationMenu(): unknown {
      return harness.applicationMenu;
    }
    getMenuItemById(id: string): MenuItemStub | null {
      const find = (items: MenuItemStub[]): MenuItemStub | null => {
        for (const item of items) {
          if (item.id === id) return item;
          const inner = item.submenu ? find(item.submenu.items) : null;
          if (inner) return inner;
        }
        return null;
      };
      return find(this.items);
    }
  }
  return Menu;
}

export interface StubNotification extends StubEmitter {
  readonly stub: NotificationState;
}

function makeNotificationClass(harness: ElectronHarness) {
  const api = harness.api;
  class Notification extends StubEmitter implements StubNotification {
    readonly stub: NotificationState;
    static isSupported(): boolean {
      return harness.options.notificationsSupported;
    }
    constructor(options: Record<string, unknown> = {}) {
      super(harness, 'notification', api.eventNames('Notification'));
      const allowed = api.propertyNames('NotificationConstructorOptions');
      for (const key of Object.keys(options))
        if (!allowed.has(key)) harness.violate(`NotificationConstructorOptions has no '${key}'`);
      const id = harness.nextObjectId();
      this.stub = { id, options: { ...options }, shown: false };
      harness.notifications.push(this);
      return harness.guard(this, {
        label: 'notification',
        typeName: 'Notification',
        members: api.members('Notification'),
        instance: id,
      });
    }
    show(): void {
      this.stub.shown = true;
      this.emit('show', stubEvent());
    }
    close(): void {
      this.emit('close', stubEvent());
    }
  }
  return Notification;
}

/** The module the bundle imports: see electron-module.ts. */
export const STUB_KEY = Symbol.for('kompeten.test.electronStub');
