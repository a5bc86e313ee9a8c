package platform_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/dop251/goja"
	"github.com/evanw/esbuild/pkg/api"
)

// TestWPT runs a subset of the web-platform-tests (testdata/wpt, vendored
// from WPT with its LICENSE.md; see testdata/wpt/README.md) in Comet's
// runtime and, when Node 20+ is on PATH, in Node, and reports the passing
// subtests per area. It fails when Comet passes fewer subtests in an area
// than wptFloor records, so a regression shows; the floors are counts, never
// the outcome of a named test. `go test -v -run TestWPT ./test/platform`
// prints the table; COMET_WPT_OUT=dir writes every subtest's result per
// side to dir/<side>/<test>.json; COMET_WPT_ONLY=prefix runs only the
// test files whose path starts with prefix (the floors then do not apply).
func TestWPT(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode: the WPT subset takes a minute")
	}
	tests := wptTests(t)
	node, _ := exec.LookPath("node")
	if node != "" {
		var major int
		if _, err := fmt.Sscanf(nodeVersion(t), "v%d.", &major); err != nil || major < 20 {
			node = ""
		}
	}

	comet := wptRunAll(tests, func(p wptPlan) wptReport { return wptComet(p) })
	var nodeRes map[string]wptReport
	if node != "" {
		nodeRes = wptRunAll(tests, func(p wptPlan) wptReport { return wptNode(node, p) })
	} else {
		t.Log("node 20+ is not on PATH: Node's column is empty")
	}
	if dir := os.Getenv("COMET_WPT_OUT"); dir != "" {
		wptDump(t, filepath.Join(dir, "comet"), comet)
		wptDump(t, filepath.Join(dir, "node"), nodeRes)
	}

	var table strings.Builder
	fmt.Fprintf(&table, "%-13s %5s  %-19s %-19s\n", "area", "runs", "comet pass/total", "node pass/total")
	var sum [5]int
	for _, area := range wptAreas {
		var files, cp, ct, np, nt int
		for _, tf := range tests {
			if wptArea(tf) != area {
				continue
			}
			files++
			p, n := comet[tf].count()
			cp, ct = cp+p, ct+n
			p, n = nodeRes[tf].count()
			np, nt = np+p, nt+n
		}
		for i, v := range []int{files, cp, ct, np, nt} {
			sum[i] += v
		}
		fmt.Fprintf(&table, "%-13s %5d  %-19s %-19s\n", area, files, wptRate(cp, ct), wptRate(np, nt))
		t.Run(area, func(t *testing.T) {
			if os.Getenv("COMET_WPT_ONLY") == "" && cp < wptFloor[area] {
				t.Errorf("comet passes %d %s subtests, fewer than the recorded floor %d (COMET_WPT_OUT=dir shows which fail)", cp, area, wptFloor[area])
			}
		})
	}
	fmt.Fprintf(&table, "%-13s %5d  %-19s %-19s\n", "all", sum[0], wptRate(sum[1], sum[2]), wptRate(sum[3], sum[4]))
	t.Logf("web-platform-tests subset (node %s):\n%s", nodeVersion(t), table.String())
}

// wptAreas are the WPT folders the subset covers, in report order.
var wptAreas = []string{"url", "encoding", "fetch/api", "streams", "dom", "FileAPI", "WebCryptoAPI"}

// wptFloor is the number of subtests per area Comet passed when it was
// last measured (see docs/compatibility.md); fewer is a regression.
var wptFloor = map[string]int{
	"url":          2067,
	"encoding":     11117,
	"fetch/api":    439,
	"streams":      868,
	"dom":          71,
	"FileAPI":      156,
	"WebCryptoAPI": 16604,
}

// wptDeadline is how long one test file may run before its pending
// subtests count as timed out (longer under the race detector, which slows
// goja several times); wptHardLimit stops a runtime stuck in synchronous
// code.
const (
	wptDeadline  = raceSlowdown * 20 * time.Second
	wptHardLimit = wptDeadline + 10*time.Second
)

// wptDOMOnly matches the subtests of a .window.js file that need DOM
// elements (<a>, <area>), which neither Comet nor Node has; they are left
// out of both counts.
var wptDOMOnly = regexp.MustCompile(`\(using <(a|area)>`)

// wptArea returns the area a test file belongs to.
func wptArea(test string) string {
	for _, a := range wptAreas {
		if strings.HasPrefix(test, a+"/") {
			return a
		}
	}
	return ""
}

func wptRate(pass, total int) string {
	if total == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d (%.1f%%)", pass, total, 100*float64(pass)/float64(total))
}

