// Package cli is Comet's command line: build, dev, preview, --version and
// --help, with Astro's flags. Main returns the exit code: 0 on success, 1 on
// any error, 2 on a usage error.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/comet-dev/comet/internal/build"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/comet-dev/comet/internal/server"
)

// defaultMaxMemory is --max-memory's default: the Go heap size above which
// running JavaScript is interrupted.
const defaultMaxMemory = 2 << 30

// Version is Comet's version, printed by --version.
var Version = "0.1.0"

// flags are the options every command accepts.
type flags struct {
	root, config, outDir, site, base, host string
	port                                   int
	verbose, silent, help, hostFlag        bool
	// methodNotAllowed: 405 + Allow instead of the 404 page (dev, preview).
	methodNotAllowed bool
	// limits bound requests (dev, preview; Timeout also build's pages).
	limits server.Limits
	// maxMemory is the heap size above which running JS is stopped.
	maxMemory uint64
	// workers is preview's JS runtime count (0: one).
	workers    int
	positional []string
}

var valueFlags = map[string]bool{"root": true, "config": true, "outDir": true, "outdir": true, "site": true, "base": true, "port": true, "host": true,
	"workers": true, "timeout": true, "write-timeout": true, "max-body": true, "max-header": true, "max-inflight": true, "max-queue": true, "max-memory": true}

// parseFlags accepts --name value, --name=value and -name, anywhere among
// the positional arguments, as Astro's CLI does. --host may stand alone
// (listen on all addresses).
func parseFlags(cmd string, args []string) (*flags, error) {
	f := &flags{}
	allowed := commandFlags[cmd]
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			f.positional = append(f.positional, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			f.positional = append(f.positional, a)
			continue
		}
		name := strings.TrimLeft(a, "-")
		val, hasVal := "", false
		if k, v, ok := strings.Cut(name, "="); ok {
			name, val, hasVal = k, v, true
		}
		if allowed != nil && !allowed[name] {
			if _, known := flagCommands[name]; known {
				return nil, fmt.Errorf("flag --%s is not a flag of comet %s (it is one of comet %s)", name, cmd, strings.Join(flagCommands[name], ", "))
			}
			return nil, fmt.Errorf("unknown flag %s", a)
		}
		if valueFlags[name] && !hasVal {
			if name == "host" && (i+1 >= len(args) || strings.HasPrefix(args[i+1], "-")) {
				f.hostFlag = true
				continue
			}
			if i+1 >= len(args) {
				return nil, fmt.Errorf("flag --%s needs a value", name)
			}
			i++
			val = args[i]
		}
		switch name {
		case "root":
			f.root = val
		case "config":
			f.config = val
		case "outDir", "outdir":
			f.outDir = val
		case "site":
			f.site = val
		case "base":
			f.base = val
		case "host":
			f.host = val
		case "port":
			p, err := strconv.Atoi(val)
			if err != nil || p < 0 || p > 65535 {
				return nil, fmt.Errorf("--port %q is not a port number", val)
			}
			f.port = p
		case "timeout":
			d, err := time.ParseDuration(val)
			if err != nil || d <= 0 {
				return nil, fmt.Errorf("--timeout %q is not a duration such as 30s or 2m", val)
			}
			f.limits.Timeout = d
		case "write-timeout":
			d, err := time.ParseDuration(val)
			if err != nil || d <= 0 {
				return nil, fmt.Errorf("--write-timeout %q is not a duration such as 30s or 2m", val)
			}
			f.limits.WriteTimeout = d
		case "max-body", "max-header", "max-memory":
			n, err := parseSize(val)
			if err != nil {
				return nil, fmt.Errorf("--%s: %v", name, err)
			}
			switch name {
			case "max-body":
				f.limits.MaxBodyBytes = int64(n)
			case "max-header":
				f.limits.MaxHeaderBytes = int(min(n, 1<<30))
			default:
				f.maxMemory = n
			}
		case "workers":
			n, err := strconv.Atoi(val)
			if err != nil || n <= 0 || n > 256 {
				return nil, fmt.Errorf("--workers %q is not a number from 1 to 256", val)
			}
			f.workers = n
		case "max-inflight", "max-queue":
			n, err := strconv.Atoi(val)
			if err != nil || n <= 0 {
				return nil, fmt.Errorf("--%s %q is not a positive number", name, val)
			}
			if name == "max-inflight" {
				f.limits.MaxInFlight = n
			} else {
				f.limits.MaxQueue = n
			}
		case "verbose":
			f.verbose = true
		case "method-not-allowed":
			f.methodNotAllowed = true
		case "silent":
			f.silent = true
		case "help", "h":
			f.help = true
		default:
			return nil, fmt.Errorf("unknown flag %s", a)
		}
	}
	if f.hostFlag && f.host == "" {
		f.host = "0.0.0.0"
	}
	return f, nil
}

