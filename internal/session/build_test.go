package session_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/comet-dev/comet/internal/build"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/testproject"
)

// TestBuildKeepsNoSessions: a prerendered endpoint may use its session
// (reads find nothing: a build request has no cookie), but `comet build`
// writes no session store and no cookie anywhere.
func TestBuildKeepsNoSessions(t *testing.T) {
	dir := testproject.Write(t, map[string]string{
		"astro.config.mjs": "export default {};",
		"src/pages/s.json.js": `export async function GET({ session }) {
  const before = await session.get('x');
  session.set('x', 1);
  return Response.json({ before: before ?? null, after: await session.get('x'), id: typeof session.id });
}`,
	})
	cfg, err := config.Load(dir, config.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := build.Run(context.Background(), cfg, build.Options{Workers: 1}); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "dist", "s.json"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != `{"before":null,"after":1,"id":"string"}` {
		t.Errorf("s.json = %s", got)
	}
	if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(config.DefaultSessionDir))); !os.IsNotExist(err) {
		t.Errorf("the build wrote a session store (%v)", err)
	}
}
