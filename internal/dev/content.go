package dev

import (
	"path/filepath"
	"strings"
	"sync"
)

// contentWatch makes the watcher follow the folders content loaders read
// outside src/ (a glob loader with base './content', a file loader on
// './data/x.json'): src/ is watched already, and a change anywhere watched
// loads a new app, whose runtimes read the collections again.
type contentWatch struct {
	mu   sync.Mutex
	w    *watcher
	dirs map[string]bool
}

func (d *devServer) setWatcher(w *watcher) {
	d.content.mu.Lock()
	d.content.w = w
	dirs := make([]string, 0, len(d.content.dirs))
	for dir := range d.content.dirs {
		dirs = append(dirs, dir)
	}
	d.content.mu.Unlock()
	for _, dir := range dirs {
		w.addTree(dir)
	}
}

// contentRead is app.App.OnContentRead: called from runtimes' loops.
func (d *devServer) contentRead(dir string) {
	if rel, err := filepath.Rel(d.cfg.SrcDir, dir); err == nil && !strings.HasPrefix(rel, "..") {
		return // under src/: watched already
	}
	d.content.mu.Lock()
	if d.content.dirs == nil {
		d.content.dirs = map[string]bool{}
	}
	if d.content.dirs[dir] {
		d.content.mu.Unlock()
		return
	}
	d.content.dirs[dir] = true
	w := d.content.w
	d.content.mu.Unlock()
	if w != nil {
		w.addTree(dir)
	}
}
