package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestParseFlags(t *testing.T) {
	for _, tc := range []struct {
		cmd  string
		args []string
		err  string
		// check reads the parsed flags; "" when right
		check func(f *flags) string
	}{
		{"build", []string{"site", "--outDir", "out", "--site=https://x.dev"}, "", func(f *flags) string {
			if f.rootDir() != "site" || f.outDir != "out" || f.site != "https://x.dev" {
				return "root/outDir/site"
			}
			return ""
		}},
		{"build", []string{"--root", "r", "other"}, "", func(f *flags) string {
			if f.rootDir() != "r" {
				return "--root wins over the argument"
			}
			return ""
		}},
		{"dev", []string{"--host"}, "", func(f *flags) string {
			if f.host != "0.0.0.0" {
				return "lone --host listens everywhere"
			}
			return ""
		}},
		{"dev", []string{"--host", "--port", "3000"}, "", func(f *flags) string {
			if f.host != "0.0.0.0" || f.port != 3000 {
				return "--host before another flag"
			}
			return ""
		}},
		{"preview", []string{"--host", "127.0.0.1", "-port=80", "--workers", "4", "--timeout", "2s"}, "", func(f *flags) string {
			if f.host != "127.0.0.1" || f.port != 80 || f.workers != 4 || f.limits.Timeout != 2*time.Second {
				return "values"
			}
			return ""
		}},
		{"preview", []string{"--max-body", "1MiB", "--max-header", "8k", "--max-inflight", "3", "--max-queue", "9"}, "", func(f *flags) string {
			if f.limits.MaxBodyBytes != 1<<20 || f.limits.MaxHeaderBytes != 8<<10 || f.limits.MaxInFlight != 3 || f.limits.MaxQueue != 9 {
				return "limits"
			}
			return ""
		}},
		{"build", []string{"--", "--weird-dir"}, "", func(f *flags) string {
			if f.rootDir() != "--weird-dir" {
				return "after --, everything is positional"
			}
			return ""
		}},
		{"build", []string{"--port", "3000"}, "flag --port is not a flag of comet build (it is one of comet dev, preview)", nil},
		{"dev", []string{"--workers", "2"}, "flag --workers is not a flag of comet dev (it is one of comet preview)", nil},
		{"build", []string{"--bogus"}, "unknown flag --bogus", nil},
		{"dev", []string{"--port", "70000"}, `--port "70000" is not a port number`, nil},
		{"dev", []string{"--port"}, "flag --port needs a value", nil},
		{"preview", []string{"--workers", "0"}, "--workers \"0\" is not a number from 1 to 256", nil},
		{"dev", []string{"--timeout", "soon"}, "is not a duration", nil},
		{"preview", []string{"--write-timeout", "5s"}, "", func(f *flags) string {
			if f.limits.WriteTimeout != 5*time.Second {
				return "--write-timeout sets Limits.WriteTimeout"
			}
			return ""
		}},
		{"dev", []string{"--write-timeout=0s"}, "is not a duration", nil},
		{"build", []string{"--write-timeout", "5s"}, "not a flag of comet build", nil},
	} {
		t.Run(strings.Join(append([]string{tc.cmd}, tc.args...), " "), func(t *testing.T) {
			f, err := parseFlags(tc.cmd, tc.args)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if msg := tc.check(f); msg != "" {
				t.Errorf("%s: %+v", msg, f)
			}
		})
	}
}

func TestParseSize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want uint64
		bad  bool
	}{
		{"1048576", 1 << 20, false},
		{"512KB", 512 << 10, false},
		{"512kib", 512 << 10, false},
		{"10MiB", 10 << 20, false},
		{"2GB", 2 << 30, false},
		{"1g", 1 << 30, false},
		{"64 k", 64 << 10, false},
		{"7b", 7, false},
		{"0", 0, true},
		{"-1", 0, true},
		{"1.5MB", 0, true},
		{"10TB", 0, true},
		{"lots", 0, true},
		{"99999999999GiB", 0, true},
	} {
		got, err := parseSize(tc.in)
		if tc.bad != (err != nil) || got != tc.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d (error: %v)", tc.in, got, err, tc.want, tc.bad)
		}
	}
}

// TestUsage: exit codes and what each help prints.
func TestUsage(t *testing.T) {
	for _, tc := range []struct {
		args           []string
		code           int
		stdout, stderr string
		notInStdout    string
	}{
		{[]string{"build", "--help"}, 0, "Usage: comet build", "", "--port"},
		{[]string{"preview", "-h"}, 0, "--workers <n>", "", "Usage: comet build"},
		{[]string{"dev", "--help"}, 0, "--port <n>", "", "--workers"},
		{[]string{"build", "--port", "1"}, 2, "", "Run `comet build --help` for usage.", ""},
		{[]string{"serve"}, 2, "", `unknown command "serve"`, ""},
		{[]string{"--version"}, 0, "comet v", "", ""},
		{[]string{}, 0, "Usage: comet <command>", "", ""},
	} {
		var out, errOut bytes.Buffer
		code := Main(tc.args, &out, &errOut)
		if code != tc.code || !strings.Contains(out.String(), tc.stdout) || !strings.Contains(errOut.String(), tc.stderr) ||
			(tc.notInStdout != "" && strings.Contains(out.String(), tc.notInStdout)) {
			t.Errorf("comet %q: exit %d\nstdout: %s\nstderr: %s", tc.args, code, out.String(), errOut.String())
		}
	}
}
