import autocannon from "autocannon";

/* One autocannon measurement, and the median that turns three of them into the figure printed. */

export type Sample = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Bytes received per response, status line and headers included (uncompressed: autocannon asks for no encoding). */
  wireBytesPerResponse: number;
  errors: number;
  non2xx: number;
};

export type LoadOptions = { url: string; connections: number; seconds: number; headers?: Record<string, string> };

export async function load({ url, connections, seconds, headers = {} }: LoadOptions): Promise<Sample> {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    wireBytesPerResponse: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** The nearest-rank percentile (0 < q ≤ 100): a value that was measured, never an interpolation. */
export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((q / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Each figure is the median of its runs, taken figure by figure; errors are added up, since every one counts. */
export function summarise(samples: Sample[]): Sample {
  const medianOf = (key: keyof Sample) => percentile(samples.map((sample) => sample[key]), 50);
  const total = (key: keyof Sample) => samples.reduce((sum, sample) => sum + sample[key], 0);
  return {
    requestsPerSecond: medianOf("requestsPerSecond"),
    p50Ms: medianOf("p50Ms"),
    p99Ms: medianOf("p99Ms"),
    wireBytesPerResponse: medianOf("wireBytesPerResponse"),
    errors: total("errors"),
    non2xx: total("non2xx"),
  };
}
