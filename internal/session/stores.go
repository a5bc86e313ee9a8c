package session

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// FS is unstorage's fs-lite driver: one file per session, named by its id
// (":" in a key becomes a folder), holding the devalue string.
type FS struct{ base string }

// NewFS is a file store under base.
func NewFS(base string) *FS { return &FS{base: base} }

func (s *FS) path(id string) (string, error) {
	rel := filepath.FromSlash(strings.ReplaceAll(id, ":", "/"))
	if !filepath.IsLocal(rel) {
		return "", fmt.Errorf("session: invalid key %q", id)
	}
	return filepath.Join(s.base, rel), nil
}

// Get reads the session's file.
func (s *FS) Get(_ context.Context, id string) (string, bool, error) {
	p, err := s.path(id)
	if err != nil {
		return "", false, err
	}
	b, err := os.ReadFile(p)
	if errors.Is(err, os.ErrNotExist) {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	return string(b), true, nil
}

// Set writes the session's file (through a temporary file, so a reader
// never sees half a session).
func (s *FS) Set(_ context.Context, id, value string) error {
	p, err := s.path(id)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if errors.Is(err, os.ErrNotExist) { // the first session: make the folder
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		tmp, err = os.CreateTemp(filepath.Dir(p), ".tmp-*")
	}
	if err != nil {
		return err
	}
	if _, err := tmp.WriteString(value); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), p)
}

// Remove deletes the session's file.
func (s *FS) Remove(_ context.Context, id string) error {
	p, err := s.path(id)
	if err != nil {
		return err
	}
	if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

// Close does nothing.
func (s *FS) Close() error { return nil }

// Memory is unstorage's memory driver: sessions live as long as the
// process (shared by all its runtimes).
type Memory struct {
	mu sync.Mutex
	m  map[string]string
}

// NewMemory is an empty memory store.
func NewMemory() *Memory { return &Memory{m: map[string]string{}} }

// Get returns the value.
func (s *Memory) Get(_ context.Context, id string) (string, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[id]
	return v, ok, nil
}

// Set stores the value.
func (s *Memory) Set(_ context.Context, id, value string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[id] = value
	return nil
}

// Remove deletes the value.
func (s *Memory) Remove(_ context.Context, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, id)
	return nil
}

// Close does nothing.
func (s *Memory) Close() error { return nil }

// Redis is unstorage's redis driver: the key is base + ":" + id (or the
// id alone), the value the devalue string, SET with EX when the driver
// has a ttl, UNLINK to remove.
type Redis struct {
	client *redis.Client
	base   string
	ttl    time.Duration
}

// NewRedis reads the driver's options as unstorage and ioredis do: url
// (redis://user:pass@host:port/db) first, then host, port, username,
// password, db; base and ttl (seconds) are unstorage's.
func NewRedis(opts map[string]any) (*Redis, error) {
	var o *redis.Options
	if u, _ := opts["url"].(string); u != "" {
		var err error
		o, err = redis.ParseURL(u)
		if err != nil {
			return nil, fmt.Errorf("session: redis url: %w", err)
		}
	} else {
		host, _ := opts["host"].(string)
		if host == "" {
			host = "localhost"
		}
		port := "6379"
		switch p := opts["port"].(type) {
		case float64:
			port = strconv.Itoa(int(p))
		case int64:
			port = strconv.FormatInt(p, 10)
		case string:
			port = p
		}
		o = &redis.Options{Addr: net.JoinHostPort(host, port)}
	}
	if s, ok := opts["username"].(string); ok {
		o.Username = s
	}
	if s, ok := opts["password"].(string); ok {
		o.Password = s
	}
	switch d := opts["db"].(type) {
	case float64:
		o.DB = int(d)
	case int64:
		o.DB = int(d)
	}
	// A store that went away must fail a request quickly, not hold it.
	o.DialTimeout, o.ReadTimeout, o.WriteTimeout = 2*time.Second, 2*time.Second, 2*time.Second
	o.MaxRetries = 1
	quietOnce.Do(func() { redis.SetLogger(quiet{}) })
	r := &Redis{client: redis.NewClient(o)}
	if b, ok := opts["base"].(string); ok {
		r.base = strings.TrimSuffix(b, ":")
	}
	switch t := opts["ttl"].(type) {
	case float64:
		r.ttl = time.Duration(t * float64(time.Second))
	case int64:
		r.ttl = time.Duration(t) * time.Second
	}
	return r, nil
}

// key is unstorage's joinKeys(base, id).
func (s *Redis) key(id string) string {
	if s.base == "" {
		return id
	}
	return s.base + ":" + id
}

// Get reads the key.
func (s *Redis) Get(ctx context.Context, id string) (string, bool, error) {
	v, err := s.client.Get(ctx, s.key(id)).Result()
	if errors.Is(err, redis.Nil) {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	return v, true, nil
}

// Set writes the key (with the driver's ttl).
func (s *Redis) Set(ctx context.Context, id, value string) error {
	return s.client.Set(ctx, s.key(id), value, s.ttl).Err()
}

// Remove unlinks the key.
func (s *Redis) Remove(ctx context.Context, id string) error {
	return s.client.Unlink(ctx, s.key(id)).Err()
}

// Close closes the connections.
func (s *Redis) Close() error { return s.client.Close() }

// quiet drops go-redis's own log lines: a failed store call already fails
// its request with the error in Comet's log.
type quiet struct{}

func (quiet) Printf(context.Context, string, ...any) {}

var quietOnce sync.Once
