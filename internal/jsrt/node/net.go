package node

// The Go half of the `net` and `tls` modules (their JS half is
// internal/bundle/node/net.js and tls.js): TCP client sockets on Go's net
// and crypto/tls, so database drivers (pg, ioredis, mysql2) reach their
// servers. Each socket has a reader goroutine that hands data to the loop
// and a writer goroutine that keeps writes in order; the runtime closes
// every socket it still has when it closes. Servers are not offered.

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"os"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"
)

// netSockets are a runtime's open sockets.
type netSockets struct {
	vm   *goja.Runtime
	loop Loop
	mu   sync.Mutex
	next int
	open map[int]*netSocket
}

type netSocket struct {
	conn   net.Conn
	writes chan netWrite
	event  goja.Callable
	// pausing is set while a TLS upgrade stops the plain reader.
	pausing bool
	// plainDone is closed once the plain reader has returned: only then
	// may a TLS upgrade clear the read deadline and read the connection.
	plainDone chan struct{}
	// upgradeOnConnect is a TLS upgrade asked for before the dial ended.
	upgradeOnConnect func(raw net.Conn)
	mu               sync.Mutex
	quit             chan struct{} // closed when the socket is gone
	quitOnce         sync.Once
}

func (s *netSocket) stop() { s.quitOnce.Do(func() { close(s.quit) }) }

type netWrite struct {
	data []byte
	end  bool // half-close after the writes before it
	done goja.Callable
}

func newNetSockets(vm *goja.Runtime, loop Loop) *netSockets {
	return &netSockets{vm: vm, loop: loop, open: map[int]*netSocket{}}
}

// emit calls the socket's JS event handler on the loop.
func (n *netSockets) emit(s *netSocket, args ...any) {
	n.loop.RunOnLoop(func(vm *goja.Runtime) {
		vals := make([]goja.Value, len(args))
		for i, a := range args {
			if b, ok := a.([]byte); ok {
				vals[i] = vm.ToValue(vm.NewArrayBuffer(b))
			} else {
				vals[i] = vm.ToValue(a)
			}
		}
		s.event(goja.Undefined(), vals...)
	})
}

// netError describes err as Node does: [code, errno, syscall, message].
func netError(err error, syscallName, address string) []any {
	code, errno := "ECONNRESET", -104
	var se syscall.Errno
	var dnsErr *net.DNSError
	switch {
	case errors.As(err, &dnsErr):
		code, errno, syscallName = "ENOTFOUND", -3008, "getaddrinfo"
		return []any{code, errno, syscallName, syscallName + " " + code + " " + dnsErr.Name}
	case errors.As(err, &se):
		switch se {
		case syscall.ECONNREFUSED:
			code, errno = "ECONNREFUSED", -111
		case syscall.ECONNRESET:
			code, errno = "ECONNRESET", -104
		case syscall.EPIPE:
			code, errno = "EPIPE", -32
		case syscall.ETIMEDOUT:
			code, errno = "ETIMEDOUT", -110
		case syscall.EHOSTUNREACH:
			code, errno = "EHOSTUNREACH", -113
		case syscall.ENETUNREACH:
			code, errno = "ENETUNREACH", -101
		}
	case errors.Is(err, os.ErrDeadlineExceeded):
		code, errno = "ETIMEDOUT", -110
	default:
		var ce *tls.CertificateVerificationError
		if errors.As(err, &ce) {
			return []any{"UNABLE_TO_VERIFY_LEAF_SIGNATURE", 0, "", ce.Error()}
		}
		var he x509.HostnameError
		if errors.As(err, &he) {
			return []any{"ERR_TLS_CERT_ALTNAME_INVALID", 0, "", he.Error()}
		}
	}
	msg := syscallName + " " + code
	if address != "" {
		msg += " " + address
	}
	return []any{code, errno, syscallName, msg}
}

// connect dials host:port and returns the socket's id at once; event
// receives ("connect", localAddress, localPort, remoteAddress,
// remotePort), ("data", ArrayBuffer), ("end"), ("error", code, errno,
// syscall, message) and ("close").
func (n *netSockets) connect(host string, port int, timeoutMs int, event goja.Callable) int {
	n.mu.Lock()
	n.next++
	id := n.next
	s := &netSocket{writes: make(chan netWrite, 64), event: event, quit: make(chan struct{}), plainDone: make(chan struct{})}
	n.open[id] = s
	n.mu.Unlock()
	addr := net.JoinHostPort(host, strconv.Itoa(port))
	go func() {
		d := net.Dialer{Timeout: time.Duration(timeoutMs) * time.Millisecond}
		if timeoutMs <= 0 {
			d.Timeout = 2 * time.Minute
		}
		c, err := d.Dial("tcp", addr)
		if err != nil {
			close(s.plainDone)
			n.emit(s, append([]any{"error"}, netError(err, "connect", addr)...)...)
			n.forget(id)
			return
		}
		s.mu.Lock()
		s.conn = c
		upgrade := s.upgradeOnConnect
		s.mu.Unlock()
		la, ra := c.LocalAddr().(*net.TCPAddr), c.RemoteAddr().(*net.TCPAddr)
		n.emit(s, "connect", la.IP.String(), la.Port, ra.IP.String(), ra.Port)
		go n.writer(s)
		if upgrade != nil {
			close(s.plainDone)
			upgrade(c)
			return
		}
		n.reader(id, s, c)
		close(s.plainDone)
	}()
	return id
}

