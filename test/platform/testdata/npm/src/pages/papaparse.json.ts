// papaparse: CSV with headers, quoting and dynamic typing; unparse.
import type { APIRoute } from 'astro';
import Papa from 'papaparse';

const csv = `id,name,price,active,note
1,"Widget, large",9.99,true,"He said ""hi"""
2,Gadget,10,false,
3,Ünï,1e3,TRUE,"multi
line"
`;

export const GET: APIRoute = () => {
  const typed = Papa.parse(csv, { header: true, dynamicTyping: true, skipEmptyLines: true });
  const raw = Papa.parse('a;b\n1;2;3', { delimiter: ';' });
  const out = {
    data: typed.data,
    meta: typed.meta,
    errors: raw.errors,
    raw: raw.data,
    unparse: Papa.unparse([{ a: 1, b: 'x,y' }, { a: 2, b: 'q"z' }]),
    guessed: Papa.parse('a\tb\n1\t2').meta.delimiter,
  };
  return new Response(JSON.stringify(out, null, 2));
};
