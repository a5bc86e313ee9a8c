package session

import (
	"context"
	"testing"
	"time"
)

// TestRedisOptions reads the driver's options as unstorage and ioredis do.
func TestRedisOptions(t *testing.T) {
	for _, tc := range []struct {
		name             string
		opts             map[string]any
		addr, user, pass string
		db               int
		key              string
		ttl              time.Duration
	}{
		{"defaults", map[string]any{}, "localhost:6379", "", "", 0, "ID", 0},
		{"url", map[string]any{"url": "redis://u:p@10.0.0.1:6380/2", "base": "app:", "ttl": 60.0}, "10.0.0.1:6380", "u", "p", 2, "app:ID", time.Minute},
		{"fields", map[string]any{"host": "cache", "port": 7000.0, "username": "a", "password": "b", "db": 3.0, "base": "s"}, "cache:7000", "a", "b", 3, "s:ID", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := NewRedis(tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			o := r.client.Options()
			if o.Addr != tc.addr || o.Username != tc.user || o.Password != tc.pass || o.DB != tc.db {
				t.Errorf("options %s %q %q %d", o.Addr, o.Username, o.Password, o.DB)
			}
			if k := r.key("ID"); k != tc.key {
				t.Errorf("key %q, want %q", k, tc.key)
			}
			if r.ttl != tc.ttl {
				t.Errorf("ttl %v", r.ttl)
			}
		})
	}
	if _, err := NewRedis(map[string]any{"url": "http://x"}); err == nil {
		t.Error("an http url was accepted")
	}
}

// TestFSKeys: unstorage's fs-lite layout (":" makes folders) and no
// escape from the base folder.
func TestFSKeys(t *testing.T) {
	dir := t.TempDir()
	s := NewFS(dir)
	ctx := context.Background()
	if err := s.Set(ctx, "a:b", "x"); err != nil {
		t.Fatal(err)
	}
	if v, ok, err := s.Get(ctx, "a:b"); err != nil || !ok || v != "x" {
		t.Fatalf("get: %q %v %v", v, ok, err)
	}
	if _, ok, _ := s.Get(ctx, "missing"); ok {
		t.Error("a missing key was found")
	}
	for _, bad := range []string{"../x", "/etc/passwd", "a/../../x"} {
		if err := s.Set(ctx, bad, "x"); err == nil {
			t.Errorf("%q was written", bad)
		}
	}
	if err := s.Remove(ctx, "a:b"); err != nil {
		t.Fatal(err)
	}
	if err := s.Remove(ctx, "a:b"); err != nil {
		t.Errorf("removing twice: %v", err)
	}
}