// wptTests lists the test files of testdata/wpt (.any.js and .window.js;
// the other files are their scripts and resources), slash paths relative
// to it, sorted. A file split into variants (// META: variant=?1-1000) is
// listed once per variant, with the variant's query appended, as WPT runs
// it: each part gets its own runtime and time limit.
func wptTests(t *testing.T) []string {
	t.Helper()
	var tests []string
	err := filepath.WalkDir("testdata/wpt", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !(strings.HasSuffix(p, ".any.js") || strings.HasSuffix(p, ".window.js")) {
			return nil
		}
		rel, _ := filepath.Rel("testdata/wpt", p)
		rel = filepath.ToSlash(rel)
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		variants := wptVariant.FindAllStringSubmatch(string(src), -1)
		if len(variants) == 0 {
			tests = append(tests, rel)
		}
		for _, v := range variants {
			tests = append(tests, rel+v[1])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(tests)
	if only := os.Getenv("COMET_WPT_ONLY"); only != "" {
		var kept []string
		for _, test := range tests {
			if strings.HasPrefix(test, only) {
				kept = append(kept, test)
			}
		}
		tests = kept
	}
	if len(tests) == 0 {
		t.Fatal("no test files under testdata/wpt")
	}
	return tests
}

// A wptScript is one classic script of a test page.
type wptScript struct {
	Name string `json:"name"`
	Code string `json:"code"`
}

// A wptPlan is what both runners get for one test file: the scripts in
// page order (the shim, testharness.js, the report hook, the META
// scripts, the test) and the resource files fetch() may ask for.
type wptPlan struct {
	Test     string            `json:"test"`
	Variant  string            `json:"variant"` // location.search, "" or a // META: variant=
	Files    map[string]string `json:"files"`
	Deadline int64             `json:"deadline"`
	Scripts  []wptScript       `json:"scripts"`
}

// wptReport is the harness's result for one file (testharness.js's
// status codes: subtest 0 = PASS; harness 0 = OK).
type wptReport struct {
	Status  int    `json:"status"`
	Message string `json:"message"`
	Tests   []struct {
		Name    string `json:"name"`
		Status  int    `json:"status"`
		Message string `json:"message"`
	} `json:"tests"`
	Err string `json:"error,omitempty"` // the runner's own failure: no report
}

// count returns the passing and the counted subtests.
func (r wptReport) count() (pass, total int) {
	for _, st := range r.Tests {
		if wptDOMOnly.MatchString(st.Name) {
			continue
		}
		total++
		if st.Status == 0 {
			pass++
		}
	}
	return pass, total
}

var (
	wptMeta    = regexp.MustCompile(`(?m)^// META: script=(\S+)`)
	wptVariant = regexp.MustCompile(`(?m)^// META: variant=(\S*)`)
)

// wptPlanFor builds the plan of one test file (with its variant's query,
// if any).
func wptPlanFor(test string) (wptPlan, error) {
	variant := ""
	if i := strings.IndexByte(test, '?'); i >= 0 {
		test, variant = test[:i], test[i:]
	}
	read := func(rel string) (string, error) {
		b, err := os.ReadFile(filepath.Join("testdata/wpt", filepath.FromSlash(rel)))
		return string(b), err
	}
	harness := func(name string) (wptScript, error) {
		b, err := os.ReadFile(filepath.Join("testdata/harness", name))
		return wptScript{Name: name, Code: string(b)}, err
	}
	p := wptPlan{Test: test, Variant: variant, Files: map[string]string{}, Deadline: wptDeadline.Milliseconds()}
	before, err := harness("wpt-before.js")
	if err != nil {
		return p, err
	}
	th, err := read("resources/testharness.js")
	if err != nil {
		return p, err
	}
	after, err := harness("wpt-after.js")
	if err != nil {
		return p, err
	}
	p.Scripts = append(p.Scripts, before, wptScript{"resources/testharness.js", th}, after)
	src, err := read(test)
	if err != nil {
		return p, err
	}
	for _, m := range wptMeta.FindAllStringSubmatch(src, -1) {
		rel := m[1]
		if strings.HasPrefix(rel, "/") {
			rel = rel[1:]
		} else {
			rel = path.Join(path.Dir(test), rel)
		}
		code, err := read(rel)
		if err != nil {
			return p, fmt.Errorf("wpt: %s: META script: %w", test, err)
		}
		p.Scripts = append(p.Scripts, wptScript{rel, code})
	}
	if strings.HasSuffix(test, ".window.js") {
		// A window test may touch `document`; give it one whose elements
		// cannot be made, in its own scope, so that testharness.js still
		// sees a shell (those subtests are wptDOMOnly).
		src = "(function (document) {\n" + src + "\n})({ createElement() { throw new TypeError('wpt: no DOM here'); } });"
	}
	p.Scripts = append(p.Scripts, wptScript{test, src})
	// The JSON resources next to the test are what it fetches.
	res := path.Join(path.Dir(test), "resources")
	entries, _ := os.ReadDir(filepath.Join("testdata/wpt", filepath.FromSlash(res)))
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".json") {
			data, err := read(path.Join(res, e.Name()))
			if err != nil {
				return p, err
			}
			p.Files[path.Join(res, e.Name())] = data
		}
	}
	return p, nil
}

// wptRunAll runs every test with run, two at a time (the machine is
// shared), and returns the reports by test.
func wptRunAll(tests []string, run func(wptPlan) wptReport) map[string]wptReport {
	out := make(map[string]wptReport, len(tests))
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for _, test := range tests {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			p, err := wptPlanFor(test)
			var r wptReport
			if err != nil {
				r.Err = err.Error()
			} else {
				r = run(p)
			}
			mu.Lock()
			out[test] = r
			mu.Unlock()
		}()
	}
	wg.Wait()
	return out
}

