package platform_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cryptoPages are the endpoints of testdata/crypto compared byte for byte.
var cryptoPages = []string{"node-crypto.json.ts", "webcrypto.json.ts", "jose.json.ts", "iron.json.ts", "hapi-iron.json.ts", "jsonwebtoken.json.ts", "bcrypt.json.ts"}

// TestCrypto builds testdata/crypto (node:crypto, Web Crypto, and the
// packages jose, @hapi/iron, iron-session, jsonwebtoken and bcryptjs,
// pinned in its package-lock.json) with Comet and runs it in Node: every
// deterministic output (RS256/EdDSA/HS256 tokens, ciphertexts, derived
// keys, exported keys) must match byte for byte, and tokens with random
// signatures are verified across: Node's in Comet (by the pages), and
// Comet's in Node (testdata/crypto/verify.mjs).
func TestCrypto(t *testing.T) {
	needNode(t)
	modules := npmInstall(t, "testdata/crypto")
	root := t.TempDir()
	copyTree(t, "testdata/crypto", root, "node_modules")
	if err := os.Symlink(modules, filepath.Join(root, "node_modules")); err != nil {
		t.Fatal(err)
	}
	dist := cometBuild(t, root)
	nodeDist := nodeBuild(t, root, "https://example.com", nodePages(t, root, cryptoPages...))
	for _, p := range cryptoPages {
		name := strings.TrimSuffix(p, ".ts")
		t.Run(name, func(t *testing.T) { compareFile(t, dist, nodeDist, name) })
	}
	t.Run("comet-signed verified by node", func(t *testing.T) {
		// verify.mjs imports the keys as a module Node can load.
		src, err := os.ReadFile(filepath.Join(root, "src", "lib", "keys.ts"))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, root, "keys.mjs", src)
		out := string(nodeCmd(t, root, "verify.mjs", filepath.Join(dist, "comet-signed.json")))
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 4 {
			t.Fatalf("verify.mjs printed %d lines, want 4:\n%s", len(lines), out)
		}
		for _, l := range lines {
			if !strings.HasSuffix(l, " ok") {
				t.Errorf("node: %s", l)
			}
		}
	})
}
