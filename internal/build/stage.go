package build

import (
	"fmt"
	"os"
	"path/filepath"
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
	dir, err := os.MkdirTemp(parent, "."+filepath.Base(outDir)+".comet-tmp-")
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
		old = fmt.Sprintf("%s.comet-old-%d", s.out, time.Now().UnixNano())
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
