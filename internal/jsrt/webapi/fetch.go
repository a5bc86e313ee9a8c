package webapi

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// defaultClient is fetch's client when Options.HTTPClient is nil.
var defaultClient = &http.Client{
	Timeout: 60 * time.Second,
	Transport: &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   16,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
	},
}

// fetchNatives adds fetch (one Go HTTP request per call, answered on the
// loop) and abortFetch.
func (s *state) fetchNatives(n *goja.Object) {
	n.Set("fetch", s.fetch)
	n.Set("abortFetch", func(id int64) {
		s.mu.Lock()
		cancel := s.fetches[id]
		s.mu.Unlock()
		if cancel != nil {
			cancel()
		}
	})
}

// fetch runs one HTTP request in a goroutine and calls cb on the loop:
// cb(err, status, statusText, headers[], body ArrayBuffer, finalURL, redirected).
func (s *state) fetch(method, rawURL string, headers []string, body goja.Value, redirect string, cb goja.Callable) int64 {
	vm := s.vm
	var bodyBytes []byte
	if body != nil && !goja.IsNull(body) && !goja.IsUndefined(body) {
		if a, ok := body.Export().(goja.ArrayBuffer); ok {
			bodyBytes = append([]byte(nil), a.Bytes()...)
		}
	}
	ctx, cancel := context.WithCancel(s.fetchCtx)
	s.mu.Lock()
	s.nextID++
	id := s.nextID
	s.fetches[id] = cancel
	s.mu.Unlock()
	fail := func(err error) {
		s.loop.RunOnLoop(func(*goja.Runtime) {
			cb(goja.Undefined(), vm.ToValue(err.Error()))
		})
	}
	req, err := http.NewRequestWithContext(ctx, method, rawURL, bytes.NewReader(bodyBytes))
	if err != nil {
		s.done(id)
		go fail(err)
		return id
	}
	if bodyBytes == nil {
		req.Body = nil
		req.ContentLength = 0
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Add(headers[i], headers[i+1])
	}
	decode := addFetchDefaults(req.Header)
	// A shallow copy of the client per fetch, to see redirects (and stop
	// at the first one for redirect: manual/error); CheckRedirect runs in
	// the goroutine that calls Do, so redirected needs no lock.
	client := *s.opts.HTTPClient
	check := s.opts.HTTPClient.CheckRedirect
	redirected := false
	client.CheckRedirect = func(r *http.Request, via []*http.Request) error {
		if redirect == "manual" || redirect == "error" {
			return http.ErrUseLastResponse
		}
		if check != nil {
			if err := check(r, via); err != nil {
				return err
			}
		} else if len(via) >= 20 {
			return errors.New("redirect count exceeded")
		}
		redirected = true
		return nil
	}
	go func() {
		defer s.done(id)
		resp, err := client.Do(req)
		if err != nil {
			fail(err)
			return
		}
		defer resp.Body.Close()
		body := io.Reader(resp.Body)
		if decode {
			if body, err = decodeBody(resp.Header.Get("Content-Encoding"), resp.Body); err != nil {
				fail(err)
				return
			}
		}
		data, err := io.ReadAll(io.LimitReader(body, s.opts.MaxFetchBody+1))
		if err == nil && int64(len(data)) > s.opts.MaxFetchBody {
			err = fmt.Errorf("response body larger than %d bytes", s.opts.MaxFetchBody)
		}
		if err != nil {
			fail(err)
			return
		}
		if redirect == "error" && resp.StatusCode >= 300 && resp.StatusCode < 400 {
			fail(fmt.Errorf("unexpected redirect"))
			return
		}
		var hdr []any
		for name, values := range resp.Header {
			for _, v := range values {
				hdr = append(hdr, lowerASCII(name), v)
			}
		}
		statusText := http.StatusText(resp.StatusCode)
		if _, text, ok := strings.Cut(resp.Status, " "); ok {
			statusText = text
		}
		finalURL := rawURL
		if redirected {
			finalURL = resp.Request.URL.String()
		}
		s.loop.RunOnLoop(func(*goja.Runtime) {
			cb(goja.Undefined(), goja.Null(), vm.ToValue(resp.StatusCode), vm.ToValue(statusText),
				vm.NewArray(hdr...), vm.ToValue(vm.NewArrayBuffer(data)), vm.ToValue(finalURL), vm.ToValue(redirected))
		})
	}()
	return id
}

// done forgets a finished fetch and releases its context.
func (s *state) done(id int64) {
	s.mu.Lock()
	cancel := s.fetches[id]
	delete(s.fetches, id)
	s.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}
