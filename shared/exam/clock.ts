/**
 * A simulation's countdown. Time counts only while the simulation is open: the state is saved
 * paused (at most a few seconds old) and resumed when it is opened again, so closing the app, a
 * crash or a restart does not eat the candidate's time, and a clock set back cannot add any.
 */
export interface ExamClock {
  limitMs: number;
  /** Time used up to `runningSince` (or in all, when paused). */
  elapsedMs: number;
  /**
   * When the clock last started running, on the page's monotonic clock (performance.now());
   * null while paused. Only a paused clock is ever saved.
   */
  runningSince: number | null;
}

export const startClock = (limitMs: number, now: number): ExamClock => ({
  limitMs,
  elapsedMs: 0,
  runningSince: now,
});

export function elapsed(clock: ExamClock, now: number): number {
  const running = clock.runningSince === null ? 0 : Math.max(0, now - clock.runningSince);
  return Math.min(clock.limitMs, clock.elapsedMs + running);
}

export const remaining = (clock: ExamClock, now: number): number =>
  clock.limitMs - elapsed(clock, now);

export const isOver = (clock: ExamClock, now: number): boolean => remaining(clock, now) <= 0;

/** The clock stopped now: what is saved, and what a restart resumes from. */
export const pause = (clock: ExamClock, now: number): ExamClock => ({
  ...clock,
  elapsedMs: elapsed(clock, now),
  runningSince: null,
});

export const resume = (clock: ExamClock, now: number): ExamClock =>
  clock.runningSince === null ? { ...clock, runningSince: now } : clock;

/** "1:39:05" or "04:59": hours only when there are any, seconds rounded up. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}
