/**
 * A tiny benchmark harness: runs a task several times and prints the median, spread and
 * fastest run. Machines are shared and noisy, so figures are medians, never single runs.
 *
 * Machines also differ in speed, so each median is compared with bench/baseline.json as a
 * multiple of a fixed calibration workload (calibration.ts) timed in the same process:
 * "×1.08 vs baseline" is 8 % slower than when the baseline was written, relative to this
 * machine's speed. BENCH_UPDATE_BASELINE=1 merges the figures of the run into the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { calibrate, CALIBRATION_VERSION, type Calibration } from './calibration';

export interface Figures {
  label: string;
  runs: number;
  medianMs: number;
  p90Ms: number;
  minMs: number;
  /** The median as a multiple of this process's calibration median. */
  normalised: number;
}

const baselineFile = new URL('./baseline.json', import.meta.url);
const baselineSchema = z.object({
  calibration: z.number().int(),
  figures: z.record(z.string(), z.number().positive()),
});
type Baseline = z.infer<typeof baselineSchema>;
const updating = process.env['BENCH_UPDATE_BASELINE'] === '1';

/** The stored baseline, or an empty one when there is none or it used another calibration. */
function readBaseline(): Baseline {
  const empty = { calibration: CALIBRATION_VERSION, figures: {} };
  let text: string;
  try {
    text = readFileSync(baselineFile, 'utf8');
  } catch {
    return empty;
  }
  const stored = baselineSchema.parse(JSON.parse(text));
  return stored.calibration === CALIBRATION_VERSION ? stored : empty;
}

let calibration: Calibration | undefined;
function calibrated(): Calibration {
  if (!calibration) {
    calibration = calibrate();
    const { medianMs, minMs, maxMs, wallMs, runs } = calibration;
    console.log(
      `calibration workload v${CALIBRATION_VERSION}: median ${medianMs.toFixed(1)} ms CPU (${runs} runs, ${minMs.toFixed(1)}–${maxMs.toFixed(1)} ms; wall ${wallMs.toFixed(1)} ms)` +
        (updating ? '; writing figures into bench/baseline.json' : ''),
    );
  }
  return calibration;
}

function quantile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

export async function measure(
  label: string,
  runs: number,
  task: () => Promise<unknown> | unknown,
  { warmup = 1 }: { warmup?: number } = {},
): Promise<Figures> {
  const unit = calibrated().medianMs;
  for (let i = 0; i < warmup; i += 1) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const medianMs = quantile(times, 0.5);
  const figures = {
    label,
    runs,
    medianMs,
    p90Ms: quantile(times, 0.9),
    minMs: times[0] ?? NaN,
    normalised: medianMs / unit,
  };
  const baseline = readBaseline();
  print(figures, baseline.figures[label]);
  if (updating) {
    const merged = { ...baseline.figures, [label]: Number(figures.normalised.toPrecision(4)) };
    const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : 1)));
    const file: Baseline = { calibration: CALIBRATION_VERSION, figures: sorted };
    writeFileSync(baselineFile, `${JSON.stringify(file, null, 2)}\n`);
  }
  return figures;
}

/** One line per benchmark; `baseline` is the label's normalised figure from bench/baseline.json. */
export function print(
  { label, runs, medianMs, p90Ms, minMs, normalised }: Figures,
  baseline?: number,
): void {
  const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
  const versus = baseline ? `×${(normalised / baseline).toFixed(2)} vs baseline` : 'new';
  console.log(
    `${label.padEnd(48)} median ${ms(medianMs).padStart(10)}  p90 ${ms(p90Ms).padStart(10)}  min ${ms(minMs).padStart(10)}  (${runs} runs)  ${versus}`,
  );
}
