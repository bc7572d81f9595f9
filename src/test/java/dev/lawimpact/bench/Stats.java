package dev.lawimpact.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latency samples (nanoseconds) and their summary; percentiles are nearest-rank on the sorted samples. */
final class Stats {

  private long[] samples;
  private int n;

  Stats() {
    this(1024);
  }

  Stats(int capacity) {
    samples = new long[Math.max(16, capacity)];
  }

  void add(long nanos) {
    if (n == samples.length) samples = Arrays.copyOf(samples, n * 2);
    samples[n++] = nanos;
  }

  void addAll(Stats other) {
    for (int i = 0; i < other.n; i++) add(other.samples[i]);
  }

  int count() {
    return n;
  }

  /** Summary in milliseconds. */
  Summary summary() {
    long[] s = Arrays.copyOf(samples, n);
    Arrays.sort(s);
    if (n == 0) return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    double sum = 0;
    for (long v : s) sum += v;
    return new Summary(n, ms(pct(s, 50)), ms(pct(s, 95)), ms(pct(s, 99)), ms(s[n - 1]), ms(s[0]), sum / n / 1e6);
  }

  /** Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
  static long pct(long[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  record Summary(int count, double p50, double p95, double p99, double max, double min, double mean) {}

  /** Formats milliseconds for tables: 3 significant-ish decimals for small values. */
  static String fmt(double ms) {
    if (Double.isNaN(ms)) return "–";
    if (ms < 1) return String.format(Locale.ROOT, "%.3f", ms);
    if (ms < 100) return String.format(Locale.ROOT, "%.2f", ms);
    return String.format(Locale.ROOT, "%.0f", ms);
  }

  static String ratio(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b) || b == 0) return "–";
    return String.format(Locale.ROOT, "%.1f×", a / b);
  }
}
