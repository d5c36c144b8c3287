import { formatDate, formatNumber } from './format.ts';
import { coord, escapeXml } from './svg.ts';

/** One value of a metric on one date. */
export interface SeriesPoint {
  /** `YYYY-MM-DD`. */
  date: string;
  value: number;
}

/** Size and wording of a sparkline. */
export interface SparklineOptions {
  /** What the series is, e.g. `Coverage`; starts the accessible name. */
  label: string;
  /** Appended to each value in the accessible name, e.g. `%`. */
  unit?: string;
  width?: number;
  height?: number;
}

const PAD = 3;

/**
 * A small static SVG line chart of a series, x by date and y scaled to the
 * series' own range. It is an image with an accessible name that lists
 * every value, so the trend is not only visible. Returns '' for fewer than
 * two points: one value is no trend.
 */
export function sparklineSvg(points: readonly SeriesPoint[], options: SparklineOptions): string {
  if (points.length < 2) return '';
  const { width = 120, height = 32 } = options;
  const days = points.map((point) => dayNumber(point.date));
  const firstDay = Math.min(...days);
  const spanDays = Math.max(...days) - firstDay;
  const values = points.map((point) => point.value);
  const low = Math.min(...values);
  const spanValue = Math.max(...values) - low;
  const xy = points.map((point, index) => {
    const x =
      spanDays === 0
        ? PAD + (index / (points.length - 1)) * (width - 2 * PAD)
        : PAD + (((days[index] ?? firstDay) - firstDay) / spanDays) * (width - 2 * PAD);
    // A flat series sits in the middle rather than on an edge.
    const y =
      spanValue === 0
        ? height / 2
        : height - PAD - ((point.value - low) / spanValue) * (height - 2 * PAD);
    return `${coord(x)},${coord(y)}`;
  });
  const [lastX, lastY] = (xy.at(-1) ?? '0,0').split(',');
  const name = describeSeries(points, options);
  return (
    `<svg class="sparkline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(name)}">` +
    `<title>${escapeXml(name)}</title>` +
    `<polyline points="${xy.join(' ')}" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/>` +
    `<circle cx="${lastX}" cy="${lastY}" r="2.5" fill="currentColor"/>` +
    `</svg>`
  );
}

/** `Coverage over 3 dates: 38.4% (21 Aug 2026), 42.1% (18 Sep 2026), 52% (19 Nov 2026)`. */
export function describeSeries(points: readonly SeriesPoint[], options: SparklineOptions): string {
  const values = points.map(
    (point) => `${formatNumber(point.value, 2)}${options.unit ?? ''} (${formatDate(point.date)})`,
  );
  return `${options.label} over ${points.length} dates: ${values.join(', ')}`;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date; 0 when it is not one. */
export function dayNumber(date: string): number {
  // A month alone (`2025-12`) counts as its first day.
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!match) return 0;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? 1)) / 86_400_000;
}
