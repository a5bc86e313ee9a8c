// luxon: parse, format, zones, fromFormat, durations, intervals, relative.
import type { APIRoute } from 'astro';
import { DateTime, Duration, Interval, Settings } from 'luxon';

Settings.defaultZone = 'utc';
Settings.defaultLocale = 'en-US';

export const GET: APIRoute = () => {
  const d = DateTime.fromISO('2024-02-29T23:15:30.123Z');
  const ny = d.setZone('America/New_York');
  const out = {
    iso: [d.toISO(), ny.toISO(), d.toISODate(), d.toRFC2822(), d.toHTTP()],
    format: [d.toFormat('yyyy LLL dd HH:mm:ss.SSS'), ny.toFormat("cccc, d MMMM yyyy 'at' h:mm a ZZZZ"), d.toLocaleString(DateTime.DATETIME_MED)],
    parsed: [DateTime.fromFormat('31/12/2023 08:05', 'dd/MM/yyyy HH:mm').toISO(), DateTime.fromRFC2822('Tue, 27 Feb 2024 09:30:00 GMT').toISO(), DateTime.fromSQL('2024-01-02 03:04:05').toISO()],
    invalid: [DateTime.fromISO('nope').isValid, DateTime.fromISO('nope').invalidReason],
    math: [d.plus({ months: 1 }).toISODate(), d.minus({ years: 1 }).toISODate(), d.startOf('week').toISO(), d.endOf('month').toISO()],
    duration: [Duration.fromObject({ hours: 26, minutes: 90 }).shiftTo('days', 'hours', 'minutes').toObject(), Duration.fromISO('P1Y2M3DT4H').toHuman(), Duration.fromMillis(93784000).toFormat('hh:mm:ss')],
    interval: Interval.fromDateTimes(d, d.plus({ days: 10 })).count('weeks'),
    relative: [d.toRelative({ base: d.plus({ days: 3 }) }), d.toRelativeCalendar({ base: d.plus({ days: 1 }) })],
    diff: d.diff(DateTime.fromISO('2024-01-01T00:00:00Z'), ['months', 'days']).toObject(),
  };
  return new Response(JSON.stringify(out, null, 2));
};
