package build

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// stage is a temporary output folder beside outDir. commit swaps it in with
// renames (atomic on one file system); cleanup removes what is left, so a
// failed build never touches the previous output.
type stage struct {
	out  string // the final outDir
	dir  string // the folder being written
	done bool
}

func newStage(outDir string) (*stage, error) {
	parent := filepath.Dir(outDir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("build: creating %s: %w", parent, err)
	}
	removeStale(outDir)
	// The pid in the name tells a later build whether the folder's build
	// is still running (see removeStale).
	dir, err := os.MkdirTemp(parent, fmt.Sprintf("%s%d-", filepath.Base(tmpPrefix(outDir)), os.Getpid()))
	if err != nil {
		return nil, fmt.Errorf("build: creating a temporary output folder: %w", err)
	}
	if err := os.Chmod(dir, 0o755); err != nil { // MkdirTemp makes it 0700
		os.RemoveAll(dir)
		return nil, err
	}
	return &stage{out: outDir, dir: dir}, nil
}

// commit replaces outDir with the staged folder.
func (s *stage) commit() error {
	old := ""
	if _, err := os.Lstat(s.out); err == nil {
		old = fmt.Sprintf("%s%d-%d", oldPrefix(s.out), os.Getpid(), time.Now().UnixNano())
		if err := os.Rename(s.out, old); err != nil {
			return fmt.Errorf("build: moving the previous output aside: %w", err)
		}
	}
	if err := os.Rename(s.dir, s.out); err != nil {
		if old != "" {
			os.Rename(old, s.out) // put the previous output back
		}
		return fmt.Errorf("build: moving the new output in place: %w", err)
	}
	s.done = true
	if old != "" {
		os.RemoveAll(old)
	}
	return nil
}

func (s *stage) cleanup() {
	if !s.done {
		os.RemoveAll(s.dir)
	}
}

// tmpPrefix and oldPrefix start the names of the folders a build makes
// beside outDir: the output being written, and the previous output while
// the new one is moved in.
func tmpPrefix(outDir string) string {
	return filepath.Join(filepath.Dir(outDir), "."+filepath.Base(outDir)+".comet-tmp-")
}

func oldPrefix(outDir string) string { return outDir + ".comet-old-" }

// removeStale removes the folders a killed build (SIGKILL, a crash, power
// loss) left beside outDir: only names Comet makes, and only when the
// build that made them is no longer running. A previous output set aside
// is removed only when outDir exists (otherwise it is the only copy).
func removeStale(outDir string) {
	_, outErr := os.Lstat(outDir)
	for _, prefix := range []string{tmpPrefix(outDir), oldPrefix(outDir)} {
		matches, _ := filepath.Glob(globEscape(prefix) + "*")
		for _, m := range matches {
			if prefix == oldPrefix(outDir) && outErr != nil {
				continue
			}
			if st, err := os.Lstat(m); err != nil || !st.IsDir() {
				continue
			}
			if pid, ok := builderPid(strings.TrimPrefix(m, prefix)); ok && processRunning(pid) {
				continue
			}
			os.RemoveAll(m)
		}
	}
}

// builderPid reads the pid at the start of a stage folder's suffix
// ("<pid>-<random>"); folders from before pids were written have none.
func builderPid(suffix string) (int, bool) {
	head, _, ok := strings.Cut(suffix, "-")
	if !ok {
		return 0, false
	}
	pid, err := strconv.Atoi(head)
	return pid, err == nil && pid > 0
}

// processRunning reports whether pid is a live process (signal 0 checks
// without sending anything; EPERM means it exists under another user).
func processRunning(pid int) bool {
	if pid == os.Getpid() {
		return true
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

func globEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[\\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
