package dev

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/comet-dev/comet/internal/config"
	"github.com/fsnotify/fsnotify"
)

// batchDelay is how long the watcher waits for more events before it
// reports a batch: an editor's save is often several events.
const batchDelay = 100 * time.Millisecond

// watcher watches the project's folders (fsnotify is not recursive, so
// every folder is added, and new folders as they appear) and sends batches
// of changed paths.
type watcher struct {
	fs      *fsnotify.Watcher
	batches chan []string
	root    string
	// stop is closed by Close: a batch nobody will take is dropped.
	stop      chan struct{}
	closeOnce sync.Once
	// done is closed when loop has ended.
	done chan struct{}
}

func newWatcher(cfg *config.Config) (*watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{fs: fw, batches: make(chan []string), root: cfg.Root, stop: make(chan struct{}), done: make(chan struct{})}
	// The root itself, for the config and .env files (not recursively).
	if err := fw.Add(cfg.Root); err != nil {
		fw.Close()
		return nil, err
	}
	for _, dir := range []string{cfg.SrcDir, cfg.PublicDir} {
		w.addTree(dir)
	}
	go w.loop()
	return w, nil
}

func (w *watcher) addTree(dir string) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if name := d.Name(); p != dir && (name == "node_modules" || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			w.fs.Add(p)
		}
		return nil
	})
}

// relevant filters events at the root to the config and .env files.
func (w *watcher) relevant(p string) bool {
	if filepath.Dir(p) != w.root {
		return true
	}
	base := filepath.Base(p)
	return strings.HasPrefix(base, "astro.config.") || strings.HasPrefix(base, ".env")
}

func (w *watcher) loop() {
	defer close(w.done)
	pending := map[string]bool{}
	var timer *time.Timer
	var fire <-chan time.Time
	for {
		select {
		case ev, ok := <-w.fs.Events:
			if !ok {
				close(w.batches)
				return
			}
			if ev.Op&fsnotify.Create != 0 {
				if st, err := os.Stat(ev.Name); err == nil && st.IsDir() {
					w.addTree(ev.Name)
				}
			}
			if ev.Op == fsnotify.Chmod || !w.relevant(ev.Name) {
				continue
			}
			pending[ev.Name] = true
			if timer == nil {
				timer = time.NewTimer(batchDelay)
			} else {
				timer.Reset(batchDelay)
			}
			fire = timer.C
		case <-fire:
			batch := make([]string, 0, len(pending))
			for p := range pending {
				batch = append(batch, p)
			}
			sort.Strings(batch)
			pending = map[string]bool{}
			fire = nil
			select {
			case w.batches <- batch:
			case <-w.stop:
				close(w.batches)
				return
			}
		case _, ok := <-w.fs.Errors:
			if !ok {
				close(w.batches)
				return
			}
		}
	}
}

// Close stops watching; the loop ends, closing batches, even when no one
// takes its last batch. Calling it again does nothing.
func (w *watcher) Close() error {
	var err error
	w.closeOnce.Do(func() {
		close(w.stop)
		err = w.fs.Close()
	})
	return err
}
