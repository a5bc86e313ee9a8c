// Package build is `comet build`: it runs every prerendered endpoint at
// build time and writes what they return to files, as `astro build` does.
//
// The order of work:
//  1. load the app (config → routes → bundle);
//  2. getStaticPaths once per dynamic route, validated, on the first runtime;
//  3. the pages fan out over a pool of runtimes (one goja VM per worker);
//     pages whose getStaticPaths entry has props stay on the first runtime,
//     since JS values cannot move between VMs;
//  4. everything is written to a temporary folder beside outDir, which
//     replaces outDir only when the whole build succeeded, so a failed build
//     leaves the previous dist/ as it was.
//
// In server output, prerendered routes and public/ go to dist/client/ and
// the server's bundle and manifest to dist/server/ (see package server).
package build

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/bundle"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/endpoint"
	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/comet-dev/comet/internal/media"
	"github.com/comet-dev/comet/internal/routing"
)

// Options tune a build.
type Options struct {
	Log *diag.Logger
	// Workers is the number of JS runtimes; 0 = GOMAXPROCS.
	Workers int
	// Color is esbuild's coloured error frames.
	Color bool
	// Timeout caps one page's handler (and one getStaticPaths); 0 = 60 s.
	Timeout time.Duration
}

// Result summarises a finished build.
type Result struct {
	Pages int // files written by endpoints and pages
	// ServerRoutes counts the routes a server build serves on demand.
	ServerRoutes int
	Duration     time.Duration
	// Files maps each output path (slash, relative to the output root) to
	// the headers the endpoint returned; the server uses them for
	// prerendered files. Only server output records them (a static build
	// of 100,000 pages would hold ~11 MB of them for nothing).
	Files map[string]app.FileMeta
}

