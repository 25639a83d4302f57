/**
 * A tiny benchmark harness: runs a task several times and prints the median, spread and
 * fastest run. Machines are shared and noisy, so figures are medians, never single runs.
 */
export interface Figures {
  label: string;
  runs: number;
  medianMs: number;
  p90Ms: number;
  minMs: number;
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
  for (let i = 0; i < warmup; i += 1) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const figures = {
    label,
    runs,
    medianMs: quantile(times, 0.5),
    p90Ms: quantile(times, 0.9),
    minMs: times[0] ?? NaN,
  };
  print(figures);
  return figures;
}

export function print({ label, runs, medianMs, p90Ms, minMs }: Figures): void {
  const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
  console.log(
    `${label.padEnd(48)} median ${ms(medianMs).padStart(10)}  p90 ${ms(p90Ms).padStart(10)}  min ${ms(minMs).padStart(10)}  (${runs} runs)`,
  );
}