// wptSupported mirrors the features internal/bundle has esbuild lower for
// goja (its `supported` map), so the tests run as endpoint code would.
var wptSupported = map[string]bool{
	"async-generator":                 false,
	"for-await":                       false,
	"regexp-unicode-property-escapes": false,
	"regexp-sticky-and-unicode-flags": false,
	"regexp-set-notation":             false,
}

// wptComet runs a plan in a fresh Comet runtime (jsrt, with every global
// an endpoint sees).
func wptComet(p wptPlan) wptReport {
	r, err := jsrt.New(jsrt.Options{Root: os.TempDir()})
	if err != nil {
		return wptReport{Err: err.Error()}
	}
	defer r.Close()
	var scripts []*goja.Program
	var loadErrs []string
	for _, s := range p.Scripts {
		res := api.Transform(s.Code, api.TransformOptions{Target: api.ES2020, Supported: wptSupported, Charset: api.CharsetUTF8, Sourcefile: s.Name})
		if len(res.Errors) > 0 {
			loadErrs = append(loadErrs, fmt.Sprintf("%s: esbuild: %s", s.Name, res.Errors[0].Text))
			continue
		}
		prog, err := wptCompile(s.Name, string(res.Code))
		if err != nil {
			loadErrs = append(loadErrs, err.Error())
			continue
		}
		scripts = append(scripts, prog)
	}
	ctx, cancel := context.WithTimeout(context.Background(), wptHardLimit)
	defer cancel()
	out, err := jsrt.Await(ctx, r, func(vm *goja.Runtime) (goja.Value, error) {
		promise, resolve, _ := vm.NewPromise()
		files := vm.NewObject()
		for k, v := range p.Files {
			files.Set(k, v)
		}
		g := vm.GlobalObject()
		g.Set("__wptTest", p.Test)
		g.Set("__wptVariant", p.Variant)
		g.Set("__wptFiles", files)
		g.Set("__wptDeadline", p.Deadline)
		g.Set("__wptReport", func(s string) { resolve(s) })
		// The scripts run from one call, so that no microtask runs
		// between them: testharness.js's shell environment takes the
		// first microtask to mean every test is defined (a worker loads
		// them in one task). As in a browser, a script that throws does
		// not stop the next one, and ends the file (testharness.js's
		// done(), which its error handler calls in a browser).
		g.Set("__wptLoad", func() {
			for _, prog := range scripts {
				if _, err := vm.RunProgram(prog); err != nil {
					loadErrs = append(loadErrs, err.Error())
					if done, ok := goja.AssertFunction(g.Get("done")); ok {
						done(goja.Undefined())
					}
				}
			}
		})
		if _, err := vm.RunString("__wptLoad()"); err != nil {
			return nil, err
		}
		return vm.ToValue(promise), nil
	}, func(vm *goja.Runtime, v goja.Value) (string, error) { return v.String(), nil })
	var rep wptReport
	if err != nil {
		rep.Err = err.Error()
		return rep
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		rep.Err = err.Error()
	}
	if len(loadErrs) > 0 {
		rep.Err = strings.Join(loadErrs, "\n")
	}
	return rep
}

// wptCompile is goja.Compile with a panic in the compiler (goja has a
// few) turned into an error.
func wptCompile(name, src string) (prog *goja.Program, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s: goja compiler panic: %v", name, p)
		}
	}()
	return goja.Compile(name, src, false)
}

// wptNode runs a plan in a fresh Node process (testdata/harness/wpt-node.mjs).
func wptNode(node string, p wptPlan) wptReport {
	var rep wptReport
	dir, err := os.MkdirTemp("", "wpt-")
	if err != nil {
		rep.Err = err.Error()
		return rep
	}
	defer os.RemoveAll(dir)
	planFile := filepath.Join(dir, "plan.json")
	data, _ := json.Marshal(p)
	if err := os.WriteFile(planFile, data, 0o644); err != nil {
		rep.Err = err.Error()
		return rep
	}
	driver, _ := filepath.Abs("testdata/harness/wpt-node.mjs")
	ctx, cancel := context.WithTimeout(context.Background(), wptHardLimit)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, driver, planFile)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TZ=UTC", "NODE_NO_WARNINGS=1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil && len(out) == 0 {
		rep.Err = fmt.Sprintf("node: %v: %s", err, clip(stderr.String()))
		return rep
	}
	if err := json.Unmarshal(out, &rep); err != nil {
		rep.Err = fmt.Sprintf("node: %v: %s", err, clip(stderr.String()))
	}
	if s := stderr.String(); s != "" && rep.Err == "" {
		rep.Err = clip(s)
	}
	return rep
}

// wptDump writes each report as dir/<test>.json.
func wptDump(t *testing.T, dir string, reports map[string]wptReport) {
	for test, r := range reports {
		data, err := json.MarshalIndent(r, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, test+".json", data)
	}
}