// Run builds the project cfg describes.
func Run(ctx context.Context, cfg *config.Config, opts Options) (*Result, error) {
	log := opts.Log
	if log == nil {
		log = diag.Discard()
	}
	start := time.Now()
	if err := checkOutDir(cfg); err != nil {
		return nil, err
	}
	log.Info("build", "Collecting build info...")
	a, err := app.Load(cfg, opts.Color)
	if err != nil {
		return nil, err
	}
	if len(a.Bundle.Broken) > 0 {
		// A server would isolate these modules; a build fails, as
		// Astro's does, naming the routes that import them.
		return nil, bundle.Error(a.Bundle.Broken)
	}
	log.Infof("build", "output: %q", a.Output)
	log.Infof("build", "directory: %s", cfg.OutDir+string(filepath.Separator))
	log.Debug("build", fmt.Sprintf("config %q, %d route(s), middleware %q, bundle of %d file(s), %d KiB", cfg.File, len(a.Routes), a.Middleware, len(a.Bundle.Inputs), len(a.Bundle.Code)/1024))
	for _, w := range cfg.Warnings {
		log.Warn("config", w)
	}
	for _, w := range a.Warnings {
		log.Warn("router", w)
	}
	log.Infof("build", "%s Completed in %s.", log.Green("✓"), diag.Duration(time.Since(start)))

	stage, err := newStage(cfg.OutDir)
	if err != nil {
		return nil, err
	}
	defer stage.cleanup()
	clientDir := stage.dir
	if a.Output == config.OutputServer {
		clientDir = filepath.Join(stage.dir, app.ClientDir)
	}
	timeout := opts.Timeout
	if timeout == 0 {
		timeout = 60 * time.Second
	}
	b := &builder{cfg: cfg, app: a, log: log, outRoot: clientDir, workers: opts.Workers, timeout: timeout}
	if a.Output == config.OutputServer {
		b.files = map[string]app.FileMeta{}
	}
	if err := b.copyPublic(); err != nil {
		return nil, err
	}
	if err := b.generate(ctx); err != nil {
		return nil, err
	}
	if a.Output == config.OutputServer {
		if err := a.WriteServer(filepath.Join(stage.dir, app.ServerDir), b.files); err != nil {
			return nil, err
		}
		snap, err := a.ContentSnapshot(ctx, log.Console)
		if err != nil {
			return nil, err
		}
		if snap.Len() > 0 {
			if err := snap.WriteFile(filepath.Join(stage.dir, "server", app.ContentFile)); err != nil {
				return nil, err
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err // interrupted: the previous output stays
	}
	if err := stage.commit(); err != nil {
		return nil, err
	}
	res := &Result{Pages: b.pages, Duration: time.Since(start), Files: b.files}
	if a.Output == config.OutputServer {
		onDemand := 0
		for _, r := range a.Routes {
			if !r.Prerender {
				onDemand++
			}
		}
		res.ServerRoutes = onDemand
		log.Infof("build", "%d route(s) prepared for the server, %d page(s) prerendered, in %s", onDemand, res.Pages, diag.Duration(res.Duration))
	} else {
		log.Infof("build", "%d page(s) built in %s", res.Pages, diag.Duration(res.Duration))
	}
	log.Info("build", "Complete!")
	return res, nil
}

// builder holds one build's state.
type builder struct {
	cfg     *config.Config
	app     *app.App
	log     *diag.Logger
	outRoot string
	workers int
	timeout time.Duration

	mu     sync.Mutex
	files  map[string]app.FileMeta // written outputs (server output only)
	public map[string]bool         // files copied from public/
	pages  int
	dirs   sync.Map // folders already created
	// pageLines are the .html pages copied (source, output), for the log.
	pageLines [][2]string

	originOnce sync.Once
	originURL  string
}

// copyPublic copies public/ verbatim. public/ may itself be a symlink
// (dev serves it, so the build copies it too). A symlink inside it is
// copied as the file it points to when that file is inside public/, as
// dev serves it through os.Root; one pointing outside (or to a folder) is
// not copied, so nothing beyond what dev serves reaches dist/.
func (b *builder) copyPublic() error {
	b.public = map[string]bool{}
	src, err := filepath.EvalSymlinks(b.cfg.PublicDir)
	if err != nil {
		return nil // no public/ (or a dangling link): nothing to copy
	}
	if st, err := os.Stat(src); err != nil || !st.IsDir() {
		return nil
	}
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if rel == "." {
			return nil
		}
		dst := filepath.Join(b.outRoot, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		from := p
		if d.Type()&fs.ModeSymlink != 0 {
			target, err := filepath.EvalSymlinks(p)
			if err != nil || !insideDir(src, target) {
				return nil // dangling, or outside public/
			}
			if st, err := os.Stat(target); err != nil || !st.Mode().IsRegular() {
				return nil
			}
			from = target
		} else if !d.Type().IsRegular() {
			return nil // devices, sockets, pipes
		}
		b.public[filepath.ToSlash(rel)] = true
		return copyFile(from, dst)
	})
}

// insideDir reports whether path p (resolved) is dir or inside it.
func insideDir(dir, p string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && (rel == "." || filepath.IsLocal(rel))
}

func copyFile(src, dst string) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// job is one page to generate.
type job struct {
	route    *app.Route
	pathname string               // URL pathname without base, decoded
	sp       *endpoint.StaticPath // its getStaticPaths entry; nil for static routes
	pinned   bool                 // must run on runtime 0 (has props)

	// filled by the worker
	res     *endpoint.Result
	note    string // shown beside the path in the log
	elapsed time.Duration
}

// params are the page's params, in a new map.
func (j *job) params() map[string]string {
	if j.sp == nil {
		return map[string]string{}
	}
	return j.sp.Params()
}

func (b *builder) generate(ctx context.Context) error {
	start := time.Now()
	var routes []*app.Route
	for _, r := range b.app.Routes {
		if r.Prerender {
			routes = append(routes, r)
		}
	}
	// Pages (.html) are copied, not run.
	var endpoints []*app.Route
	for _, r := range routes {
		if r.Kind == routing.Page {
			if err := b.copyPage(r); err != nil {
				return err
			}
			continue
		}
		endpoints = append(endpoints, r)
	}
	if len(endpoints) == 0 {
		if err := b.writeRedirects(nil); err != nil {
			return err
		}
		if len(b.pageLines) > 0 {
			b.printTree(nil, start)
		}
		return nil
	}
	workers := b.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	console := b.log.Console
	rts := make([]*jsrt.Runtime, 0, workers)
	defer func() {
		for _, rt := range rts {
			rt.Close()
		}
	}()
	first, err := b.app.NewRuntime(app.RuntimeOptions{Console: console, Prerender: true})
	if err != nil {
		return err
	}
	rts = append(rts, first)

	// getStaticPaths, once per route, in priority order.
	var jobs []*job
	claimed := map[string]*app.Route{} // output path → route that owns it
	for _, r := range endpoints {
		if !r.IsDynamic() {
			jobs = append(jobs, &job{route: r, pathname: r.Pathname})
			continue
		}
		gctx, cancel := context.WithTimeout(ctx, b.timeout)
		paths, err := endpoint.StaticPaths(gctx, first, b.app.PathsRoute(r))
		cancel()
		if err != nil {
			return b.timeoutError(err, r.Key, "getStaticPaths()")
		}
		params := map[string]string{} // one map for every entry's checks
		for i := range paths {
			sp := &paths[i]
			sp.ParamsInto(params)
			p, err := r.Generate(params)
			if err != nil {
				return &diag.Diagnostic{Name: "GetStaticPathsInvalidRouteParam", File: r.Key, Message: err.Error(),
					Hint: "Every param of the route (" + strings.Join(r.Params, ", ") + ") needs a value in getStaticPaths."}
			}
			if decodesToOther(p) {
				return &diag.Diagnostic{Name: "NoMatchingStaticPathFound", File: r.Key,
					Message: "A `getStaticPaths()` route pattern was matched, but no matching static path was found for requested path `" + p + "`.",
					Hint:    "Possible dynamic routes being matched: " + r.Key + ". A param holds a percent-escape, so the URL of this page decodes to another path and the file could never be served; return the decoded text in the param instead."}
			}
			if err := checkCollide(r, params, p); err != nil {
				return err
			}
			jobs = append(jobs, &job{route: r, pathname: p, sp: sp, pinned: sp.HasProps})
		}
	}
	// Routes are in priority order, so the first claim of a path wins.
	kept := jobs[:0]
	for _, j := range jobs {
		key := strings.TrimSuffix(j.pathname, "/")
		if owner, ok := claimed[key]; ok {
			if owner != j.route {
				b.log.Warnf("build", "Could not render %s from route %s as it conflicts with higher priority route %s.", j.pathname, j.route.Route.Route, owner.Route.Route)
			}
			continue
		}
		claimed[key] = j.route
		kept = append(kept, j)
	}
	jobs = kept
	if err := b.writeRedirects(jobs); err != nil {
		return err
	}

	n := max(1, min(workers, (len(jobs)+63)/64))
	b.log.Debug("build", fmt.Sprintf("%d page(s) from %d endpoint route(s) on %d runtime(s)", len(jobs), len(endpoints), n))
	// Runtime 0 renders at once; the others start meanwhile (loading the
	// bundle takes a while) and join as each is ready.
	more := make(chan *jsrt.Runtime, n-1)
	var mu sync.Mutex
	stopped := make(chan struct{})
	var startErr error
	go func() {
		defer close(more)
		for i := 1; i < n; i++ {
			select {
			case <-stopped:
				return
			default:
			}
			rt, err := b.app.NewRuntime(app.RuntimeOptions{Console: console, Prerender: true})
			if err != nil {
				mu.Lock()
				startErr = err
				mu.Unlock()
				return
			}
			mu.Lock()
			rts = append(rts, rt) // closed by the deferred loop above
			mu.Unlock()
			more <- rt
		}
	}()
	err = b.run(ctx, first, more, n, jobs)
	close(stopped)
	for range more { // the starter has finished: rts is complete
	}
	mu.Lock()
	if err == nil {
		err = startErr
	}
	mu.Unlock()
	if err != nil {
		return err
	}
	b.printTree(jobs, start)
	return nil
}

// batchSize is how many pages one call into a runtime renders
// (endpoint.CallBatch): enough to make the loop's round trip negligible,
// few enough that every runtime gets work and writes overlap with JS.
const batchSize = 128

// run executes jobs in batches: pinned ones (their props live there) on
// first, the rest on any runtime; two goroutines per runtime, so one
// batch's files are written while the next batch runs. The other n-1
// runtimes arrive on more as they are ready (more is closed after them,
// or early if one could not start); run returns once every batch is
// done or the build failed, without waiting for runtimes still starting.
func (b *builder) run(ctx context.Context, first *jsrt.Runtime, more <-chan *jsrt.Runtime, n int, jobs []*job) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var shared, pinned [][]*job
	var own, rest []*job
	for _, j := range jobs {
		if j.pinned {
			own = append(own, j)
		} else {
			rest = append(rest, j)
		}
	}
	// Batches small enough that every goroutine gets some.
	size := min(batchSize, max(1, (len(rest)+2*n-1)/(2*n)))
	split := func(list []*job, size int) [][]*job {
		var out [][]*job
		for len(list) > 0 {
			n := min(size, len(list))
			out = append(out, list[:n])
			list = list[n:]
		}
		return out
	}
	shared = split(rest, size)
	pinned = split(own, batchSize)
	sharedCh := make(chan []*job, len(shared))
	pinnedCh := make(chan []*job, len(pinned))
	for _, c := range shared {
		sharedCh <- c
	}
	for _, c := range pinned {
		pinnedCh <- c
	}
	close(sharedCh)
	close(pinnedCh)
	var wg sync.WaitGroup
	var firstErr error
	var errOnce sync.Once
	fail := func(err error) { errOnce.Do(func() { firstErr = err; cancel() }) }
	// allDone closes when every batch was taken and finished (or skipped
	// after a failure): runtimes still starting are then not needed.
	allDone := make(chan struct{})
	var left atomic.Int64
	left.Store(int64(len(shared) + len(pinned)))
	if left.Load() == 0 {
		close(allDone)
	}
	taken := func() {
		if left.Add(-1) == 0 {
			close(allDone)
		}
	}
	start := func(rt *jsrt.Runtime, own bool) {
		for g := 0; g < 2; g++ {
			wg.Add(1)
			go func(rt *jsrt.Runtime, own bool) {
				defer wg.Done()
				if own {
					for batch := range pinnedCh {
						err := ctx.Err()
						if err == nil {
							err = b.callBatch(ctx, rt, batch)
						}
						taken()
						if err != nil {
							fail(err)
							return
						}
					}
				}
				for batch := range sharedCh {
					err := ctx.Err()
					if err == nil {
						err = b.callBatch(ctx, rt, batch)
					}
					taken()
					if err != nil {
						fail(err)
						return
					}
				}
			}(rt, own)
		}
	}
	start(first, true)
	func() {
		for {
			select {
			case rt, ok := <-more:
				if !ok {
					return
				}
				start(rt, false)
			case <-allDone:
				return
			case <-ctx.Done():
				return
			}
		}
	}()
	wg.Wait()
	if firstErr == nil {
		// Workers stop quietly once ctx is done; a build interrupted before
		// or between batches must still fail, not commit the pages so far.
		firstErr = ctx.Err()
	}
	return firstErr
}

