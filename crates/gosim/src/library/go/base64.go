// Package base64: the four encodings of RFC 4648 (standard and URL alphabets, with
// and without padding), encoding and decoding a quantum of four characters at a
// time with Go's rules: '\r' and '\n' are skipped, and a bad input is reported as a
// CorruptInputError at the byte Go names. NewEncoding, Strict, WithPadding and the
// streaming Encoder and Decoder are left out, so naming them is refused.
package base64

import "strconv"

const (
	StdPadding rune = '='
	NoPadding  rune = -1
)

// An Encoding is an alphabet, its reverse map (0xff: not in the alphabet) and the
// padding character (NoPadding for none).
type Encoding struct {
	encode  string
	decode  [256]byte
	padChar rune
}

func newEncoding(alphabet string, pad rune) *Encoding {
	e := &Encoding{encode: alphabet, padChar: pad}
	for i := range e.decode {
		e.decode[i] = 0xff
	}
	for i := 0; i < len(alphabet); i++ {
		e.decode[alphabet[i]] = byte(i)
	}
	return e
}

const (
	stdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	urlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

var (
	StdEncoding    = newEncoding(stdAlphabet, StdPadding)
	URLEncoding    = newEncoding(urlAlphabet, StdPadding)
	RawStdEncoding = newEncoding(stdAlphabet, NoPadding)
	RawURLEncoding = newEncoding(urlAlphabet, NoPadding)
)

// A CorruptInputError is the offset of the input byte where decoding failed.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/3*4 + (n%3*8+5)/6
	}
	return (n + 2) / 3 * 4
}

func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/4*3 + n%4*6/8
	}
	return n / 4 * 3
}

// Encode writes EncodedLen(len(src)) bytes to dst.
func (enc *Encoding) Encode(dst, src []byte) {
	di := 0
	for si := 0; si < len(src); si += 3 {
		var v uint
		k := len(src) - si
		if k > 3 {
			k = 3
		}
		for j := 0; j < 3; j++ {
			v <<= 8
			if j < k {
				v |= uint(src[si+j])
			}
		}
		for j := 0; j <= k; j++ {
			dst[di] = enc.encode[v>>(18-6*j)&0x3f]
			di++
		}
		if k < 3 && enc.padChar != NoPadding {
			for j := k; j < 3; j++ {
				dst[di] = byte(enc.padChar)
				di++
			}
		}
	}
}

func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

func (enc *Encoding) AppendEncode(dst, src []byte) []byte {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return append(dst, buf...)
}

func newline(c byte) bool { return c == '\n' || c == '\r' }

// quantum decodes the group of up to four characters starting at src[si] into dst:
// the position after it, the bytes written and the error, if any (bytes before a
// padding error's end are still written, as Go's are).
func (enc *Encoding) quantum(dst, src []byte, si int) (int, int, error) {
	var d [4]byte
	n := 4
	var err error
	for j := 0; j < 4; j++ {
		if si == len(src) {
			if j == 0 {
				return si, 0, nil
			}
			if j == 1 || enc.padChar != NoPadding {
				return si, 0, CorruptInputError(si - j)
			}
			n = j
			break
		}
		c := src[si]
		si++
		if v := enc.decode[c]; v != 0xff {
			d[j] = v
			continue
		}
		if newline(c) {
			j--
			continue
		}
		if rune(c) != enc.padChar || j < 2 {
			return si, 0, CorruptInputError(si - 1)
		}
		if j == 2 {
			// A third character of padding wants a fourth.
			for si < len(src) && newline(src[si]) {
				si++
			}
			if si == len(src) {
				return si, 0, CorruptInputError(len(src))
			}
			if rune(src[si]) != enc.padChar {
				return si, 0, CorruptInputError(si - 1)
			}
			si++
		}
		for si < len(src) && newline(src[si]) {
			si++
		}
		if si < len(src) {
			err = CorruptInputError(si)
		}
		n = j
		break
	}
	v := uint(d[0])<<18 | uint(d[1])<<12 | uint(d[2])<<6 | uint(d[3])
	for k := 0; k < n-1; k++ {
		dst[k] = byte(v >> (16 - 8*k))
	}
	return si, n - 1, err
}

// Decode writes at most DecodedLen(len(src)) bytes to dst and returns how many.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	for si := 0; si < len(src); {
		var k int
		si, k, err = enc.quantum(dst[n:], src, si)
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	buf := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(buf, []byte(s))
	return buf[:n], err
}

func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error) {
	buf := make([]byte, enc.DecodedLen(len(src)))
	n, err := enc.Decode(buf, src)
	return append(dst, buf[:n]...), err
}
