package path

import (
	"errors"
	"unicode/utf8"
)

// Slash-separated paths, purely lexical, as Go's package path: no file system.

var ErrBadPattern = errors.New("syntax error in pattern")

// Clean applies Go's four rules until nothing changes: one slash for many, no "."
// elements, an inner ".." removes the element before it, and a rooted path drops the
// ".." elements at its start. Only the root keeps a trailing slash; empty becomes ".".
func Clean(p string) string {
	if p == "" {
		return "."
	}
	rooted := p[0] == '/'
	// The kept elements, as (start, end) offsets into p.
	var starts, ends []int
	dotdots := 0 // leading ".." elements kept (a relative path's)
	i := 0
	for i < len(p) {
		for i < len(p) && p[i] == '/' {
			i++
		}
		j := i
		for j < len(p) && p[j] != '/' {
			j++
		}
		elem := p[i:j]
		switch {
		case elem == "" || elem == ".":
		case elem == "..":
			if len(starts) > dotdots {
				starts = starts[:len(starts)-1]
				ends = ends[:len(ends)-1]
			} else if !rooted {
				starts = append(starts, i)
				ends = append(ends, j)
				dotdots++
			}
		default:
			starts = append(starts, i)
			ends = append(ends, j)
		}
		i = j
	}
	out := make([]byte, 0, len(p))
	if rooted {
		out = append(out, '/')
	}
	for k := range starts {
		if k > 0 {
			out = append(out, '/')
		}
		out = append(out, p[starts[k]:ends[k]]...)
	}
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

func lastSlash(s string) int {
	i := len(s) - 1
	for i >= 0 && s[i] != '/' {
		i--
	}
	return i
}

// Split cuts after the last slash: dir keeps it, and dir+file is path.
func Split(path string) (dir, file string) {
	i := lastSlash(path)
	return path[:i+1], path[i+1:]
}

// Join puts the non-empty elements together with slashes and cleans the result; with
// no non-empty element it is "".
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e)
	}
	if size == 0 {
		return ""
	}
	buf := make([]byte, 0, size+len(elem)-1)
	for _, e := range elem {
		if len(buf) > 0 || e != "" {
			if len(buf) > 0 {
				buf = append(buf, '/')
			}
			buf = append(buf, e...)
		}
	}
	return Clean(string(buf))
}

// Ext is the suffix from the final dot of the last element, or "".
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base is the last element, trailing slashes dropped: "." for an empty path and "/"
// for a path of slashes.
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[0 : len(path)-1]
	}
	if i := lastSlash(path); i >= 0 {
		path = path[i+1:]
	}
	if path == "" {
		return "/"
	}
	return path
}

func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir is everything before the last element, cleaned.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// Match reports whether name matches the shell pattern: '*' any run of non-slash
// characters, '?' one non-slash character, '[...]' a class (a leading '^' negates;
// ranges lo-hi), '\\' quotes the next character. A malformed pattern is
// ErrBadPattern, wherever the fault lies.
func Match(pattern, name string) (matched bool, err error) {
	if !validPattern(pattern) {
		return false, ErrBadPattern
	}
	return matchFrom(pattern, name), nil
}

// validPattern checks the whole pattern's syntax.
func validPattern(p string) bool {
	for i := 0; i < len(p); {
		switch p[i] {
		case '\\':
			if i+1 >= len(p) {
				return false
			}
			_, n := utf8.DecodeRuneInString(p[i+1:])
			i += 1 + n
		case '[':
			end, ok := classEnd(p, i+1)
			if !ok {
				return false
			}
			i = end
		default:
			i++
		}
	}
	return true
}

// classChar reads one character of a class at p[i:] (a quoted one after '\\'). ok is
// false at the end of the pattern or on an unquoted '-' or ']'.
func classChar(p string, i int) (r rune, next int, ok bool) {
	if i >= len(p) || p[i] == '-' || p[i] == ']' {
		return 0, i, false
	}
	if p[i] == '\\' {
		i++
		if i >= len(p) {
			return 0, i, false
		}
	}
	r, n := utf8.DecodeRuneInString(p[i:])
	if r == utf8.RuneError && n == 1 {
		return 0, i, false
	}
	return r, i + n, true
}

// classEnd checks the class whose body starts at p[i:] (after '[') and gives the index
// just past its ']'.
func classEnd(p string, i int) (int, bool) {
	if i < len(p) && p[i] == '^' {
		i++
	}
	ranges := 0
	for {
		if i < len(p) && p[i] == ']' && ranges > 0 {
			return i + 1, true
		}
		_, next, ok := classChar(p, i)
		if !ok {
			return 0, false
		}
		i = next
		if i < len(p) && p[i] == '-' {
			_, next, ok = classChar(p, i+1)
			if !ok {
				return 0, false
			}
			i = next
		}
		ranges++
	}
}

// classMatch reports whether r is in the (valid) class whose body starts at p[i:], and
// gives the index just past the class.
func classMatch(p string, i int, r rune) (bool, int) {
	negated := false
	if p[i] == '^' {
		negated = true
		i++
	}
	in := false
	ranges := 0
	for {
		if p[i] == ']' && ranges > 0 {
			return in != negated, i + 1
		}
		lo, next, _ := classChar(p, i)
		hi := lo
		i = next
		if p[i] == '-' {
			hi, next, _ = classChar(p, i+1)
			i = next
		}
		if lo <= r && r <= hi {
			in = true
		}
		ranges++
	}
}

// matchFrom matches a valid pattern against all of name, backtracking over stars.
func matchFrom(p, name string) bool {
	for len(p) > 0 {
		switch p[0] {
		case '*':
			for len(p) > 0 && p[0] == '*' {
				p = p[1:]
			}
			if p == "" {
				return lastSlash(name) < 0
			}
			// Try every split at a character boundary before the next slash.
			for k := 0; ; {
				if matchFrom(p, name[k:]) {
					return true
				}
				if k == len(name) || name[k] == '/' {
					return false
				}
				_, n := utf8.DecodeRuneInString(name[k:])
				k += n
			}
		case '?':
			if name == "" || name[0] == '/' {
				return false
			}
			_, n := utf8.DecodeRuneInString(name)
			name = name[n:]
			p = p[1:]
		case '[':
			if name == "" {
				return false
			}
			r, n := utf8.DecodeRuneInString(name)
			ok, next := classMatch(p, 1, r)
			if !ok {
				return false
			}
			name = name[n:]
			p = p[next:]
		default:
			c := p[0]
			if c == '\\' {
				p = p[1:]
				c = p[0]
			}
			if name == "" || name[0] != c {
				return false
			}
			name = name[1:]
			p = p[1:]
		}
	}
	return name == ""
}