// origin is where build-time request URLs point (comet-semantics #13),
// worked out once per build.
func (b *builder) origin() string {
	b.originOnce.Do(func() { b.originURL = b.siteOrigin() })
	return b.originURL
}

func (b *builder) siteOrigin() string {
	if b.cfg.Site != "" {
		if u, err := url.Parse(b.cfg.Site); err == nil {
			return u.Scheme + "://" + u.Host
		}
	}
	return fmt.Sprintf("http://localhost:%d", b.cfg.Port)
}

// request is a page's build-time GET.
func (b *builder) request(j *job) endpoint.Request {
	p := j.pathname
	if !j.route.HasFileExtension() {
		switch b.cfg.TrailingSlash {
		case routing.TrailingSlashAlways:
			if !strings.HasSuffix(p, "/") {
				p += "/"
			}
		case routing.TrailingSlashNever:
			if p != "/" {
				p = strings.TrimSuffix(p, "/")
			}
		}
	}
	u := b.origin() + b.cfg.BasePrefix() + (&url.URL{Path: p}).EscapedPath()
	req := endpoint.Request{
		File: j.route.Key, Method: "GET", URL: u, Params: j.params(), ParamNames: j.route.Params,
		Site: b.cfg.Site, Static: true, RoutePattern: j.route.Route.Route,
		Middleware: b.app.Middleware != "", BodyContentType: media.BodyType(j.pathname), ReadAll: true,
	}
	if j.sp != nil && j.sp.HasProps {
		req.Props = j.sp.Props
	}
	return req
}

