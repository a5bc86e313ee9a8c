//go:build ignore

// scripts.go prints the long Script names Go's unicode package knows, for
// gen.mjs (V8 accepts them after sc= and scx=).
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func main() {
	var names []string
	for n := range unicode.Scripts {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Print(strings.Join(names, ","))
}
