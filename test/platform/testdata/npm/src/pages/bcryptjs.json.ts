// bcryptjs: hash with a fixed salt (cost 4), compare, and salt parsing.
import type { APIRoute } from 'astro';
import bcrypt from 'bcryptjs';

export const GET: APIRoute = async () => {
  const salt = '$2b$04$abcdefghijklmnopqrstuu';
  const hash = bcrypt.hashSync('correct horse ✓', salt);
  const out = {
    hash,
    asyncHash: await bcrypt.hash('correct horse ✓', salt),
    compare: [bcrypt.compareSync('correct horse ✓', hash), bcrypt.compareSync('wrong', hash), await bcrypt.compare('correct horse ✓', hash)],
    rounds: bcrypt.getRounds(hash),
    salt: bcrypt.getSalt(hash),
    generated: bcrypt.genSaltSync(5).slice(0, 7),
    truncates: bcrypt.truncates('a'.repeat(80)),
  };
  return new Response(JSON.stringify(out, null, 2));
};