// callBatch renders a batch of pages in one call into rt and writes
// their files; each page has the build's time limit to itself.
func (b *builder) callBatch(ctx context.Context, rt *jsrt.Runtime, batch []*job) error {
	reqs := make([]endpoint.Request, len(batch))
	for i, j := range batch {
		reqs[i] = b.request(j)
	}
	outs, err := endpoint.CallBatch(ctx, rt, reqs, b.timeout)
	if err != nil {
		if ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) {
			// The page stopped: one that never finished, or the one
			// interrupted in its endless loop (it ended with an error).
			for i, o := range outs {
				if !o.Done || o.Err != nil {
					return b.timeoutError(err, batch[i].route.Key, batch[i].pathname)
				}
			}
			return b.timeoutError(err, batch[0].route.Key, batch[0].pathname)
		}
		return err
	}
	for i, j := range batch {
		j.elapsed = outs[i].Elapsed
		if err := outs[i].Err; err != nil {
			if d, ok := diag.AsDiagnostic(err); ok && d.Name == "" {
				d.Message = fmt.Sprintf("Caught error rendering %s: %s", j.pathname, d.Message)
			}
			diag.AddLineText(err, b.cfg.Root)
			return err
		}
		j.res = outs[i].Result
		// Written here, by the worker, so file system calls run in parallel.
		j.note, err = b.writeJob(j)
		j.res = nil // the bytes are on disk; let them go
		if err != nil {
			return err
		}
	}
	return nil
}

