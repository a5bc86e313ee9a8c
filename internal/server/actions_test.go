package server_test

import (
	"strings"
	"testing"

	"github.com/comet-dev/comet/internal/server"
)

// actionsProject has actions without zod (schemas are in test/platform,
// which installs zod), middleware that notes action requests, and
// endpoints that call actions.
var actionsProject = map[string]string{
	"src/actions/index.ts": `import { defineAction, ActionError } from 'astro:actions';
export const server = {
  hello: defineAction({ handler: async (input, ctx) => ({ hi: input.name, when: new Date(0), tags: new Set(['a']), url: new URL('https://x.test/p'), seen: ctx.locals.seen, props: ctx.props === undefined }) }),
  empty: defineAction({ handler: () => undefined }),
  form: defineAction({ accept: 'form', handler: (fd) => [...fd.entries()] }),
  bad: defineAction({ handler: () => new Response('no') }),
  user: { admin: defineAction({ handler: () => { throw new ActionError({ code: 'FORBIDDEN', message: 'admins only' }); } }),
          crash: defineAction({ handler: () => { throw new Error('boom'); } }) },
};`,
	"src/middleware.ts": `import { getActionContext } from 'astro:actions';
export const onRequest = async (ctx, next) => {
  ctx.locals.seen = ctx.url.pathname;
  const { action } = getActionContext(ctx);
  const res = await next();
  if (action) res.headers.set('X-Action', action.calledFrom + ':' + action.name);
  return res;
};`,
	"src/pages/call.json.ts": `import { actions, isActionError, isInputError, getActionPath } from 'astro:actions';
export async function GET(ctx) {
  const ok = await ctx.callAction(actions.hello, { name: 'bo' });
  const no = await ctx.callAction(actions.user.admin, {});
  let direct;
  try { await actions.hello({}); } catch (e) { direct = e.name; }
  let thrown;
  try { await ctx.callAction(actions.user.admin.orThrow, {}); } catch (e) { thrown = e.code + ' ' + e.status; }
  return Response.json({ ok: ok.data.hi, no: [isActionError(no.error), isInputError(no.error), no.error.code, no.error.status], direct, thrown, qs: String(actions.user.admin), path: getActionPath(actions.user.admin) });
}`,
	"src/pages/form.json.ts": `import { actions } from 'astro:actions';
export const POST = (ctx) => Response.json({ result: ctx.getActionResult(actions.hello) ?? null, other: ctx.getActionResult(actions.empty) ?? null });`,
}

