export async function GET({ session }) {
  const before = (await session.get('n')) ?? null;
  session.set('n', 1);
  session.set('when', new Date(0));
  session.set('tags', new Set(['a', 'b']));
  session.set('url', new URL('https://example.com/x?y=1'));
  session.set('big', 12345678901234567890n);
  const when = await session.get('when');
  const tags = await session.get('tags');
  const u = await session.get('url');
  const big = await session.get('big');
  return Response.json({ before, n: await session.get('n'), when: when instanceof Date && when.getTime(), tags: [...tags], url: u instanceof URL && u.href, big: String(big), keys: [...await session.keys()], idIsUUID: /^[0-9a-f-]{36}$/.test(session.sessionID) });
}