func (b *builder) timeoutError(err error, file, what string) error {
	if !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return &diag.Diagnostic{Name: "EndpointTimeout", File: file,
		Message: fmt.Sprintf("rendering %s did not finish within %s", what, b.timeout),
		Hint:    "Look for an endless loop or a promise that never settles."}
}

// printTree prints Astro's route tree once every page is written.
func (b *builder) printTree(jobs []*job, start time.Time) {
	if b.log.Level < diag.LevelInfo {
		return // --silent: nothing below would be printed
	}
	b.log.Print("\n" + b.log.BadgeGreen(" generating static routes ") + "\n")
	for _, p := range b.pageLines {
		b.log.Plain(b.log.Green("▶") + " " + p[0])
		b.log.Plain("  " + b.log.Blue("└─") + " " + b.log.Dim("/"+p[1]))
	}
	// group by route, keeping priority order
	var order []*app.Route
	byRoute := map[*app.Route][]*job{}
	for _, j := range jobs {
		if _, ok := byRoute[j.route]; !ok {
			order = append(order, j.route)
		}
		byRoute[j.route] = append(byRoute[j.route], j)
	}
	sort.SliceStable(order, func(i, k int) bool { return order[i].Key < order[k].Key })
	for _, r := range order {
		b.log.Plain(b.log.Magenta("λ") + " " + r.Key)
		list := byRoute[r]
		for i, j := range list {
			branch := "├─"
			if i == len(list)-1 {
				branch = "└─"
			}
			note := j.note
			el := "(+" + diag.Duration(j.elapsed) + ")"
			if j.elapsed > 500*time.Millisecond {
				el = b.log.Red(el)
			} else {
				el = b.log.Dim(el)
			}
			line := "  " + b.log.Blue(branch) + " " + b.log.Dim(j.pathname) + " " + el
			if note != "" {
				line += " " + b.log.Yellow(note)
			}
			b.log.Plain(line)
		}
	}
	b.log.Plain(b.log.Green("✓ Completed in " + diag.Duration(time.Since(start)) + "."))
	b.log.Print("\n")
}

