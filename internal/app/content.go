package app

import (
	"context"
	_ "embed"
	"path/filepath"
	"strings"
	"time"

	"github.com/comet-dev/comet/internal/content"
	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/dop251/goja"
)

// ContentFile is dist/server/content.json: what the content loaders read
// at build time, so the server answers getCollection without the files.
const ContentFile = "content.json"

// loadAllContent initialises every route module, then loads every
// collection of the content config (content.js sets
// __cometContentLoadAll when astro:content is part of the bundle).
//
//go:embed content_loadall.js
var loadAllContent string

// ContentSnapshot loads every content collection once, recording what the
// loaders read. The bundle must not use astro:content's loaders at all for
// the snapshot to be empty (Len() == 0).
func (a *App) ContentSnapshot(ctx context.Context, console func(level, msg, source string)) (*content.Snapshot, error) {
	if !strings.Contains(a.Bundle.Code, "__cometContentLoadAll") {
		return &content.Snapshot{}, nil
	}
	snap := &content.Snapshot{}
	b := &App{Config: a.Config, Routes: a.Routes, Middleware: a.Middleware, Bundle: a.Bundle, programs: a.programs}
	b.content = snap.Record(a.contentSource())
	rt, err := b.NewRuntime(RuntimeOptions{Console: console})
	if err != nil {
		return nil, err
	}
	defer rt.Close()
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	_, err = jsrt.Await(ctx, rt,
		func(vm *goja.Runtime) (goja.Value, error) { return vm.RunString(loadAllContent) },
		func(vm *goja.Runtime, v goja.Value) (struct{}, error) { return struct{}{}, nil })
	if err != nil {
		return nil, err
	}
	return snap, nil
}

// useContentSnapshot makes a loaded server build answer from its stored
// snapshot.
func (a *App) useContentSnapshot(serverDir string) error {
	snap, err := content.ReadSnapshot(filepath.Join(serverDir, ContentFile))
	if err != nil {
		return err
	}
	a.content = snap.Source()
	return nil
}