func TestActions(t *testing.T) {
	srv := project(t, server.Options{ShowErrors: true}, actionsProject)
	const json, form = "application/json", "application/x-www-form-urlencoded"
	for _, tc := range []struct {
		method, path, ctype, body string
		status                    int
		wantType, want, action    string
	}{
		{"POST", "/_actions/hello", json, `{"name":"ann"}`, 200, "application/json+devalue",
			`[{"hi":1,"when":2,"tags":3,"url":5,"seen":7,"props":8},"ann",["Date","1970-01-01T00:00:00.000Z"],["Set",4],"a",["URL",6],"https://x.test/p","/_actions/hello",true]`, "rpc:hello"},
		{"POST", "/_actions/empty", json, `{}`, 204, "", "", "rpc:empty"},
		{"POST", "/_actions/form", form, `a=1&a=2&b=3`, 200, "application/json+devalue", `[[1,4,6],[2,3],"a","1",[2,5],"2",[7,8],"b","3"]`, "rpc:form"},
		{"POST", "/_actions/form", json, `{}`, 415, "application/json", `{"type":"AstroActionError","code":"UNSUPPORTED_MEDIA_TYPE","status":415,"message":"This action only accepts FormData."}`, "rpc:form"},
		{"POST", "/_actions/hello", "text/plain", `x`, 415, "application/json", `{"type":"AstroActionError","code":"UNSUPPORTED_MEDIA_TYPE","status":415,"message":""}`, "rpc:hello"},
		{"POST", "/_actions/user.admin", json, `{}`, 403, "application/json", `{"type":"AstroActionError","code":"FORBIDDEN","status":403,"message":"admins only"}`, "rpc:user.admin"},
		{"POST", "/_actions/user.crash", json, `{}`, 500, "application/json", `{"type":"AstroActionError","code":"INTERNAL_SERVER_ERROR","status":500,"message":"boom"}`, "rpc:user.crash"},
		{"POST", "/_actions/user", json, `{}`, 500, "", "", ""},
		{"POST", "/_actions/nope", json, `{}`, 404, "application/json", `{"type":"AstroActionError","code":"NOT_FOUND","status":404,"message":""}`, "rpc:nope"},
		{"POST", "/_actions/__proto__", json, `{}`, 404, "application/json", `{"type":"AstroActionError","code":"NOT_FOUND","status":404,"message":""}`, "rpc:__proto__"},
		{"POST", "/_actions/user.admin.orThrow", json, `{}`, 404, "application/json", `{"type":"AstroActionError","code":"NOT_FOUND","status":404,"message":""}`, "rpc:user.admin.orThrow"},
		{"POST", "/_actions/bad", json, `{}`, 500, "", "", ""},
		{"GET", "/_actions/hello", "", "", 404, "", "", ""},
		{"GET", "/call.json", "", "", 200, "application/json", `{"ok":"bo","no":[true,false,"FORBIDDEN",403],"direct":"ActionCalledFromServerError","thrown":"FORBIDDEN 403","qs":"?_action=user.admin","path":"/_actions/user.admin/"}`, ""},
		{"POST", "/form.json?_action=hello", json, `{"name":"x"}`, 200, "application/json", `{"result":{"data":{"hi":"x","when":"1970-01-01T00:00:00.000Z","tags":{},"url":"https://x.test/p","seen":"/form.json","props":true}},"other":null}`, "form:hello"},
		{"POST", "/form.json", json, `{}`, 200, "application/json", `{"result":null,"other":null}`, ""},
	} {
		var hdr []string
		if tc.ctype != "" {
			hdr = []string{"Content-Type", tc.ctype}
		}
		res := do(t, srv, tc.method, tc.path, strings.NewReader(tc.body), hdr...)
		name := tc.method + " " + tc.path + " " + tc.body
		if res.status != tc.status {
			t.Errorf("%s: status %d, want %d (%s)", name, res.status, tc.status, res.body)
			continue
		}
		if tc.wantType != "" && res.header.Get("Content-Type") != tc.wantType {
			t.Errorf("%s: Content-Type %q, want %q", name, res.header.Get("Content-Type"), tc.wantType)
		}
		if tc.want != "" && res.body != tc.want {
			t.Errorf("%s: body\n%s\nwant\n%s", name, res.body, tc.want)
		}
		if tc.status == 204 && res.body != "" {
			t.Errorf("%s: 204 with a body %q", name, res.body)
		}
		if got := res.header.Get("X-Action"); got != tc.action {
			t.Errorf("%s: middleware saw action %q, want %q", name, got, tc.action)
		}
	}
}

// TestActionBodySizeLimit: security.actionBodySizeLimit bounds what an
// action reads (413, Astro's CONTENT_TOO_LARGE error).
func TestActionBodySizeLimit(t *testing.T) {
	srv := project(t, server.Options{}, map[string]string{
		"astro.config.mjs":     "export default { output: 'server', security: { actionBodySizeLimit: 10 } };",
		"src/actions/index.ts": "import { defineAction } from 'astro:actions';\nexport const server = { echo: defineAction({ handler: (i) => i }) };",
	})
	res := do(t, srv, "POST", "/_actions/echo", strings.NewReader(`{"a":"0123456789"}`), "Content-Type", "application/json")
	want := `{"type":"AstroActionError","code":"CONTENT_TOO_LARGE","status":413,"message":"Request body exceeds 10 bytes"}`
	if res.status != 413 || res.body != want {
		t.Errorf("over the limit: %d %s", res.status, res.body)
	}
	res = do(t, srv, "POST", "/_actions/echo", strings.NewReader(`{"a":1}`), "Content-Type", "application/json")
	if res.status != 200 || res.body != `[{"a":1},1]` {
		t.Errorf("under the limit: %d %s", res.status, res.body)
	}
}
