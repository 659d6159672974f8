// Package unicode/utf8: the common functions, written over the engine's own UTF-8
// decoding (a range over a string decodes exactly as Go's does, an invalid byte
// being RuneError of width 1).
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

// RuneLen is the number of bytes needed to encode r, or -1 when r is not a valid
// Unicode scalar value (a surrogate or beyond MaxRune).
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case 0xD800 <= r && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

func ValidRune(r rune) bool {
	return 0 <= r && r < 0xD800 || 0xDFFF < r && r <= MaxRune
}

// DecodeRuneInString is the first rune of s and its width: (RuneError, 1) for an
// invalid encoding, (RuneError, 0) for an empty string.
func DecodeRuneInString(s string) (rune, int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	for _, r := range s {
		if r == RuneError && !(len(s) >= 3 && s[:3] == "\uFFFD") {
			return RuneError, 1
		}
		return r, RuneLen(r)
	}
	return RuneError, 0
}

func DecodeRune(p []byte) (rune, int) { return DecodeRuneInString(string(p)) }

// DecodeLastRuneInString is the last rune of s and its width.
func DecodeLastRuneInString(s string) (rune, int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	start := len(s) - 1
	for start > 0 && len(s)-start < UTFMax && s[start]&0xC0 == 0x80 {
		start--
	}
	r, size := DecodeRuneInString(s[start:])
	if start+size != len(s) {
		return RuneError, 1
	}
	return r, size
}

func DecodeLastRune(p []byte) (rune, int) { return DecodeLastRuneInString(string(p)) }

func RuneCountInString(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func RuneCount(p []byte) int { return RuneCountInString(string(p)) }

func ValidString(s string) bool {
	for i, r := range s {
		if r == RuneError {
			if _, size := DecodeRuneInString(s[i:]); size == 1 {
				return false
			}
		}
	}
	return true
}

func Valid(p []byte) bool { return ValidString(string(p)) }

func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	r, size := DecodeRuneInString(s)
	if r != RuneError || size != 1 {
		return true
	}
	// An invalid first byte is a full (error) rune; a valid lead byte whose
	// continuation bytes are cut off is not.
	c := s[0]
	need := 0
	switch {
	case c&0xE0 == 0xC0 && c >= 0xC2:
		need = 2
	case c&0xF0 == 0xE0:
		need = 3
	case c&0xF8 == 0xF0 && c <= 0xF4:
		need = 4
	default:
		return true
	}
	if len(s) >= need {
		return true
	}
	for i := 1; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			return true
		}
	}
	return false
}

// EncodeRune writes r's encoding (RuneError's for an invalid rune) into p and
// returns its width; p must be long enough, as in Go.
func EncodeRune(p []byte, r rune) int {
	if !ValidRune(r) {
		r = RuneError
	}
	s := string(r)
	for i := 0; i < len(s); i++ {
		p[i] = s[i]
	}
	return len(s)
}

func AppendRune(p []byte, r rune) []byte {
	if !ValidRune(r) {
		r = RuneError
	}
	return append(p, string(r)...)
}

func RuneStart(b byte) bool { return b&0xC0 != 0x80 }
