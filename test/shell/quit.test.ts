import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { IPC_CHANNELS, IPC_EVENTS } from '../../shared/ipc/channels';
import { startWithWindow } from './start-main';
import type { ElectronHarness } from './stub-electron';

/** electron/main/quit-backup.ts's default: how long a quit waits for the page's backup. */
const QUIT_BACKUP_TIMEOUT_MS = 15_000;

const backupRequests = (harness: ElectronHarness) =>
  harness.sent.filter((m) => m.channel === IPC_EVENTS.quitBackupRequested);
const pageDone = (harness: ElectronHarness) => harness.invoke(IPC_CHANNELS.backupsQuitDone);

function fakeTimers(): void {
  vi.useFakeTimers();
  onTestFinished(() => {
    vi.useRealTimers();
  });
}

describe.each(['linux', 'win32'] as const)('quitting on %s', (platform) => {
  it('closing the window asks the page for a backup and quits once the page is done', async () => {
    const { harness, win } = await startWithWindow({ platform, packaged: true });
    const mark = harness.lifecycle.length;
    expect(harness.userClose(win)).toBe(false);
    expect(backupRequests(harness)).toEqual([
      { window: win.stub.id, channel: IPC_EVENTS.quitBackupRequested, args: [], delivered: true },
    ]);
    // A second click while the backup runs waits for the same backup.
    expect(harness.userClose(win)).toBe(false);
    expect(backupRequests(harness)).toHaveLength(1);
    expect(win.isDestroyed()).toBe(false);
    expect(harness.exited).toBe(false);

    await pageDone(harness);
    expect(harness.lifecycle.slice(mark)).toEqual([
      'close #1 (prevented)',
      'close #1 (prevented)',
      'before-quit',
      'close #1',
      'closed #1',
      'will-quit',
      'quit',
      'exit 0',
    ]);
    expect(existsSync(path.join(harness.getPath('userData'), 'window-state.json'))).toBe(true);
  });

  it('a page that never answers is quit after the time limit', async () => {
    const { harness, win } = await startWithWindow({ platform });
    fakeTimers();
    harness.userClose(win);
    vi.advanceTimersByTime(QUIT_BACKUP_TIMEOUT_MS - 1);
    expect(harness.exited).toBe(false);
    vi.advanceTimersByTime(1);
    expect(harness.exited).toBe(true);
    expect(backupRequests(harness)).toHaveLength(1);
  });

  it('a backup still being written when the page answers is finished before quitting', async () => {
    const { harness, win } = await startWithWindow({ platform });
    harness.userClose(win);
    const data = new Uint8Array(256 * 1024).fill(7);
    const writing = harness.invoke(IPC_CHANNELS.backupsWrite, { reason: 'quit', data });
    await pageDone(harness);
    expect(harness.exited).toBe(false);
    const { name } = (await writing) as { name: string };
    await harness.waitFor(() => harness.exited, 'the quit after the write');
    const file = path.join(harness.getPath('userData'), 'backups', name);
    expect(readFileSync(file).equals(Buffer.from(data))).toBe(true);
  });

  it('a page that crashes while backing up is not waited for', async () => {
    const { harness, win } = await startWithWindow({ platform });
    fakeTimers();
    harness.userClose(win);
    expect(harness.exited).toBe(false);
    harness.crashRenderer(win);
    expect(harness.exited).toBe(true);
  });

  it('a crashed page is not asked at all', async () => {
    const { harness, win } = await startWithWindow({ platform });
    harness.crashRenderer(win, 'oom');
    expect(harness.userClose(win)).toBe(true);
    expect(backupRequests(harness)).toEqual([]);
    expect(harness.exited).toBe(true);
  });

  it('quitting from the menu or the taskbar waits for the backup too', async () => {
    const { harness } = await startWithWindow({ platform });
    const mark = harness.lifecycle.length;
    harness.requestQuit();
    expect(harness.lifecycle.slice(mark)).toEqual(['before-quit (prevented)']);
    expect(backupRequests(harness)).toHaveLength(1);
    await pageDone(harness);
    expect(harness.exited).toBe(true);
  });

  it('a page saying "done" without a quit under way quits nothing', async () => {
    const { harness } = await startWithWindow({ platform });
    await pageDone(harness);
    expect(harness.exited).toBe(false);
    expect(harness.openWindows()).toHaveLength(1);
  });
});

describe('quitting on Linux, at system shut-down', () => {
  it('holds the shut-down for the backup (logind waits for apps that ask)', async () => {
    const { harness } = await startWithWindow({ platform: 'linux' });
    const event = harness.emitPowerMonitor('shutdown');
    expect(event.defaultPrevented).toBe(true);
    expect(backupRequests(harness)).toHaveLength(1);
    await pageDone(harness);
    expect(harness.exited).toBe(true);
  });
});

describe('quitting on Windows, when the session ends', () => {
  it('remembers the window size at once', async () => {
    const { harness, win } = await startWithWindow({ platform: 'win32' });
    harness.emitWindow(win, 'session-end');
    expect(existsSync(path.join(harness.getPath('userData'), 'window-state.json'))).toBe(true);
  });
});

describe('quitting on macOS', () => {
  it('closing the window hides it: the app, the page and the data stay', async () => {
    const { harness, win } = await startWithWindow({ platform: 'darwin' });
    expect(harness.userClose(win)).toBe(false);
    expect(win.isVisible()).toBe(false);
    expect(win.isDestroyed()).toBe(false);
    expect(backupRequests(harness)).toEqual([]);
    expect(harness.lifecycle).not.toContain('window-all-closed');
    expect(harness.exited).toBe(false);

    // A click on the Dock icon brings it back.
    harness.activate(false);
    expect(win.isVisible()).toBe(true);
  });

  it('Cmd+Q asks the page for a backup, then quits and lets the window close', async () => {
    const { harness, win } = await startWithWindow({ platform: 'darwin' });
    harness.userClose(win); // hidden first: the page is still there to back up
    const mark = harness.lifecycle.length;
    harness.requestQuit();
    expect(harness.lifecycle.slice(mark)).toEqual(['before-quit (prevented)']);
    expect(backupRequests(harness)).toHaveLength(1);
    await pageDone(harness);
    expect(harness.lifecycle.slice(mark + 1)).toEqual([
      'before-quit',
      'close #1',
      'closed #1',
      'will-quit',
      'quit',
      'exit 0',
    ]);
  });

  it('does not hold a shut-down or log-out back (macOS would cancel it)', async () => {
    const { harness } = await startWithWindow({ platform: 'darwin' });
    expect(harness.emitPowerMonitor('shutdown').defaultPrevented).toBe(false);
    harness.requestQuit();
    expect(backupRequests(harness)).toEqual([]);
    expect(harness.exited).toBe(true);
  });
});
