import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQuitBackup } from '../../../electron/main/quit-backup';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(hasWindow = true) {
  const requestBackup = vi.fn();
  const quit = vi.fn();
  const quitBackup = createQuitBackup({ hasWindow: () => hasWindow, requestBackup, quit });
  const attempt = () => {
    const event = { preventDefault: vi.fn() };
    quitBackup.onQuitRequested(event);
    return event.preventDefault.mock.calls.length > 0 ? 'held' : 'allowed';
  };
  return { quitBackup, requestBackup, quit, attempt };
}

describe('backup on quit', () => {
  it('holds the first quit back until the page reports its backup done', () => {
    const { quitBackup, requestBackup, quit, attempt } = setup();
    // Like Electron, quitting emits `before-quit` again, synchronously.
    const duringQuit: string[] = [];
    quit.mockImplementation(() => duringQuit.push(attempt()));
    expect(attempt()).toBe('held');
    expect(requestBackup).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(14_999);
    expect(quit).not.toHaveBeenCalled();
    quitBackup.done();
    expect(quit).toHaveBeenCalledTimes(1);
    expect(duringQuit).toEqual(['allowed']);
    expect(attempt()).toBe('allowed');
    expect(requestBackup).toHaveBeenCalledTimes(1);
  });

  it('quits after 15 s when the page never answers, and ignores a late answer', () => {
    const { quitBackup, quit, attempt } = setup();
    attempt();
    vi.advanceTimersByTime(14_999);
    expect(quit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(quit).toHaveBeenCalledTimes(1);
    quitBackup.done();
    vi.advanceTimersByTime(60_000);
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('asks only once: quit attempts during the backup wait for the same backup', () => {
    const { quitBackup, requestBackup, quit, attempt } = setup();
    attempt();
    expect(attempt()).toBe('held');
    expect(attempt()).toBe('held');
    expect(requestBackup).toHaveBeenCalledTimes(1);
    quitBackup.done();
    quitBackup.done();
    expect(quit).toHaveBeenCalledTimes(1);
    expect(attempt()).toBe('allowed');
    vi.runAllTimers();
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('lets the quit go ahead at once when there is no window', () => {
    const { requestBackup, quit, attempt } = setup(false);
    expect(attempt()).toBe('allowed');
    vi.runAllTimers();
    expect(requestBackup).not.toHaveBeenCalled();
    // The app is already quitting; quitting again is not needed.
    expect(quit).not.toHaveBeenCalled();
  });

  it('quits at once when the page cannot be asked', () => {
    const { requestBackup, quit, attempt } = setup();
    requestBackup.mockImplementation(() => {
      throw new Error('Object has been destroyed');
    });
    expect(attempt()).toBe('held');
    expect(quit).toHaveBeenCalledTimes(1);
    vi.runAllTimers();
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('ignores a "done" that nobody asked for', () => {
    const { quitBackup, requestBackup, quit, attempt } = setup();
    quitBackup.done();
    expect(quit).not.toHaveBeenCalled();
    expect(attempt()).toBe('held');
    expect(requestBackup).toHaveBeenCalledTimes(1);
  });

  it('finishes a backup file already being written when the time limit strikes', async () => {
    let finishWrite = () => {};
    const write = new Promise<void>((resolve) => (finishWrite = resolve));
    const quit = vi.fn();
    const quitBackup = createQuitBackup({
      hasWindow: () => true,
      requestBackup: () => undefined,
      quit,
      writing: () => write,
    });
    const event = { preventDefault: vi.fn() };
    quitBackup.onQuitRequested(event);
    await vi.advanceTimersByTimeAsync(15_000);
    // Past the limit, but the bytes are on their way to disk: quitting now would cut them off.
    expect(quit).not.toHaveBeenCalled();
    const again = { preventDefault: vi.fn() };
    quitBackup.onQuitRequested(again);
    expect(again.preventDefault).toHaveBeenCalled();
    finishWrite();
    await vi.advanceTimersByTimeAsync(0);
    expect(quit).toHaveBeenCalledTimes(1);
  });
});
