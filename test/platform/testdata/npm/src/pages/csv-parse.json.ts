// csv-parse (sync API) and its streaming API over Node streams.
import type { APIRoute } from 'astro';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';

const csv = `id,name,price\n1,"Widget, large",9.99\n2,Gadget,10\n# comment\n3,"q""uote",0\n`;

export const GET: APIRoute = async () => {
  const records = parseSync(csv, { columns: true, comment: '#', cast: true, skip_empty_lines: true });
  const streamed: unknown[] = [];
  await new Promise<void>((resolve, reject) => {
    const p = parse({ from_line: 2, comment: '#' });
    p.on('readable', () => {
      let r;
      while ((r = p.read()) !== null) streamed.push(r);
    });
    p.on('error', reject);
    p.on('end', resolve);
    p.write(csv.slice(0, 20));
    p.write(csv.slice(20));
    p.end();
  });
  let error;
  try {
    parseSync('a,b\n1,2,3\n', { columns: true });
  } catch (e: any) {
    error = [e.code, e.message];
  }
  return new Response(JSON.stringify({ records, streamed, error }, null, 2));
};
