package server

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestListenAndServe checks HTTPS from a cert/key pair and the graceful
// stop: a request running when the context ends still gets its answer.
func TestListenAndServe(t *testing.T) {
	dir := t.TempDir()
	certFile, keyFile := filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "127.0.0.1"},
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kb, _ := x509.MarshalECPrivateKey(key)
	os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
	os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kb}), 0o600)

	started := make(chan net.Addr, 1)
	arrived := make(chan struct{}, 1)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived <- struct{}{}
		time.Sleep(200 * time.Millisecond)
		io.WriteString(w, "slow but complete, tls="+map[bool]string{true: "yes", false: "no"}[r.TLS != nil])
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- ListenAndServe(ctx, h, ListenOptions{Host: "127.0.0.1", Port: 0, CertFile: certFile, KeyFile: keyFile,
			Banner: func(addr net.Addr, tls bool) {
				if !tls {
					t.Error("banner: want tls")
				}
				started <- addr
			}})
	}()
	addr := <-started
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	answer := make(chan string, 1)
	go func() {
		resp, err := client.Get("https://" + addr.String() + "/")
		if err != nil {
			answer <- err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		answer <- string(b)
	}()
	<-arrived // the request is in flight (its handshake done)
	cancel()
	if got := <-answer; got != "slow but complete, tls=yes" {
		t.Errorf("in-flight request got %q", got)
	}
	if err := <-done; err != nil {
		t.Errorf("ListenAndServe: %v", err)
	}
}

// TestHeaderLimit: a request whose headers pass MaxHeaderBytes gets 431,
// and the server goes on answering.
func TestHeaderLimit(t *testing.T) {
	started := make(chan net.Addr, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	go ListenAndServe(ctx, h, ListenOptions{Host: "127.0.0.1", MaxHeaderBytes: 4096, Banner: func(a net.Addr, _ bool) { started <- a }})
	addr := <-started
	get := func(header string) int {
		req, _ := http.NewRequest("GET", "http://"+addr.String()+"/", nil)
		req.Header.Set("X-Big", header)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if s := get(strings.Repeat("x", 64<<10)); s != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("64 KiB header: status %d, want 431", s)
	}
	if s := get("small"); s != 200 {
		t.Errorf("small header: status %d", s)
	}
}