func (n *netSockets) reader(id int, s *netSocket, c net.Conn) {
	buf := make([]byte, 64*1024)
	for {
		k, err := c.Read(buf)
		if k > 0 {
			n.emit(s, "data", append([]byte(nil), buf[:k]...))
		}
		if err != nil {
			s.mu.Lock()
			pausing := s.pausing
			s.mu.Unlock()
			if pausing {
				return // a TLS upgrade takes the connection over
			}
			if errors.Is(err, io.EOF) {
				n.emit(s, "end")
			} else if !errors.Is(err, net.ErrClosed) {
				n.emit(s, append([]any{"error"}, netError(err, "read", "")...)...)
			}
			n.forget(id)
			return
		}
	}
}

func (n *netSockets) writer(s *netSocket) {
	for {
		var w netWrite
		select {
		case w = <-s.writes:
		case <-s.quit:
			return
		}
		s.mu.Lock()
		c := s.conn
		s.mu.Unlock()
		var err error
		if w.end {
			if cw, ok := c.(interface{ CloseWrite() error }); ok {
				err = cw.CloseWrite()
			}
		} else {
			_, err = c.Write(w.data)
		}
		if w.done != nil {
			done := w.done
			var e goja.Value
			n.loop.RunOnLoop(func(vm *goja.Runtime) {
				e = goja.Null()
				if err != nil {
					e = vm.ToValue(netError(err, "write", ""))
				}
				done(goja.Undefined(), e)
			})
		}
	}
}

func (n *netSockets) get(id int) *netSocket {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.open[id]
}

func (n *netSockets) forget(id int) {
	n.mu.Lock()
	s := n.open[id]
	delete(n.open, id)
	n.mu.Unlock()
	if s != nil {
		s.stop()
		n.emit(s, "close")
	}
}

// write queues data; done(err) runs on the loop once it is written.
func (n *netSockets) write(id int, data goja.ArrayBuffer, done goja.Callable) bool {
	s := n.get(id)
	if s == nil {
		return false
	}
	select {
	case s.writes <- netWrite{data: append([]byte(nil), data.Bytes()...), done: done}:
		return true
	case <-s.quit:
		return false
	}
}

// end half-closes the socket after the queued writes.
func (n *netSockets) end(id int) {
	if s := n.get(id); s != nil {
		select {
		case s.writes <- netWrite{end: true}:
		case <-s.quit:
		}
	}
}

// destroy closes the socket at once.
func (n *netSockets) destroy(id int) {
	if s := n.get(id); s != nil {
		s.mu.Lock()
		if s.conn != nil {
			s.conn.Close()
		}
		s.mu.Unlock()
	}
}

// upgradeTLS starts TLS on a connected socket (tls.connect({ socket })):
// the plain reader is stopped and a TLS client takes the connection over;
// event then receives ("secureConnect", protocol) or an error.
func (n *netSockets) upgradeTLS(id int, servername string, rejectUnauthorized bool, ca string) {
	s := n.get(id)
	if s == nil {
		return
	}
	handshake := func(raw net.Conn) {
		cfg := &tls.Config{ServerName: servername, InsecureSkipVerify: !rejectUnauthorized}
		if ca != "" {
			pool := x509.NewCertPool()
			pool.AppendCertsFromPEM([]byte(ca))
			cfg.RootCAs = pool
		}
		tc := tls.Client(raw, cfg)
		if err := tc.Handshake(); err != nil {
			n.emit(s, append([]any{"error"}, netError(err, "", "")...)...)
			raw.Close()
			n.forget(id)
			return
		}
		s.mu.Lock()
		s.conn = tc
		s.pausing = false
		s.mu.Unlock()
		st := tc.ConnectionState()
		n.emit(s, "secureConnect", tls.VersionName(st.Version), st.NegotiatedProtocol)
		n.reader(id, s, tc)
	}
	s.mu.Lock()
	raw := s.conn
	s.pausing = true
	if raw == nil {
		// Still dialling: the dialler hands the connection to the
		// handshake instead of starting the plain reader.
		s.upgradeOnConnect = handshake
		s.mu.Unlock()
		return
	}
	s.mu.Unlock()
	raw.SetReadDeadline(time.Now()) // wakes the plain reader, which returns
	go func() {
		// Clearing the deadline before the plain reader has returned
		// would let it go on reading and swallow the server's hello.
		<-s.plainDone
		raw.SetReadDeadline(time.Time{})
		handshake(raw)
	}()
}

// rebind sends a socket's events to another handler (a TLSSocket taking
// over a net.Socket).
func (n *netSockets) rebind(id int, event goja.Callable) {
	if s := n.get(id); s != nil {
		s.event = event
	}
}

// closeAll closes every open socket (the runtime is closing).
func (n *netSockets) closeAll() {
	n.mu.Lock()
	defer n.mu.Unlock()
	for id, s := range n.open {
		s.mu.Lock()
		if s.conn != nil {
			s.conn.Close()
		}
		s.mu.Unlock()
		s.stop()
		delete(n.open, id)
	}
}

// object is the JS face: __cometNode.net.
func (n *netSockets) object() *goja.Object {
	o := n.vm.NewObject()
	o.Set("connect", n.connect)
	o.Set("write", n.write)
	o.Set("end", n.end)
	o.Set("destroy", n.destroy)
	o.Set("upgradeTLS", n.upgradeTLS)
	o.Set("rebind", n.rebind)
	return o
}
