import { actions, isInputError, isActionError } from 'astro:actions';
export async function GET(ctx) {
  const ok = await ctx.callAction(actions.hello, { name: 'bob', times: 2 });
  const bad = await ctx.callAction(actions.hello, { name: 'b' });
  const forbidden = await ctx.callAction(actions.user.admin.check, {});
  let direct;
  try { await actions.raw({}); direct = 'no error'; } catch (e) { direct = e.name; }
  let thrown;
  try { await ctx.callAction(actions.user.admin.check.orThrow, {}); thrown = 'no error'; } catch (e) { thrown = [e.name, e.code, e.status, e.message]; }
  return Response.json({
    ok: ok.data.greeting, okError: ok.error ?? null,
    bad: [isInputError(bad.error), isActionError(bad.error), bad.error.code, bad.error.status, Object.keys(bad.error.fields), bad.error.issues.map((i) => i.path.join('.'))],
    forbidden: [isInputError(forbidden.error), isActionError(forbidden.error), forbidden.error.code, forbidden.error.status, forbidden.error.message],
    direct, thrown,
    qs: String(actions.user.admin.check), qs2: actions.hello.queryString,
  });
}
