// encoding/base64's four encodings: EncodeToString, DecodeString (with Go's errors
// and the bytes decoded before one), lengths, Encode/Decode into buffers.
package main

import (
	"encoding/base64"
	"errors"
	"fmt"
)

func main() {
	encs := []struct {
		name string
		e    *base64.Encoding
	}{
		{"Std", base64.StdEncoding},
		{"URL", base64.URLEncoding},
		{"RawStd", base64.RawStdEncoding},
		{"RawURL", base64.RawURLEncoding},
	}
	data := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xfb\xff\xfe?>", "hello, world"}
	for _, e := range encs {
		for _, d := range data {
			s := e.e.EncodeToString([]byte(d))
			back, err := e.e.DecodeString(s)
			fmt.Printf("%s %q -> %q -> %q %v %d %d\n", e.name, d, s, back, err, e.e.EncodedLen(len(d)), e.e.DecodedLen(len(s)))
		}
	}
	bad := []string{"a", "ab", "abc", "abcd", "ab=", "ab==", "ab==x", "abc=", "a===", "=", "==", "ab=\n=", "ab\r\ncd", "ab\ncd==", "Zm9v\nYmFy\n", "Zm9vYg", "Zm9vYg=", "Zm9vYg==", "Zm9vYg== ", "Zm$v", "Zm9vY$==", "Zm-_", "Zm+/", "YQ==YQ==", "ab=c", "Zm9vYmFy\r\n", "\n\n", "abcd=", "abc\n=", "abc==", "////", "____"}
	for _, e := range encs {
		for _, s := range bad {
			b, err := e.e.DecodeString(s)
			var ce base64.CorruptInputError
			fmt.Printf("%s %q: %q %v %v\n", e.name, s, b, err, errors.As(err, &ce))
		}
	}
	dst := make([]byte, base64.StdEncoding.EncodedLen(5))
	base64.StdEncoding.Encode(dst, []byte("12345"))
	out := make([]byte, base64.StdEncoding.DecodedLen(len(dst)))
	n, err := base64.StdEncoding.Decode(out, dst)
	fmt.Println(string(dst), n, err, string(out[:n]), len(out))
	fmt.Println(string(base64.URLEncoding.AppendEncode([]byte("x:"), []byte{0xfb, 0xff})))
	ad, err := base64.RawURLEncoding.AppendDecode([]byte("y:"), []byte("-_8"))
	fmt.Printf("%q %v %T\n", ad, err, base64.CorruptInputError(3))
}
