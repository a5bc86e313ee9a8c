// pg against a real PostgreSQL (the test starts it and passes the URL):
// a parameterised query, types, a transaction, an error with its code.
import type { APIRoute } from 'astro';
import pg from 'pg';

export const GET: APIRoute = async () => {
  const client = new pg.Client({ connectionString: process.env.COMET_TEST_PG_URL });
  await client.connect();
  const out: Record<string, unknown> = {};
  await client.query('DROP TABLE IF EXISTS comet_test');
  await client.query('CREATE TABLE comet_test (id serial PRIMARY KEY, name text NOT NULL, score numeric, at timestamptz, tags text[], data jsonb)');
  const ins = await client.query('INSERT INTO comet_test (name, score, at, tags, data) VALUES ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10) RETURNING id',
    ['ada', 9.5, new Date(Date.UTC(2024, 1, 27)), ['a', 'b'], { k: [1, 2] }, 'bob', null, null, [], null]);
  out.inserted = ins.rows;
  const sel = await client.query('SELECT id, name, score, at, tags, data, 1::int AS one, 2::bigint AS big, true AS yes FROM comet_test ORDER BY id');
  out.rows = sel.rows;
  out.fields = sel.fields.map((f) => [f.name, f.dataTypeID]);
  await client.query('BEGIN');
  await client.query("UPDATE comet_test SET name = 'x'");
  await client.query('ROLLBACK');
  out.afterRollback = (await client.query('SELECT name FROM comet_test ORDER BY id')).rows;
  try { await client.query('SELECT * FROM no_such_table'); } catch (e) { const err = e as { message: string; code: string; severity: string }; out.error = [err.message, err.code, err.severity]; }
  await client.query('DROP TABLE comet_test');
  await client.end();
  return new Response(JSON.stringify(out, null, 2));
};