// implicitTextType is the type a Response gives a string body by itself.
// A prerendered file with it is served with the type of its extension, as
// Astro's static server does; a type the endpoint chose is kept.
const implicitTextType = "text/plain;charset=UTF-8"

// writeJob writes one result; note is shown beside the path in the log.
func (b *builder) writeJob(j *job) (note string, err error) {
	res := j.res
	switch res.Kind {
	case endpoint.KindNoHandler:
		found := "none"
		if len(res.Found) > 0 {
			found = `"` + strings.Join(res.Found, `", "`) + `"`
		}
		b.log.Warnf("router", "No API Route handler exists for the method \"GET\" for the route \"%s\" (%s). Found handlers: %s. No file was written.", j.pathname, j.route.Key, found)
		return "(file not created, no GET handler)", nil
	}
	body := res.Body
	var header [][2]string
	contentType := ""
	if res.Kind == endpoint.KindResponse {
		header = res.Header
		for _, h := range res.Header {
			if h[0] == "content-type" && h[1] != implicitTextType {
				contentType = h[1]
			}
		}
		if loc := headerValue(res.Header, "location"); res.Status >= 300 && res.Status < 400 && loc != "" {
			body = redirectPage(j.pathname, loc, res.Status, b.cfg)
			contentType = "text/html; charset=utf-8"
		} else if res.Null {
			return "(file not created, response body was empty)", nil
		}
	} else if res.Null {
		return "(file not created, response body was empty)", nil
	}
	rel, err := outputPath(j.pathname)
	if err != nil {
		return "", &diag.Diagnostic{Name: "InvalidOutputPath", File: j.route.Key, Message: err.Error(),
			Hint: "Params from getStaticPaths must not contain `..`, NUL bytes or backslashes."}
	}
	if rel == "" {
		return "", &diag.Diagnostic{Name: "EndpointAtRoot", File: j.route.Key,
			Message: "an endpoint at the root path `/` cannot be written as a file in a static build",
			Hint:    "Give the file an extension, e.g. rename it to index.json.ts (→ /index.json)."}
	}
	if seg, ok := longName(rel); ok {
		return "", &diag.Diagnostic{Name: "OutputNameTooLong", File: j.route.Key,
			Message: fmt.Sprintf("%s would be written as a file or folder named %s, which is %d bytes long: file systems allow at most %d bytes in one name",
				shorten(j.pathname), shorten(seg), len(seg), maxNameBytes),
			Hint: "Shorten this param in getStaticPaths, or render the route on demand (`export const prerender = false` in a server build) so no file is written."}
	}
	if b.public[rel] {
		b.log.Warnf("build", "Skipping %s because a file with the same name exists in the public folder.", j.pathname)
		return "(public file kept)", nil
	}
	dst := filepath.Join(b.outRoot, filepath.FromSlash(rel))
	if err := b.writeFile(dst, body); err != nil {
		d := &diag.Diagnostic{File: j.route.Key, Message: fmt.Sprintf("writing %s: %v", shorten(rel), err)}
		if errors.Is(err, syscall.ENOTDIR) || errors.Is(err, syscall.EISDIR) || errors.Is(err, syscall.EEXIST) {
			d.Hint = "Two routes produce a file and a folder of the same name (e.g. `/api` and `/api/x.json`): give the file an extension."
		}
		return "", d
	}
	b.mu.Lock()
	if b.files != nil {
		b.files[rel] = app.FileMeta{Route: j.route.Key, Status: res.Status, ContentType: contentType, Header: header}
	}
	b.pages++
	b.mu.Unlock()
	return "", nil
}

func headerValue(h [][2]string, name string) string {
	for _, kv := range h {
		if kv[0] == name {
			return kv[1]
		}
	}
	return ""
}

// writeFile writes data, creating parent folders once per build.
func (b *builder) writeFile(dst string, data []byte) error {
	dir := filepath.Dir(dst)
	if _, done := b.dirs.Load(dir); !done {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		b.dirs.Store(dir, true)
	}
	return os.WriteFile(dst, data, 0o644)
}

