package bundle_test

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestNetTLS: net and tls client sockets against servers started here: a
// TCP echo server (upper-casing what it reads) and an HTTPS server.
func TestNetTLS(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				r := bufio.NewReader(c)
				for {
					line, err := r.ReadString('\n')
					if line != "" {
						io.WriteString(c, strings.ToUpper(line))
					}
					if err != nil || strings.HasPrefix(line, "bye") {
						return
					}
				}
			}()
		}
	}()
	ts := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "secure "+r.URL.Path) }))
	defer ts.Close()
	closed, _ := net.Listen("tcp", "127.0.0.1:0")
	closedPort := closed.Addr().(*net.TCPAddr).Port
	closed.Close()
	header := fmt.Sprintf(`import net from 'node:net'; import tls from 'tls'; import { text } from 'stream/consumers';
const port = %d, tlsPort = %d, closedPort = %d;`, ln.Addr().(*net.TCPAddr).Port, ts.Listener.Addr().(*net.TCPAddr).Port, closedPort)
	cases := []nodeCase{
		{"echo", `const s = net.connect(port, '127.0.0.1'); s.write('hello\n'); s.end('bye\n'); return (await text(s)).trim().split('\n').join('|')`, "HELLO|BYE"},
		{"connect event and addresses", `return await new Promise((res) => { const s = net.createConnection({ port, host: '127.0.0.1' }, () => { res([s.remoteAddress, s.remotePort === port, s.remoteFamily, typeof s.localPort, s.readyState].join()); s.destroy(); }); })`, "127.0.0.1,true,IPv4,number,open"},
		{"data events", `return await new Promise((res) => { const s = new net.Socket(); s.setEncoding('utf8'); let got = ''; s.on('data', (d) => { got += d; if (got === 'ABC\n') s.end('bye\n'); }); s.on('close', () => res(got + '/' + s.bytesWritten)); s.connect(port, '127.0.0.1'); s.write('abc\n'); })`, "ABC\nBYE\n/8"},
		{"refused", `return await new Promise((res) => net.connect(closedPort, '127.0.0.1').on('error', (e) => res([e.code, e.syscall, e.errno, e.message, e.port].join())))`, fmt.Sprintf("ECONNREFUSED,connect,-111,connect ECONNREFUSED 127.0.0.1:%d,%d", closedPort, closedPort)},
		{"bad port", `try { net.connect(70000) } catch (e) { return e.code }`, "ERR_SOCKET_BAD_PORT"},
		{"isIP", `return [net.isIP('1.2.3.4'), net.isIP('::1'), net.isIP('x'), net.isIPv4('256.1.1.1'), net.isIPv6('fe80::1')].join()`, "4,6,0,false,true"},
		{"server refused", `try { net.createServer() } catch (e) { return e.code }`, "ERR_COMET_UNSUPPORTED"},
		{"tls connect", `const s = tls.connect({ port: tlsPort, host: '127.0.0.1', rejectUnauthorized: false }); s.write('GET /x HTTP/1.0\r\nHost: a\r\n\r\n'); const out = await text(s); return [s.encrypted, s.getProtocol(), out.split('\r\n\r\n')[1]].join()`, "true,TLSv1.3,secure /x"},
		{"tls verify fails", `return await new Promise((res) => tls.connect({ port: tlsPort, host: '127.0.0.1', servername: 'example.com' }).on('error', (e) => res(e.code)))`, "UNABLE_TO_VERIFY_LEAF_SIGNATURE"},
		{"tls over a socket", `const plain = net.connect(tlsPort, '127.0.0.1'); await new Promise((r) => plain.once('connect', r)); const s = tls.connect({ socket: plain, rejectUnauthorized: false }); await new Promise((r) => s.once('secureConnect', r)); s.end('GET /up HTTP/1.0\r\n\r\n'); return (await text(s)).split('\r\n\r\n')[1]`, "secure /up"},
	}
	runNodeCases(t, nil, catchJS+header, cases)
}
