// dayjs with the utc, relativeTime and customParseFormat plugins.
import type { APIRoute } from 'astro';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import relativeTime from 'dayjs/plugin/relativeTime.js';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';

dayjs.extend(utc);
dayjs.extend(relativeTime);
dayjs.extend(customParseFormat);

export const GET: APIRoute = () => {
  const d = dayjs.utc('2024-02-29T23:15:30.123Z');
  const out = {
    format: [
      d.format(),
      d.format('YYYY-MM-DD HH:mm:ss.SSS'),
      d.format('dddd, MMMM D, YYYY h:mm A [UTC]'),
      d.format('ddd DD MMM YY, Z ZZ, X x'),
    ],
    add: [d.add(1, 'day').format(), d.add(1, 'year').format(), d.subtract(2, 'month').format()],
    startOf: [d.startOf('month').toISOString(), d.endOf('week').toISOString()],
    diff: [dayjs.utc('2025-01-01').diff(d, 'day'), dayjs.utc('2025-01-01').diff(d, 'month', true)],
    from: d.from(dayjs.utc('2024-05-01T00:00:00Z')),
    offset: d.utcOffset(120).format(),
    parsed: dayjs.utc('31.12.2023 08:05', 'DD.MM.YYYY HH:mm').toISOString(),
    valid: [dayjs('nope').isValid(), d.isValid(), d.isBefore(d.add(1, 'ms'))],
    unix: d.unix(),
  };
  return new Response(JSON.stringify(out, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
