// Package session is the Go half of Astro's sessions (context.session):
// the stores Astro's unstorage drivers write — fs-lite (the node adapter's
// default), redis and memory — with the same key and file layout, so a
// store written by Astro reads in Comet and back, and the JS half
// (session.js, with the devalue library Astro serialises values with: the
// copy actions use, internal/bundle's DevalueScript).
//
// Store calls run on their own goroutines (jsrt.Async): a slow or absent
// Redis delays only the requests that wait for it.
package session

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/comet-dev/comet/internal/bundle"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/dop251/goja"
)

// Store is a session store: one devalue string per session id.
type Store interface {
	// Get returns the stored value; ok=false when there is none.
	Get(ctx context.Context, id string) (value string, ok bool, err error)
	Set(ctx context.Context, id, value string) error
	Remove(ctx context.Context, id string) error
	Close() error
}

// OpTimeout bounds one store call, so a store that went away fails the
// request with an error instead of holding it.
var OpTimeout = 5 * time.Second

// Open makes the store cfg describes.
func Open(cfg *config.Session) (Store, error) {
	switch cfg.Driver {
	case "fs-lite":
		base, _ := cfg.Options["base"].(string)
		return NewFS(base), nil
	case "redis":
		return NewRedis(cfg.Options)
	case "memory":
		return NewMemory(), nil
	}
	return nil, fmt.Errorf("session: driver %q is not implemented", cfg.Driver)
}

//go:embed session.js
var sessionSource string

var compile = sync.OnceValues(func() (*jsrt.Program, error) {
	devalue, err := bundle.DevalueScript()
	if err != nil {
		return nil, err
	}
	return jsrt.Compile("comet:session.js", devalue+"\n"+sessionSource)
})

// Program returns the compiled JS half (devalue and AstroSession); run it
// before the endpoint runtime's requests.
func Program() (*jsrt.Program, error) { return compile() }

// Options are what Setup needs besides the store.
type Options struct {
	// Config is the session config; nil turns sessions off
	// (context.session is undefined, as in Astro without a driver).
	Config *config.Session
	// Store is where sessions live; nil keeps them for the request only
	// (prerendered routes at build time: `comet build` keeps no session
	// data).
	Store Store
	// Production sets the cookie's Secure attribute, as Astro does when
	// it runs in production.
	Production bool
}

// Setup installs __cometSessionConfig and the store natives the JS half
// uses; call it from jsrt.Options.Setup.
func Setup(vm *goja.Runtime, o Options) error {
	if o.Config == nil {
		return nil
	}
	cfg := vm.NewObject()
	cfg.Set("driver", o.Config.Driver)
	if o.Config.Cookie != nil {
		cfg.Set("cookie", o.Config.Cookie)
	}
	if o.Config.TTL != nil {
		cfg.Set("ttl", *o.Config.TTL)
	}
	cfg.Set("production", o.Production)
	store := vm.NewObject()
	st := o.Store
	if st != nil {
		store.Set("get", func(id string) goja.Value {
			return jsrt.Async(vm, func() (any, error) {
				ctx, cancel := context.WithTimeout(context.Background(), OpTimeout)
				defer cancel()
				v, ok, err := st.Get(ctx, id)
				if err != nil || !ok {
					return nil, storeError(o.Config.Driver, err)
				}
				return v, nil
			})
		})
		store.Set("set", func(id, value string) goja.Value {
			return jsrt.Async(vm, func() (any, error) {
				ctx, cancel := context.WithTimeout(context.Background(), OpTimeout)
				defer cancel()
				return nil, storeError(o.Config.Driver, st.Set(ctx, id, value))
			})
		})
		store.Set("remove", func(id string) goja.Value {
			return jsrt.Async(vm, func() (any, error) {
				ctx, cancel := context.WithTimeout(context.Background(), OpTimeout)
				defer cancel()
				return nil, storeError(o.Config.Driver, st.Remove(ctx, id))
			})
		})
	}
	cfg.Set("store", store)
	return vm.Set("__cometSessionConfig", cfg)
}

// storeError names the driver in a store's error, so the 500's log line
// says where the session was going.
func storeError(driver string, err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if errors.Is(err, context.DeadlineExceeded) {
		msg = "no answer within " + OpTimeout.String()
	}
	return fmt.Errorf("session store %s: %s", driver, strings.TrimPrefix(msg, "session: "))
}

// shared holds one store per distinct config for the process, as Astro
// shares one unstorage instance per driver: every runtime (and every app
// `comet dev` reloads) uses the same connections.
var shared = struct {
	sync.Mutex
	m map[string]Store
}{m: map[string]Store{}}

// Shared returns the process's store for cfg, opening it on first use.
func Shared(cfg *config.Session) (Store, error) {
	key, err := json.Marshal(cfg)
	if err != nil {
		return nil, err
	}
	shared.Lock()
	defer shared.Unlock()
	if st, ok := shared.m[string(key)]; ok {
		return st, nil
	}
	st, err := Open(cfg)
	if err != nil {
		return nil, err
	}
	shared.m[string(key)] = st
	return st, nil
}
