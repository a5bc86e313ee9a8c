package server

import (
	"context"
	"errors"
	"fmt"
	stdlog "log"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/comet-dev/comet/internal/diag"
)

// ListenOptions configure ListenAndServe.
type ListenOptions struct {
	Host string
	Port int
	Log  *diag.Logger
	// Banner is called once the listener is open.
	Banner func(addr net.Addr, tls bool)
	// ShutdownTimeout bounds the wait for in-flight requests; 0 = 10 s.
	ShutdownTimeout time.Duration
	// TryNextPorts: when the port is taken, try the next ones (dev does,
	// as `astro dev` does); 0 = fail at once.
	TryNextPorts int
	// MaxHeaderBytes caps the request line and headers (431 above it);
	// 0 = 64 KiB.
	MaxHeaderBytes int
	// CertFile and KeyFile turn on HTTPS (preview reads them from
	// SERVER_CERT_PATH and SERVER_KEY_PATH, as @astrojs/node does).
	CertFile, KeyFile string
	// OnShutdown runs when shutdown begins, beside the wait for requests
	// in flight: dev ends its live-reload streams there (see StopStreams).
	OnShutdown func()
}

// ListenAndServe serves h until ctx ends (SIGINT/SIGTERM in the CLI), then
// stops accepting, lets in-flight requests finish, and returns.
func ListenAndServe(ctx context.Context, h http.Handler, o ListenOptions) error {
	addr := net.JoinHostPort(o.Host, strconv.Itoa(o.Port))
	ln, err := net.Listen("tcp", addr)
	for i := 1; err != nil && errors.Is(err, syscall.EADDRINUSE) && i <= o.TryNextPorts; i++ {
		if o.Log != nil {
			o.Log.Info("", fmt.Sprintf("Port %d in use. Trying a new one…", o.Port+i-1))
		}
		addr = net.JoinHostPort(o.Host, strconv.Itoa(o.Port+i))
		ln, err = net.Listen("tcp", addr)
	}
	if err != nil {
		return fmt.Errorf("server: cannot listen on %s: %w", addr, err)
	}
	maxHeader := o.MaxHeaderBytes
	if maxHeader == 0 {
		maxHeader = 64 << 10
	}
	// Slow clients cost a goroutine, never a JS runtime: bodies are read
	// whole before an endpoint runs, and these bound how long that takes.
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second, // the whole request, body included
		// No WriteTimeout: streamed bodies may run long; each endpoint
		// call has its own time limit (server.Limits.Timeout).
		IdleTimeout:    120 * time.Second,
		MaxHeaderBytes: maxHeader,
		ErrorLog:       quietErrorLog(o.Log),
	}
	if o.OnShutdown != nil {
		srv.RegisterOnShutdown(o.OnShutdown)
	}
	if o.Banner != nil {
		o.Banner(ln.Addr(), o.CertFile != "" && o.KeyFile != "")
	}
	errc := make(chan error, 1)
	go func() {
		if o.CertFile != "" && o.KeyFile != "" {
			errc <- srv.ServeTLS(ln, o.CertFile, o.KeyFile)
			return
		}
		errc <- srv.Serve(ln)
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	timeout := o.ShutdownTimeout
	if timeout == 0 {
		timeout = 10 * time.Second
	}
	sctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// PrintBanner prints Astro's start-up banner:
//
//	 astro  v… ready in N ms
//
//	┃ Local    http://localhost:4321/
//	┃ Network  use --host to expose
func PrintBanner(log *diag.Logger, what, version string, took time.Duration, host string, addr net.Addr, tls bool) {
	port := addr.(*net.TCPAddr).Port
	scheme := "http"
	if tls {
		scheme = "https"
	}
	local := fmt.Sprintf("%s://%s:%d/", scheme, displayHost(host), port)
	network := log.Dim("use --host to expose")
	if host == "0.0.0.0" || host == "::" || host == "" {
		network = log.Bold(log.Cyan(fmt.Sprintf("%s://%s:%d/", scheme, firstLANAddress(), port)))
	}
	log.Print(fmt.Sprintf("\n %s %s %s\n\n", log.BadgeGreen(" comet "), log.Green("v"+version), log.Dim(what+" ready in "+diag.Duration(took))))
	log.Print(fmt.Sprintf("  %s Local    %s\n", log.Dim("┃"), log.Bold(log.Cyan(local))))
	log.Print(fmt.Sprintf("  %s Network  %s\n\n", log.Dim("┃"), network))
}

func displayHost(h string) string {
	switch h {
	case "", "0.0.0.0", "::":
		return "localhost"
	}
	return h
}

func firstLANAddress() string {
	addrs, err := net.InterfaceAddrs()
	if err == nil {
		for _, a := range addrs {
			if ip, ok := a.(*net.IPNet); ok && !ip.IP.IsLoopback() && ip.IP.To4() != nil {
				return ip.IP.String()
			}
		}
	}
	return "0.0.0.0"
}

// quietErrorLog routes net/http's own messages (TLS handshake failures,
// accept retries) to the debug log, first line only: they are about
// clients, and net/http would otherwise print them to stderr.
func quietErrorLog(l *diag.Logger) *stdlog.Logger {
	return stdlog.New(errorLogWriter{l}, "", 0)
}

type errorLogWriter struct{ l *diag.Logger }

func (w errorLogWriter) Write(p []byte) (int, error) {
	if w.l != nil {
		line, _, _ := strings.Cut(string(p), "\n")
		w.l.Debug("server", line)
	}
	return len(p), nil
}
