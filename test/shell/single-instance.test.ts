import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, IPC_EVENTS } from '../../shared/ipc/channels';
import { startMain, startWithWindow } from './start-main';

describe('one running app', () => {
  it('a second start that does not get the lock quits, with no window and no IPC', async () => {
    const { harness } = await startMain({ singleInstance: false });
    expect(harness.callsTo('app.requestSingleInstanceLock')).toHaveLength(1);
    expect(harness.callsTo('app.quit')).toHaveLength(1);
    expect(harness.exited).toBe(true);
    // Electron may still emit ready before its loop stops: nothing may start then either.
    await harness.emitReady();
    await harness.turns(20);
    expect(harness.windows).toHaveLength(0);
    expect(harness.ipcHandlers.size).toBe(0);
    expect(harness.protocolHandlers.size).toBe(0);
    expect(harness.app.listenerCount('second-instance')).toBe(0);
  });

  it('hands the files it was started with to the running app', async () => {
    const { harness } = await startMain({
      packaged: true,
      argv: ['/opt/Kompeten/kompeten', '--no-sandbox', '/home/u/a.kompeten-cadangan'],
      singleInstance: false,
    });
    expect(harness.singleInstanceData).toEqual({ files: ['/home/u/a.kompeten-cadangan'] });
  });

  it('the running app restores and focuses its window when started again', async () => {
    const { harness, win } = await startWithWindow();
    harness.minimize(win);
    expect(win.isMinimized()).toBe(true);
    const before = harness.calls.length;
    harness.secondInstance({
      argv: ['/x/electron', '.'],
      workingDirectory: '/',
      additionalData: { files: [] },
    });
    const after = harness.calls.slice(before).map((c) => c.api);
    expect(after.filter((api) => /^win\.(restore|show|focus)$/.test(api))).toEqual([
      'win.restore',
      'win.show',
      'win.focus',
    ]);
    expect(win.isMinimized()).toBe(false);
    expect(win.isVisible()).toBe(true);
    expect(win.isFocused()).toBe(true);
  });

  it('opens the files a second start passes, read by the main process when the page asks', async () => {
    const { harness, root } = await startWithWindow({ packaged: true });
    const file = path.join(root, 'home', 'cadangan.kompeten-cadangan');
    writeFileSync(file, 'PK-backup-bytes');
    harness.secondInstance({
      argv: ['/opt/Kompeten/kompeten', '--ignored'],
      workingDirectory: '/',
      additionalData: { files: [file, path.join(root, 'home', 'notes.txt')] },
    });
    expect(harness.sent.map((m) => m.channel)).toContain(IPC_EVENTS.filesOpened);
    const taken = (await harness.invoke(IPC_CHANNELS.openedFilesTake)) as {
      status: string;
      name: string;
      data?: Uint8Array;
    }[];
    expect(taken.map((f) => [f.status, f.name])).toEqual([
      ['opened', 'cadangan.kompeten-cadangan'],
      ['unknown-kind', 'notes.txt'],
    ]);
    expect(new TextDecoder().decode(taken[0]!.data)).toBe('PK-backup-bytes');
    // Taken once: the queue is empty afterwards.
    expect(await harness.invoke(IPC_CHANNELS.openedFilesTake)).toEqual([]);
  });

  it('falls back to the argv of a second start that sent no data', async () => {
    const { harness } = await startWithWindow({ packaged: true });
    harness.secondInstance({
      argv: ['/opt/Kompeten/kompeten', 'x.kompeten-jawaban'],
      workingDirectory: '/home/u',
    });
    const taken = (await harness.invoke(IPC_CHANNELS.openedFilesTake)) as { name: string }[];
    expect(taken.map((f) => f.name)).toEqual(['x.kompeten-jawaban']);
  });

  it('macOS: a file opened before ready is kept for the page', async () => {
    const { harness } = await startMain({ platform: 'darwin', packaged: true });
    const event = harness.openFile('/Users/u/b.kompeten-permintaan');
    expect(event.defaultPrevented).toBe(true);
    expect(
      harness.calls.find((c) => c.api === 'app.on' && c.args[0] === 'open-file')?.afterReady,
    ).toBe(false);
    await harness.emitReady();
    await harness.waitFor(() => harness.ipcHandlers.size > 0, 'the IPC handlers');
    const taken = (await harness.invoke(IPC_CHANNELS.openedFilesTake)) as {
      status: string;
      name: string;
    }[];
    expect(taken).toEqual([
      { status: 'unreadable', kind: 'request', name: 'b.kompeten-permintaan' },
    ]);
  });
});
