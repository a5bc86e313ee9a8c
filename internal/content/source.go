package content

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/dop251/goja"
)

// Source answers loader requests (JSON in, JSON out; see Load).
type Source func(req string) (string, error)

// Files is the Source that reads the project's files (dev and build).
// onRead, if set, is told each folder a loader reads (comet dev watches
// them).
func Files(root string, onRead func(dir string)) Source {
	return func(req string) (string, error) {
		if onRead != nil {
			if dir := readDir(root, req); dir != "" {
				onRead(dir)
			}
		}
		return Load(root, req)
	}
}

// readDir is the folder a request reads: the glob loader's base, the file
// loader's folder.
func readDir(root, reqJSON string) string {
	var req Request
	if json.Unmarshal([]byte(reqJSON), &req) != nil {
		return ""
	}
	switch req.Loader {
	case "glob", "folders":
		return resolveBase(root, req.Base)
	case "file":
		return filepath.Dir(resolveBase(root, req.File))
	}
	return ""
}

// Snapshot is a set of answers kept from a build: a server build stores
// one (dist/server/content.json) so the server needs no content files.
type Snapshot struct {
	mu      sync.Mutex
	answers map[string]string
}

// Record wraps src so that every answer it gives is kept in s.
func (s *Snapshot) Record(src Source) Source {
	return func(req string) (string, error) {
		out, err := src(req)
		if err == nil {
			s.mu.Lock()
			if s.answers == nil {
				s.answers = map[string]string{}
			}
			s.answers[req] = out
			s.mu.Unlock()
		}
		return out, err
	}
}

// Source answers from the snapshot only.
func (s *Snapshot) Source() Source {
	return func(req string) (string, error) {
		s.mu.Lock()
		defer s.mu.Unlock()
		if out, ok := s.answers[req]; ok {
			return out, nil
		}
		return "", fmt.Errorf("content: %s was not loaded when the server was built", req)
	}
}

// Len is the number of answers kept.
func (s *Snapshot) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.answers)
}

// WriteFile stores the snapshot as JSON.
func (s *Snapshot) WriteFile(name string) error {
	s.mu.Lock()
	data, err := json.Marshal(s.answers)
	s.mu.Unlock()
	if err != nil {
		return err
	}
	return os.WriteFile(name, data, 0o644)
}

// ReadSnapshot loads a snapshot written by WriteFile; a missing file is
// an empty snapshot.
func ReadSnapshot(name string) (*Snapshot, error) {
	s := &Snapshot{answers: map[string]string{}}
	data, err := os.ReadFile(name)
	if errors.Is(err, os.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, &s.answers); err != nil {
		return nil, fmt.Errorf("content: reading %s: %w", name, err)
	}
	return s, nil
}

// Setup installs __cometContent (load, digest, log), which content.js
// calls; call it from jsrt.Options.Setup. console receives the loaders'
// log lines under their own label ("glob-loader", "content"), as Astro
// labels them; nil drops them.
func Setup(vm *goja.Runtime, src Source, console func(level, msg, source string)) error {
	o := vm.NewObject()
	o.Set("load", func(req string) string {
		out, err := src(req)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return out
	})
	o.Set("digest", digest)
	o.Set("log", func(level, label, msg string) {
		if console != nil {
			console(level, msg, label)
		}
	})
	return vm.Set("__cometContent", o)
}

// Memo answers each request once and then from memory: the files of one
// loaded app do not change under it (comet dev loads a new app when they
// do), and a build's runtimes would otherwise each parse and render every
// collection again.
func Memo(src Source) Source {
	var mu sync.Mutex
	answers := map[string]string{}
	return func(req string) (string, error) {
		mu.Lock()
		out, ok := answers[req]
		mu.Unlock()
		if ok {
			return out, nil
		}
		out, err := src(req)
		if err != nil {
			return "", err
		}
		mu.Lock()
		answers[req] = out
		mu.Unlock()
		return out, nil
	}
}
