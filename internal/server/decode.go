package server

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// errBadURI is a request path that decodeURI cannot decode; the server
// answers 400 "Bad request." as Astro's node adapter does.
var errBadURI = errors.New("server: malformed URI")

// reservedURI are the characters JavaScript's decodeURI leaves encoded.
const reservedURI = ";/?:@&=+$,#"

// decodeURI is JavaScript's decodeURI: %XX escapes are decoded, except those
// of reserved characters; malformed escapes or invalid UTF-8 are an error.
func decodeURI(s string) (string, error) {
	if !strings.Contains(s, "%") {
		return s, nil
	}
	var b strings.Builder
	var pending []byte // bytes of a multi-byte sequence being decoded
	var pendingRaw strings.Builder
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		if !utf8.Valid(pending) {
			return errBadURI
		}
		if len(pending) == 1 && strings.IndexByte(reservedURI, pending[0]) >= 0 {
			b.WriteString(pendingRaw.String())
		} else {
			b.Write(pending)
		}
		pending = pending[:0]
		pendingRaw.Reset()
		return nil
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '%' {
			if err := flush(); err != nil {
				return "", err
			}
			b.WriteByte(c)
			continue
		}
		if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
			return "", errBadURI
		}
		v := unhex(s[i+1])<<4 | unhex(s[i+2])
		if v < 0x80 || utf8.RuneStart(v) {
			if err := flush(); err != nil {
				return "", err
			}
		}
		pending = append(pending, v)
		pendingRaw.WriteString(s[i : i+3])
		i += 2
		if utf8.FullRune(pending) {
			if err := flush(); err != nil {
				return "", err
			}
		}
	}
	if err := flush(); err != nil {
		return "", err
	}
	return b.String(), nil
}

// decodePath decodes repeatedly until stable, at most 10 rounds, as Astro
// 7 does (core/util/pathname.ts); still changing after that is an error.
func decodePath(p string) (string, error) {
	for i := 0; i < 10; i++ {
		d, err := decodeURI(p)
		if err != nil {
			return "", err
		}
		if d == p {
			return d, nil
		}
		p = d
	}
	return "", errBadURI
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
}