// parseSize reads a byte size: 1048576, 512KB, 10MiB, 2GB, 1g (units are
// powers of 1024, as in Node's and nginx's settings).
func parseSize(s string) (uint64, error) {
	t := strings.TrimSpace(strings.ToLower(s))
	mult := uint64(1)
	for _, u := range []struct {
		suffix string
		mult   uint64
	}{{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"kb", 1 << 10}, {"mb", 1 << 20}, {"gb", 1 << 30}, {"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30}, {"b", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseUint(t, 10, 64)
	if err != nil || n == 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("%q is not a size such as 10MiB", s)
	}
	return n * mult, nil
}

func (f *flags) rootDir() string {
	switch {
	case f.root != "":
		return f.root
	case len(f.positional) > 0:
		return f.positional[0]
	}
	return "."
}

func (f *flags) overrides(mode config.Mode) config.Overrides {
	return config.Overrides{ConfigFile: f.config, Site: f.site, Base: f.base, OutDir: f.outDir, Port: f.port, Host: f.host, Mode: mode}
}

func (f *flags) logger(stdout, stderr io.Writer) *diag.Logger {
	level := diag.LevelInfo
	if f.verbose {
		level = diag.LevelDebug
	}
	if f.silent {
		level = diag.LevelError
	}
	return diag.NewLogger(stdout, stderr, level)
}

// Main runs the command line and returns the exit code.
func Main(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		// A Go panic trace is never shown to a user: report it as a bug.
		if p := recover(); p != nil {
			fmt.Fprintf(stderr, "comet: internal error: %v\nThis is a bug in Comet; please report it with the command you ran.\n", p)
			code = 1
		}
	}()
	if len(args) == 0 {
		printHelp(stdout)
		return 0
	}
	cmd := args[0]
	switch cmd {
	case "--version", "-v", "version":
		fmt.Fprintf(stdout, "comet v%s\n", Version)
		return 0
	case "--help", "-h", "help":
		printHelp(stdout)
		return 0
	}
	if _, ok := commandFlags[cmd]; !ok {
		fmt.Fprintf(stderr, "comet: unknown command %q\nRun `comet --help` for usage.\n", cmd)
		return 2
	}
	f, err := parseFlags(cmd, args[1:])
	if err != nil {
		fmt.Fprintf(stderr, "comet %s: %v\nRun `comet %s --help` for usage.\n", cmd, err, cmd)
		return 2
	}
	if f.help {
		printCommandHelp(stdout, cmd)
		return 0
	}
	precompile(cmd)
	log := f.logger(stdout, stderr)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// goja allocates many small objects; a larger GC target trades some
	// memory for much less collector work (the 10k-page build runs about
	// 40% faster at 400). GOGC in the environment still wins.
	if os.Getenv("GOGC") == "" {
		if cmd == "build" {
			debug.SetGCPercent(400)
		} else {
			debug.SetGCPercent(200)
		}
	}
	// With that target a big build's heap would grow to five times what
	// it holds (a 100,000-page build peaked near 1 GB); a soft limit that
	// follows the live heap (buildmem.go) makes the collector work harder
	// only above it. GOMEMLIMIT in the environment wins.
	if cmd == "build" && os.Getenv("GOMEMLIMIT") == "" {
		defer watchBuildMemory()()
	}
	// A handler that allocates without end is stopped before it takes
	// the machine's memory (jsrt's memory guard).
	if f.maxMemory == 0 {
		f.maxMemory = defaultMaxMemory
	}
	jsrt.SetMemoryLimit(f.maxMemory)
	switch cmd {
	case "build":
		err = runBuild(ctx, f, log)
	case "dev":
		err = runDev(ctx, f, log)
	case "preview":
		err = runPreview(ctx, f, log)
	default:
		fmt.Fprintf(stderr, "comet: unknown command %q\nRun `comet --help` for usage.\n", cmd)
		return 2
	}
	if err != nil {
		reportError(log, err)
		return 1
	}
	return 0
}

