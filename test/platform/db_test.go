package platform_test

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// TestDatabases runs ioredis and pg (testdata/db) against a real Redis and
// PostgreSQL, in Comet and in Node, and compares the replies byte for
// byte. The servers are Debian's redis-server and postgresql
// (test/platform/services.sh installs them), started here on free
// loopback ports; a server that is not installed or cannot start skips its
// page with the reason.
func TestDatabases(t *testing.T) {
	needNode(t)
	modules := npmInstall(t, "testdata/db")
	var pages, skip []string
	if url, why := startRedis(t); why != "" {
		t.Logf("redis.json skipped: %s", why)
		skip = append(skip, "src/pages/redis.json.ts")
	} else {
		t.Setenv("COMET_TEST_REDIS_URL", url)
		pages = append(pages, "redis.json.ts")
	}
	if url, why := startPostgres(t); why != "" {
		t.Logf("pg.json skipped: %s", why)
		skip = append(skip, "src/pages/pg.json.ts")
	} else {
		t.Setenv("COMET_TEST_PG_URL", url)
		pages = append(pages, "pg.json.ts")
	}
	if len(pages) == 0 {
		t.Skip("skipped: neither redis-server nor PostgreSQL could start (run test/platform/services.sh as root to install them)")
	}
	root := t.TempDir()
	copyTree(t, "testdata/db", root, append(skip, "node_modules")...)
	if err := os.Symlink(modules, filepath.Join(root, "node_modules")); err != nil {
		t.Fatal(err)
	}
	dist := cometBuild(t, root)
	nodeDist := nodeBuild(t, root, "https://example.com", nodePages(t, root, pages...))
	for _, p := range pages {
		name := p[:len(p)-len(".ts")]
		t.Run(name, func(t *testing.T) { compareFile(t, dist, nodeDist, name) })
	}
}

// freePort returns a loopback TCP port nobody listens on.
func freePort(t *testing.T) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// waitPort waits until something accepts on port.
func waitPort(port int, d time.Duration) bool {
	for end := time.Now().Add(d); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if c, err := net.Dial("tcp", "127.0.0.1:"+strconv.Itoa(port)); err == nil {
			c.Close()
			return true
		}
	}
	return false
}

// startRedis starts redis-server without persistence and returns its URL,
// or why it could not.
func startRedis(t *testing.T) (string, string) {
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		return "", "redis-server is not installed"
	}
	port := freePort(t)
	cmd := exec.Command(bin, "--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", t.TempDir())
	if err := cmd.Start(); err != nil {
		return "", "redis-server did not start: " + err.Error()
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	if !waitPort(port, 10*time.Second) {
		return "", "redis-server did not listen within 10 s"
	}
	return fmt.Sprintf("redis://127.0.0.1:%d", port), ""
}

// startPostgres initialises a throw-away cluster (trust authentication)
// and starts it, as the postgres user when the test runs as root
// (PostgreSQL refuses to run as root). It returns the URL, or why not.
func startPostgres(t *testing.T) (string, string) {
	bins, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	if len(bins) == 0 {
		return "", "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)"
	}
	bin := filepath.Dir(bins[len(bins)-1])
	dir, err := os.MkdirTemp("", "comet-pg-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	run := func(args ...string) *exec.Cmd { return exec.Command(args[0], args[1:]...) }
	if os.Getuid() == 0 {
		runuser, err := exec.LookPath("runuser")
		if err != nil {
			return "", "running as root and there is no runuser to start PostgreSQL as postgres"
		}
		if out, err := exec.Command("chown", "postgres:postgres", dir).CombinedOutput(); err != nil {
			return "", "cannot give the data folder to the postgres user: " + string(out)
		}
		run = func(args ...string) *exec.Cmd {
			return exec.Command(runuser, append([]string{"-u", "postgres", "--"}, args...)...)
		}
	}
	data := filepath.Join(dir, "data")
	if out, err := run(filepath.Join(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C").CombinedOutput(); err != nil {
		return "", "initdb failed: " + string(out)
	}
	port := freePort(t)
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off", port, dir)
	if out, err := run(filepath.Join(bin, "pg_ctl"), "-D", data, "-o", opts, "-l", filepath.Join(dir, "log"), "-w", "start").CombinedOutput(); err != nil {
		return "", "pg_ctl start failed: " + string(out)
	}
	t.Cleanup(func() { run(filepath.Join(bin, "pg_ctl"), "-D", data, "-m", "immediate", "stop").Run() })
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres", port), ""
}
