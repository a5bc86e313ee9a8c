package cli

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/dev"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/server"
)

func runDev(ctx context.Context, f *flags, log *diag.Logger) error {
	cfg, err := config.Load(f.rootDir(), f.overrides(config.ModeDevelopment))
	if err != nil {
		return err
	}
	host, port := listenAddr(f, cfg)
	return dev.Run(ctx, cfg, dev.Options{
		Log: log, Host: host, Port: port, Overrides: f.overrides(config.ModeDevelopment), Version: Version,
		MethodNotAllowed: f.methodNotAllowed, Limits: f.limits,
	})
}

func runPreview(ctx context.Context, f *flags, log *diag.Logger) error {
	start := time.Now()
	cfg, err := config.Load(f.rootDir(), f.overrides(config.ModeProduction))
	if err != nil {
		return err
	}
	var h *server.Handler
	if _, statErr := os.Stat(filepath.Join(cfg.OutDir, app.ServerDir, app.ManifestFile)); statErr == nil {
		a, m, err := app.LoadBuilt(cfg.Root, cfg.OutDir)
		if err != nil {
			return err
		}
		h, err = server.New(a, server.Options{Log: log, ClientDir: filepath.Join(cfg.OutDir, app.ClientDir), Files: m.Files, MethodNotAllowed: f.methodNotAllowed, Limits: f.limits, Workers: f.workers})
		if err != nil {
			return err
		}
	} else {
		if _, err := os.Stat(cfg.OutDir); err != nil {
			return fmt.Errorf("preview: %s does not exist; run `comet build` first", cfg.OutDir)
		}
		a, err := app.Empty(cfg)
		if err != nil {
			return err
		}
		h, err = server.New(a, server.Options{Log: log, ClientDir: cfg.OutDir, Limits: f.limits})
		if err != nil {
			return err
		}
	}
	defer h.Close()
	host, port := listenAddr(f, cfg)
	return server.ListenAndServe(ctx, h, server.ListenOptions{
		Host: host, Port: port, Log: log, MaxHeaderBytes: f.limits.MaxHeaderBytes,
		CertFile: os.Getenv("SERVER_CERT_PATH"), KeyFile: os.Getenv("SERVER_KEY_PATH"),
		Banner: func(addr net.Addr, tls bool) {
			server.PrintBanner(log, "preview", Version, time.Since(start), host, addr, tls)
		},
	})
}

// listenAddr picks host and port: flags, then HOST/PORT (as @astrojs/node),
// then the config, then localhost:4321.
func listenAddr(f *flags, cfg *config.Config) (string, int) {
	host := f.host
	if host == "" {
		host = os.Getenv("HOST")
	}
	if host == "" {
		host = cfg.Host
	}
	if host == "" {
		host = "localhost"
	}
	port := f.port
	if port == 0 {
		if p, err := strconv.Atoi(os.Getenv("PORT")); err == nil && p > 0 {
			port = p
		}
	}
	if port == 0 {
		port = cfg.Port
	}
	return host, port
}