// reportError prints an error the way Astro users know, with esbuild's
// code frames for syntax errors.
func reportError(log *diag.Logger, err error) {
	var list diag.List
	if errors.As(err, &list) {
		for _, e := range list {
			reportError(log, e)
		}
		return
	}
	if d, ok := diag.AsDiagnostic(err); ok && d.Frame != "" {
		log.Print("") // frames are complete blocks
		fmt.Fprint(log.Err, d.Frame)
		if !strings.HasSuffix(d.Frame, "\n") {
			fmt.Fprintln(log.Err)
		}
		return
	}
	log.Error("", err.Error())
}

func runBuild(ctx context.Context, f *flags, log *diag.Logger) error {
	cfg, err := config.LoadContext(ctx, f.rootDir(), f.overrides(config.ModeProduction))
	if err != nil {
		return err
	}
	_, err = build.Run(ctx, cfg, build.Options{Log: log, Color: log.Color, Timeout: f.limits.Timeout})
	if err != nil && ctx.Err() != nil {
		return fmt.Errorf("build interrupted; %s was left as it was", cfg.OutDir)
	}
	if err == nil {
		next := "comet preview"
		if root := f.rootDir(); root != "." {
			next += " " + root
		}
		out := cfg.OutDir
		if wd, err := os.Getwd(); err == nil {
			if rel, err := filepath.Rel(wd, out); err == nil && !strings.HasPrefix(rel, "..") {
				out = rel
			}
		}
		log.Infof("build", "Next: run `%s` to serve %s.", next, filepath.ToSlash(out)+"/")
	}
	return err
}

func printHelp(w io.Writer) {
	fmt.Fprintf(w, `comet v%s — Astro endpoints, one Go binary

Usage: comet <command> [root] [flags]

Commands
  build     Build the project: endpoints run at build time, files go to dist/
            (server output: prerendered files in dist/client, the server in dist/server)
  dev       Serve the project from its sources; rebuild on every change
  preview   Serve what build wrote (output: 'server' or static)

Flags
  --root <path>     Project root (default: the [root] argument, or .)
  --config <path>   Config file (default: astro.config.{mjs,js,ts,mts,cjs})
  --outDir <path>   Output folder (default: dist)
  --site <url>      Override the config's site
  --base <path>     Override the config's base
  --host [addr]     Listen address for dev/preview (alone: all addresses; env HOST)
  --port <n>        Port for dev/preview (default 4321; env PORT)
  --method-not-allowed
                    dev/preview: answer 405 with an Allow header, not the
                    404 page, when a route has no handler for the method
  --workers <n>     preview: JS runtimes serving requests (default 1: module
                    state shared by all requests, as in Node; more: a pool,
                    each runtime with its own module state)
  --timeout <dur>   Time limit of one endpoint call: 504 after it in dev and
                    preview (default 30s); one page in build (default 60s)
  --write-timeout <dur>
                    dev/preview: a client that takes no part of the answer
                    (64KiB) for this long is disconnected (default 30s)
  --max-body <size> Request body limit, 413 above it (default 10MiB)
  --max-header <size>
                    Request header limit, 431 above it (default 64KiB)
  --max-inflight <n>, --max-queue <n>
                    Endpoint calls running at once (default 512), and
                    waiting for a turn (default 1024); beyond both: 503
  --max-memory <size>
                    Heap size at which running JavaScript is stopped
                    (default 2GiB)
  --verbose         Print debug logs
  --silent          Print errors only
  --version         Print the version
  --help            Print this help
`, Version)
}
