// Ordinary uses of popular npm packages on fixed inputs. The same module
// runs in Comet (imported by src/pages/npm.json.ts) and in Node; the test
// compares the two results key by key.
import { z } from 'zod';
import { format, addDays, differenceInCalendarDays, parseISO, formatISO, startOfWeek, isWeekend } from 'date-fns';
import { nanoid, customAlphabet, customRandom } from 'nanoid';
import { marked } from 'marked';
import slugify from 'slugify';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import relativeTime from 'dayjs/plugin/relativeTime.js';
import { XMLParser, XMLBuilder } from 'fast-xml-parser';

dayjs.extend(utc);
dayjs.extend(relativeTime);

const attempt = (f) => {
  try {
    return f();
  } catch (e) {
    return 'threw ' + (e && e.name) + ': ' + (e && e.message);
  }
};

export async function run() {
  const out = {};

  const User = z.object({
    name: z.string().min(2),
    email: z.string().email(),
    age: z.number().int().positive().optional(),
    tags: z.array(z.enum(['a', 'b'])).default([]),
  });
  out.zodOk = attempt(() => User.parse({ name: 'Ada', email: 'ada@example.com', age: 36 }));
  const bad = User.safeParse({ name: 'A', email: 'nope', age: -1, tags: ['c'] });
  out.zodErrors = bad.success ? 'parsed' : bad.error.issues.map((i) => i.path.join('.') + ': ' + i.code + ': ' + i.message);
  out.zodTransform = attempt(() => z.string().transform((s) => s.length).pipe(z.number().max(5)).safeParse('toolong').success);
  out.zodCoerce = attempt(() => z.coerce.date().parse('2024-02-29T12:00:00Z').toISOString());

  const d = parseISO('2024-02-27T10:30:00Z');
  out.dateFns = {
    add: formatISO(addDays(d, 3), { representation: 'date' }),
    diff: differenceInCalendarDays(parseISO('2024-12-25'), parseISO('2024-02-27')),
    format: format(parseISO('2024-07-04'), "EEEE, MMMM do yyyy 'week' I"),
    weekStart: formatISO(startOfWeek(parseISO('2024-07-04'), { weekStartsOn: 1 }), { representation: 'date' }),
    weekend: [isWeekend(parseISO('2024-07-06')), isWeekend(parseISO('2024-07-08'))],
  };

  const id = nanoid();
  const hex = customAlphabet('0123456789abcdef', 12)();
  let seed = 1;
  const det = customRandom('abcdefghij', 10, (size) => {
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i++) bytes[i] = (seed = (seed * 48271) % 2147483647) & 255;
    return bytes;
  })();
  out.nanoid = { length: id.length, urlSafe: /^[A-Za-z0-9_-]+$/.test(id), hexOk: /^[0-9a-f]{12}$/.test(hex), deterministic: det };

  out.marked = marked.parse(
    '# Title\n\nSome *emphasis*, **strong** and `code`.\n\n- one\n- two\n  - nested\n\n1. first\n2. second\n\n> quote\n\n```js\nconst x = 1 < 2;\n```\n\n[link](https://example.com "t") and <https://auto.link>\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n',
  );

  out.slugify = [
    slugify('Héllo Wörld, ça va?'),
    slugify('Crème Brûlée & Café', { lower: true, strict: true }),
    slugify('  Multiple   spaces -- dashes  ', { trim: true }),
    slugify('I ♥ Ünïcödé', { lower: true, locale: 'de' }),
  ];

  out.dayjs = {
    utc: dayjs.utc('2024-03-10T15:04:05Z').format('YYYY-MM-DD HH:mm:ss [UTC] dddd MMM'),
    add: dayjs.utc('2024-01-31').add(1, 'month').format('YYYY-MM-DD'),
    from: dayjs.utc('2024-01-01').from(dayjs.utc('2024-03-01')),
    diff: dayjs.utc('2024-12-25').diff(dayjs.utc('2024-01-01'), 'day'),
    unix: dayjs.utc('2024-06-01T00:00:00Z').unix(),
  };

  const xml = '<?xml version="1.0"?><rss version="2.0"><channel><title>Blog &amp; News</title><item id="1"><title>First</title><pubDate>Tue, 27 Feb 2024 10:30:00 GMT</pubDate></item><item id="2"><title><![CDATA[Second <b>bold</b>]]></title></item></channel></rss>';
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(xml);
  out.xmlParse = parsed;
  out.xmlBuild = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true }).build({ feed: { '@_lang': 'en', entry: [{ title: 'a < b' }, { title: 'c' }] } });

  return out;
}
