package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/cli"
	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain makes this test binary the comet command inside scripts, as
// Hugo's tests do.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"comet": func() { os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs testdata/script/*.txtar: the CLI end to end (build,
// preview, dev with edits), with real processes and real HTTP.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("NO_COLOR", "1")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"freeport":   cmdFreePort,
			"waitserver": cmdWaitServer,
			"http":       cmdHTTP,
			"httpstart":  cmdHTTPStart,
			"httpdone":   cmdHTTPDone,
			"sigterm":    cmdSigterm,
			"waitfile":   cmdWaitFile,
			"sleep": func(ts *testscript.TestScript, neg bool, args []string) {
				d, err := time.ParseDuration(args[0])
				ts.Check(err)
				time.Sleep(d)
			},
		},
	})
}

// freeport VAR: sets VAR to a free TCP port on 127.0.0.1.
func cmdFreePort(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: freeport VAR")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	ts.Check(err)
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	ts.Setenv(args[0], strconv.Itoa(port))
}

// waitserver HOST:PORT: waits (20 s at most) until the port accepts.
func cmdWaitServer(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: waitserver host:port")
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := net.DialTimeout("tcp", args[0], time.Second); err == nil {
			c.Close()
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	ts.Fatalf("nothing listens on %s", args[0])
}

// waitfile GLOB: waits (20 s at most) until a file or folder matches GLOB
// (relative to $WORK), so a script acts once a process got that far, not
// after a guessed sleep.
func cmdWaitFile(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: waitfile glob")
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if m, _ := filepath.Glob(ts.MkAbs(args[0])); len(m) > 0 {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	ts.Fatalf("nothing matches %s", args[0])
}

// http METHOD URL STATUS REGEXP [BODY]: sends the request until the answer
// has STATUS and a body matching REGEXP (10 s at most: dev rebuilds take a
// moment), so a script can edit a file and then expect the change.
func cmdHTTP(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 4 || len(args) > 5 {
		ts.Fatalf("usage: http METHOD URL STATUS REGEXP [BODY]")
	}
	want, err := strconv.Atoi(args[2])
	ts.Check(err)
	re, err := regexp.Compile(args[3])
	ts.Check(err)
	deadline := time.Now().Add(10 * time.Second)
	var last string
	for {
		var body io.Reader
		if len(args) == 5 {
			body = strings.NewReader(args[4])
		}
		req, err := http.NewRequest(args[0], args[1], body)
		ts.Check(err)
		if body != nil {
			req.Header.Set("Content-Type", "application/json")
		}
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			ok := resp.StatusCode == want && re.Match(b)
			last = fmt.Sprintf("%d %q", resp.StatusCode, b)
			if ok != neg {
				ts.Logf("%s %s → %s", args[0], args[1], last)
				return
			}
		} else {
			last = err.Error()
		}
		if time.Now().After(deadline) {
			ts.Fatalf("%s %s: last answer %s; want %d matching %q", args[0], args[1], last, want, args[3])
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// started holds the requests httpstart sent, by name.
var started sync.Map // name → chan string ("STATUS BODY" or "error: …")

// httpstart NAME URL: sends GET URL in the background (see httpdone), for
// a script that must act while a request is running.
func cmdHTTPStart(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: httpstart NAME URL")
	}
	ch := make(chan string, 1)
	started.Store(args[0], ch)
	go func() {
		resp, err := http.Get(args[1])
		if err != nil {
			ch <- "error: " + err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		ch <- fmt.Sprintf("%d %s", resp.StatusCode, b)
	}()
}

// httpdone NAME STATUS REGEXP: waits (20 s at most) for the answer to
// httpstart NAME and checks its status and body.
func cmdHTTPDone(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 3 {
		ts.Fatalf("usage: httpdone NAME STATUS REGEXP")
	}
	v, ok := started.Load(args[0])
	if !ok {
		ts.Fatalf("no httpstart %s", args[0])
	}
	var got string
	select {
	case got = <-v.(chan string):
	case <-time.After(20 * time.Second):
		ts.Fatalf("%s: no answer in 20 s", args[0])
	}
	status, body, _ := strings.Cut(got, " ")
	re, err := regexp.Compile(args[2])
	ts.Check(err)
	if ok := status == args[1] && re.MatchString(body); ok == neg {
		ts.Fatalf("%s: got %s", args[0], got)
	}
	ts.Logf("%s → %s", args[0], got)
}

// sigterm ARGS: sends SIGTERM to the process whose command line ends with
// ARGS (testscript's kill knows only INT and KILL). Linux: reads /proc.
func cmdSigterm(ts *testscript.TestScript, neg bool, args []string) {
	want := strings.Join(args, "\x00")
	dirs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, f := range dirs {
		b, err := os.ReadFile(f)
		if err != nil || !strings.HasSuffix(strings.TrimSuffix(string(b), "\x00"), want) {
			continue
		}
		pid, _ := strconv.Atoi(filepath.Base(filepath.Dir(f)))
		if pid == os.Getpid() {
			continue
		}
		ts.Check(syscall.Kill(pid, syscall.SIGTERM))
		return
	}
	ts.Fatalf("no process runs %q", strings.Join(args, " "))
}
