package node

// The Go half of the `dns` module (its JS half is internal/bundle/node/dns.js):
// lookups through Go's resolver, off the loop, answered on it.

import (
	"context"
	"errors"
	"net"
	"time"

	"github.com/dop251/goja"
)

// dnsNative returns __cometNode.dns(kind, name, done): kind is "lookup"
// (addresses, as getaddrinfo), "A", "AAAA", "MX", "TXT", "SRV", "CNAME" or
// "NS"; done(err, records) runs on the loop, err being [code, syscall] or
// null.
func dnsNative(vm *goja.Runtime, loop Loop) func(kind, name string, done goja.Callable) {
	return func(kind, name string, done goja.Callable) {
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			r := net.DefaultResolver
			var out []any
			var err error
			switch kind {
			case "lookup", "A", "AAAA":
				var ips []net.IPAddr
				ips, err = r.LookupIPAddr(ctx, name)
				for _, ip := range ips {
					v4 := ip.IP.To4() != nil
					if (kind == "A" && !v4) || (kind == "AAAA" && v4) {
						continue
					}
					fam := 6
					if v4 {
						fam = 4
					}
					out = append(out, []any{ip.IP.String(), fam})
				}
				if err == nil && len(out) == 0 {
					err = &net.DNSError{Err: "no such host", Name: name, IsNotFound: true}
				}
			case "MX":
				var mx []*net.MX
				mx, err = r.LookupMX(ctx, name)
				for _, m := range mx {
					out = append(out, map[string]any{"exchange": trimDot(m.Host), "priority": int(m.Pref)})
				}
			case "TXT":
				var txt []string
				txt, err = r.LookupTXT(ctx, name)
				for _, t := range txt {
					out = append(out, []any{t})
				}
			case "SRV":
				var srv []*net.SRV
				_, srv, err = r.LookupSRV(ctx, "", "", name)
				for _, s := range srv {
					out = append(out, map[string]any{"name": trimDot(s.Target), "port": int(s.Port), "priority": int(s.Priority), "weight": int(s.Weight)})
				}
			case "CNAME":
				var c string
				c, err = r.LookupCNAME(ctx, name)
				out = append(out, trimDot(c))
			case "NS":
				var ns []*net.NS
				ns, err = r.LookupNS(ctx, name)
				for _, n := range ns {
					out = append(out, trimDot(n.Host))
				}
			}
			loop.RunOnLoop(func(vm *goja.Runtime) {
				if err != nil {
					code := "ENOTFOUND"
					var de *net.DNSError
					if errors.As(err, &de) && (de.IsTimeout || de.IsTemporary) && !de.IsNotFound {
						code = "EAI_AGAIN"
					}
					done(goja.Undefined(), vm.ToValue([]any{code}), goja.Null())
					return
				}
				done(goja.Undefined(), goja.Null(), vm.ToValue(out))
			})
		}()
	}
}

func trimDot(s string) string {
	if len(s) > 1 && s[len(s)-1] == '.' {
		return s[:len(s)-1]
	}
	return s
}
