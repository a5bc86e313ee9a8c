// date-fns on fixed dates (the test runs both sides in UTC).
import type { APIRoute } from 'astro';
import {
  addDays, addMonths, differenceInDays, differenceInBusinessDays, eachDayOfInterval, endOfMonth,
  format, formatDistanceStrict, formatISO, getISOWeek, isLeapYear, isWeekend, parse, parseISO,
  startOfWeek, subYears,
} from 'date-fns';

const base = parseISO('2024-02-27T09:30:00Z');

export const GET: APIRoute = () => {
  const out = {
    format: [
      format(base, 'yyyy-MM-dd HH:mm:ss'),
      format(base, "EEEE, MMMM do yyyy 'at' h:mm a"),
      format(base, 'EEE d MMM yy, QQQ, wo, DDD'),
      format(addDays(base, 3), 'PPPP'),
      format(base, 'PPpp'),
    ],
    addDays: [addDays(base, 1), addDays(base, 2), addDays(base, -60)].map((d) => d.toISOString()),
    addMonths: addMonths(parseISO('2024-01-31T00:00:00Z'), 1).toISOString(),
    differenceInDays: differenceInDays(parseISO('2025-01-01T00:00:00Z'), base),
    businessDays: differenceInBusinessDays(parseISO('2024-03-29T00:00:00Z'), parseISO('2024-03-01T00:00:00Z')),
    week: [getISOWeek(base), formatISO(startOfWeek(base, { weekStartsOn: 1 }))],
    endOfMonth: endOfMonth(base).toISOString(),
    leap: [isLeapYear(base), isLeapYear(subYears(base, 1))],
    weekend: eachDayOfInterval({ start: base, end: addDays(base, 6) }).map((d) => [format(d, 'EEE'), isWeekend(d)]),
    distance: formatDistanceStrict(base, parseISO('2024-12-25T00:00:00Z'), { unit: 'day' }),
    parsed: parse('31/12/2023 23:59', 'dd/MM/yyyy HH:mm', new Date(0)).toISOString(),
  };
  return new Response(JSON.stringify(out, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