// writeRedirects writes the config's prerendered redirects as Astro's
// meta-refresh pages. A dynamic redirect to a route gets one page per path
// that route's getStaticPaths gave (jobs), as in Astro.
func (b *builder) writeRedirects(jobs []*job) error {
	for _, rd := range b.app.Redirects {
		if !rd.Prerender {
			continue
		}
		if !rd.IsDynamic() {
			if err := b.writeRedirect(rd, rd.Pathname, map[string]string{}); err != nil {
				return err
			}
			continue
		}
		for _, j := range jobs {
			if rd.Dest == nil || j.route != rd.Dest {
				continue
			}
			params := j.params()
			from, err := rd.Generate(params)
			if err != nil {
				continue
			}
			if err := b.writeRedirect(rd, from, params); err != nil {
				return err
			}
		}
	}
	return nil
}

func (b *builder) writeRedirect(rd *app.Redirect, from string, params map[string]string) error {
	rel := PageOutput(from, "", b.cfg.BuildFormat)
	if rel == "" || b.public[rel] {
		return nil
	}
	body := redirectPage(b.requestPath(from), rd.Location(params), rd.Status("GET"), b.cfg)
	if err := b.writeFile(filepath.Join(b.outRoot, filepath.FromSlash(rel)), body); err != nil {
		return err
	}
	b.mu.Lock()
	if b.files != nil {
		b.files[rel] = app.FileMeta{Route: "redirect " + rd.From, Status: 200, ContentType: "text/html; charset=utf-8"}
	}
	b.pages++
	b.pageLines = append(b.pageLines, [2]string{"redirect " + rd.From, rel})
	b.mu.Unlock()
	return nil
}

// requestPath is the pathname of the request Astro renders a page-like
// route (a redirect) with in a static build (build/generate.ts
// getUrlForPath): base, then the path, then "/" or ".html" by build.format.
func (b *builder) requestPath(pathname string) string {
	ending := "/"
	switch {
	case b.cfg.BuildFormat == config.FormatFile, b.cfg.BuildFormat == config.FormatPreserve:
		ending = ".html"
	case b.cfg.TrailingSlash == routing.TrailingSlashNever:
		ending = ""
	}
	if pathname == "/" || pathname == "" {
		if ending == ".html" {
			return b.cfg.BasePrefix() + "/index.html"
		}
		return b.cfg.BasePrefix() + "/"
	}
	return b.cfg.BasePrefix() + strings.TrimSuffix(pathname, "/") + ending
}

// copyPage copies a .html page to where Astro puts it for build.format.
func (b *builder) copyPage(r *app.Route) error {
	src := filepath.Join(b.cfg.Root, filepath.FromSlash(r.Key))
	rel := PageOutput(r.Route.Pathname, r.File, b.cfg.BuildFormat)
	if rel == "" {
		return nil
	}
	if b.public[rel] {
		b.log.Warnf("build", "Skipping %s because a file with the same name exists in the public folder.", r.Pathname)
		return nil
	}
	if err := copyFile(src, filepath.Join(b.outRoot, filepath.FromSlash(rel))); err != nil {
		return err
	}
	b.mu.Lock()
	if b.files != nil {
		b.files[rel] = app.FileMeta{Route: r.Key, Status: 200, ContentType: "text/html; charset=utf-8"}
	}
	b.pages++
	b.pageLines = append(b.pageLines, [2]string{r.Key, rel})
	b.mu.Unlock()
	return nil
}

// decodesToOther reports whether a generated page path holds a %XX escape
// that decodeURI would decode: a request for that URL is decoded to
// another path before routing, so the page's file could never be served.
// Astro fails the build with NoMatchingStaticPathFound (comet-semantics
// #30). Escapes of the characters decodeURI keeps (";/?:@&=+$,#") are
// left alone.
func decodesToOther(p string) bool {
	for i := 0; i+2 < len(p); i++ {
		if p[i] != '%' {
			continue
		}
		v, err := strconv.ParseUint(p[i+1:i+3], 16, 8)
		if err == nil && !strings.ContainsRune(";/?:@&=+$,#", rune(v)) {
			return true
		}
	}
	return false
}
